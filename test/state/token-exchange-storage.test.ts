import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { CreateOnceBlobStorage } from '../../src/state/create-once-blob-storage';
import { ExpiringWrites } from '../../src/state/expiring-writes';
import { SqliteStorage } from '../../src/state/sqlite-storage';
import { sharedAzurite } from '../support/azurite';

/**
 * The Teams SSO middleware writes `{ [key]: { eTag: exchangeId } }` and treats a rejection whose
 * message contains "etag conflict" as "another instance already handled this exchange".
 */
async function middlewareWrite(
  storage: Storage,
  key: string,
  exchangeId: string,
): Promise<'handled' | 'duplicate'> {
  try {
    await storage.write({ [key]: { eTag: exchangeId } });
    return 'handled';
  } catch (error) {
    if ((error as Error).message.toLowerCase().includes('etag conflict')) return 'duplicate';
    throw error;
  }
}

describe('the storage Teams SSO token exchanges are de-duplicated in', function () {
  this.timeout(30_000);
  let folder = '';
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'sharebot-sso-dedup-'));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const backends: [string, () => Promise<[Storage, Storage]>][] = [
    [
      'Azure Blob (create-once writes), two instances on Azurite',
      async () => {
        const azurite = await sharedAzurite();
        const container = `sso-${randomBytes(5).toString('hex')}`;
        const retry = { maxTries: 2, retryDelayInMs: 50 };
        return [
          new CreateOnceBlobStorage(azurite.connectionString, container, retry),
          new CreateOnceBlobStorage(azurite.connectionString, container, retry),
        ];
      },
    ],
    [
      'SQLite, two connections to one file',
      async () => {
        const file = path.join(folder, 'state.sqlite');
        return [new SqliteStorage(file), new SqliteStorage(file)];
      },
    ],
  ];

  for (const [name, open] of backends) {
    it(`lets exactly one instance handle each exchange: ${name}`, async () => {
      const [one, two] = await open();
      const key = `msteams/conversation-1/exchange-${randomBytes(4).toString('hex')}`;
      const answers = await Promise.all([
        middlewareWrite(one, key, 'exchange-1'),
        middlewareWrite(two, key, 'exchange-1'),
        middlewareWrite(one, key, 'exchange-1'),
      ]);
      assert.deepEqual(answers.filter((a) => a === 'handled').length, 1, answers.join(', '));
      const other = await middlewareWrite(two, `${key}-other`, 'exchange-2');
      assert.equal(other, 'handled');
    });
  }
});

describe('writes that know nothing of expiry', () => {
  it('get an expiresAt stamp, and keep one they carry', async () => {
    const inner = new MemoryStorage();
    const storage = new ExpiringWrites(inner, 60_000, () => 1_000);
    await storage.write({ plain: { eTag: 'exchange-1' }, own: { expiresAt: 5 } });
    const items = await inner.read(['plain', 'own']);
    assert.equal(items.plain.expiresAt, 61_000);
    assert.equal(items.own.expiresAt, 5);
  });
});
