import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { ContextStore } from '../../src/state/context-store';
import { SqliteStorage } from '../../src/state/sqlite-storage';

interface Notes {
  notes: string[];
}

const empty = (): Notes => ({ notes: [] });
const ttlMs = 30 * 60_000;
const alexHere = { conversationId: '19:chat@thread.tacv2;messageid=1', aadObjectId: 'alex' };

/** A Storage whose next read is followed by another instance's write to the same items. */
class RacingStorage implements Storage {
  private raced = false;
  constructor(
    private readonly inner: Storage,
    private readonly otherWrite: (keys: string[]) => Promise<void>,
  ) {}
  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    if (!this.raced) {
      this.raced = true;
      await this.otherWrite(keys);
    }
    return items;
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

describe('the conversation context store', () => {
  let dir: string;
  const storages: [string, () => Storage & { close?: () => void }][] = [
    ['MemoryStorage', () => new MemoryStorage()],
    ['SqliteStorage', () => new SqliteStorage(path.join(dir, 'sharebot.sqlite'))],
  ];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-context-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const [name, open] of storages) {
    it(`on ${name}: keeps one context per person and conversation (thread)`, async () => {
      const storage = open();
      const store = new ContextStore<Notes>(storage, 'context/', ttlMs, empty);
      await store.update(alexHere, 0, () => ({ notes: ['asked which file'] }));
      assert.deepEqual(await store.read(alexHere, 1), { notes: ['asked which file'] });
      assert.deepEqual(await store.read({ ...alexHere, aadObjectId: 'ana' }, 1), empty());
      assert.deepEqual(
        await store.read({ ...alexHere, conversationId: '19:chat@thread.tacv2;messageid=2' }, 1),
        empty(),
      );
      storage.close?.();
    });

    it(`on ${name}: forgets a context once its time to live after the last change has passed`, async () => {
      const storage = open();
      const store = new ContextStore<Notes>(storage, 'context/', ttlMs, empty);
      await store.update(alexHere, 0, () => ({ notes: ['one'] }));
      await store.update(alexHere, ttlMs - 1, (c) => ({ notes: [...c.notes, 'two'] }));
      assert.deepEqual(await store.read(alexHere, 2 * ttlMs - 2), { notes: ['one', 'two'] });
      assert.deepEqual(await store.read(alexHere, 2 * ttlMs), empty());
      storage.close?.();
    });

    it(`on ${name}: an update that raced another instance's write re-reads and keeps both changes`, async () => {
      const inner = open();
      const other = new ContextStore<Notes>(inner, 'context/', ttlMs, empty);
      await other.update(alexHere, 0, () => ({ notes: ['first'] }));
      const racing = new RacingStorage(inner, async () => {
        await other.update(alexHere, 1, (c) => ({ notes: [...c.notes, 'from the other instance'] }));
      });
      const store = new ContextStore<Notes>(racing, 'context/', ttlMs, empty);
      await store.update(alexHere, 2, (c) => ({ notes: [...c.notes, 'from this one'] }));
      assert.deepEqual(await store.read(alexHere, 3), {
        notes: ['first', 'from the other instance', 'from this one'],
      });
      inner.close?.();
    });
  }
});
