import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { SqliteStorage } from '../../src/state/sqlite-storage';
import { type RunningAzurite, sharedAzurite } from '../support/azurite';

/** One storage under test: how to open a fresh one, and where it knowingly differs. */
interface Backend {
  name: string;
  /** Starts what the backend needs for the whole table (Azurite) and stops it. */
  setUp?(): Promise<void>;
  tearDown?(): Promise<void>;
  /** A fresh, empty storage, and how to release it. */
  open(): Promise<{ storage: Storage; close(): Promise<void> }>;
  /** The `statusCode` its eTag conflict error carries. */
  conflictStatus?: number;
  /**
   * Whether a write with a specific eTag to a key nobody wrote yet is stored. MemoryStorage stores
   * it and Teams SSO de-duplication depends on that; Azure Blob storage answers 412 (docs/scaling.md).
   */
  storesFirstETagWrite: boolean;
}

let azurite: RunningAzurite | undefined;
let sqliteDir = '';

const backends: Backend[] = [
  {
    name: 'MemoryStorage',
    open: async () => ({ storage: new MemoryStorage(), close: async () => undefined }),
    storesFirstETagWrite: true,
  },
  {
    name: 'SqliteStorage',
    setUp: async () => {
      sqliteDir = await mkdtemp(path.join(tmpdir(), 'sharebot-sqlite-contract-'));
    },
    tearDown: () => rm(sqliteDir, { recursive: true, force: true }),
    open: async () => {
      const storage = new SqliteStorage(path.join(sqliteDir, `${randomBytes(6).toString('hex')}.sqlite`));
      return { storage, close: async () => storage.close() };
    },
    conflictStatus: 412,
    storesFirstETagWrite: true,
  },
  {
    name: 'BlobsStorage on Azurite',
    setUp: async () => {
      azurite = await sharedAzurite();
    },
    open: async () => {
      assert.ok(azurite, 'Azurite is running');
      const container = `contract-${randomBytes(6).toString('hex')}`;
      return { storage: new BlobsStorage(azurite.connectionString, container), close: async () => undefined };
    },
    storesFirstETagWrite: false,
  },
];

/** Rejects with the backend's eTag conflict: the message names it, RequestStore recognises it. */
async function assertConflict(backend: Backend, write: Promise<void>): Promise<void> {
  await assert.rejects(write, (error: Error & { statusCode?: number }) => {
    assert.match(error.message, /eTag conflict/);
    assert.equal(error.statusCode, backend.conflictStatus);
    return true;
  });
}

for (const backend of backends) {
  describe(`${backend.name} as botbuilder Storage`, function () {
    this.timeout(20_000);
    let storage: Storage;
    let close: () => Promise<void>;

    before(async () => {
      await backend.setUp?.();
    });
    after(async () => {
      await backend.tearDown?.();
    });
    beforeEach(async () => {
      ({ storage, close } = await backend.open());
    });
    afterEach(async () => {
      await close();
    });

    it('reads back what was written, with an eTag, and leaves out keys it does not have', async () => {
      await storage.write({ 'share/a': { name: 'Zoë Ångström 日本', count: 1 } });
      const items = await storage.read(['share/a', 'share/missing']);
      assert.deepEqual(Object.keys(items), ['share/a']);
      assert.equal(items['share/a'].name, 'Zoë Ångström 日本');
      assert.equal(items['share/a'].count, 1);
      assert.equal(typeof items['share/a'].eTag, 'string');
    });

    it('deletes items, and deleting a key it does not have is no error', async () => {
      await storage.write({ 'share/a': { n: 1 }, 'share/b': { n: 2 } });
      await storage.delete(['share/a', 'share/missing']);
      assert.deepEqual(Object.keys(await storage.read(['share/a', 'share/b'])), ['share/b']);
    });

    it('gives the item a new eTag on every write', async () => {
      const eTags = new Set<string>();
      for (let n = 0; n < 3; n++) {
        await storage.write({ 'share/a': { n } });
        eTags.add((await storage.read(['share/a']))['share/a'].eTag);
      }
      assert.equal(eTags.size, 3);
    });

    it('writes unconditionally with eTag "*" or no eTag at all', async () => {
      await storage.write({ 'share/a': { n: 1 } });
      await storage.write({ 'share/a': { n: 2, eTag: '*' } });
      assert.equal((await storage.read(['share/a']))['share/a'].n, 2);
      await storage.write({ 'share/a': { n: 3 } });
      assert.equal((await storage.read(['share/a']))['share/a'].n, 3);
    });

    it('writes with the current eTag and refuses a stale one, keeping the newer value', async () => {
      await storage.write({ 'share/a': { n: 1 } });
      const first = (await storage.read(['share/a']))['share/a'];
      await storage.write({ 'share/a': { n: 2, eTag: first.eTag } });
      await assertConflict(backend, storage.write({ 'share/a': { n: 3, eTag: first.eTag } }));
      assert.equal((await storage.read(['share/a']))['share/a'].n, 2);
    });

    it('lets exactly one of five writers racing with the same eTag win', async () => {
      await storage.write({ 'share/a': { winner: 'nobody' } });
      const { eTag } = (await storage.read(['share/a']))['share/a'];
      const writers = ['w0', 'w1', 'w2', 'w3', 'w4'];
      const results = await Promise.allSettled(
        writers.map((winner) => storage.write({ 'share/a': { winner, eTag } })),
      );
      const won = writers.filter((_, i) => results[i].status === 'fulfilled');
      assert.equal(won.length, 1);
      assert.equal((await storage.read(['share/a']))['share/a'].winner, won[0]);
    });

    it(`${backend.storesFirstETagWrite ? 'stores' : 'refuses'} a first write with an eTag, and refuses its repeat`, async () => {
      // What botbuilder's Teams SSO middleware does with each signin/tokenExchange id.
      const first = storage.write({ 'sso/exchange-1': { eTag: 'exchange-1' } });
      if (backend.storesFirstETagWrite) await first;
      else await assert.rejects(first, /eTag conflict/);
      const stored = Object.keys(await storage.read(['sso/exchange-1']));
      assert.deepEqual(stored, backend.storesFirstETagWrite ? ['sso/exchange-1'] : []);
      await assert.rejects(storage.write({ 'sso/exchange-1': { eTag: 'exchange-1' } }), /eTag conflict/);
    });
  });
}
