import assert from 'node:assert/strict';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { InFlightIndex } from '../../src/state/in-flight-index';

describe('the in-flight index', () => {
  it('lists what was added and forgets what was removed, idempotently', async () => {
    const index = new InFlightIndex(new MemoryStorage(), 'in-flight/');
    await index.list();
    await index.add('a');
    await index.add('a');
    await index.add('b');
    await index.remove('a');
    await index.remove('missing');
    assert.deepEqual(await index.list(), ['b']);
  });

  it('keeps every id when many shares add and remove at once (compare-and-set retries)', async () => {
    const storage = new MemoryStorage();
    const index = new InFlightIndex(storage, 'in-flight/');
    await index.list();
    const ids = Array.from({ length: 200 }, (_, n) => `request-${n}`);
    await Promise.all(ids.map((id) => index.add(id)));
    await Promise.all(ids.filter((_, n) => n % 2 === 0).map((id) => index.remove(id)));
    const listed = (await index.list()).sort();
    assert.deepEqual(listed, ids.filter((_, n) => n % 2 === 1).sort());
  });

  it('lets 400 shares at once add and remove on a storage as slow as a remote one (writers back off)', async () => {
    const index = new InFlightIndex(slowStorage(new MemoryStorage(), 15), 'in-flight/');
    await index.list();
    const ids = Array.from({ length: 400 }, (_, n) => `request-${n}`);
    await Promise.all(
      ids.map(async (id) => {
        await index.add(id);
        await index.remove(id);
      }),
    );
    assert.deepEqual(await index.list(), []);
  });

  it('is seen by a second instance on the same storage', async () => {
    const storage = new MemoryStorage();
    await new InFlightIndex(storage, 'in-flight/').add('shared-id');
    assert.deepEqual(await new InFlightIndex(storage, 'in-flight/').list(), ['shared-id']);
  });
});

/** A storage whose every call takes `ms` longer, so concurrent compare-and-sets overlap as on Blob storage. */
function slowStorage(inner: Storage, ms: number): Storage {
  const wait = () => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    read: async (keys: string[]) => {
      await wait();
      return await inner.read(keys);
    },
    write: async (changes: StoreItems) => {
      await wait();
      await inner.write(changes);
    },
    delete: async (keys: string[]) => {
      await wait();
      await inner.delete(keys);
    },
  };
}
