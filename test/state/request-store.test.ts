import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { RequestStore } from '../../src/state/request-store';

interface Note {
  id: string;
  createdAt: number;
  text: string;
}

const note = (id: string, text: string, createdAt = 0): Note => ({ id, createdAt, text });

describe('the request store', () => {
  it('makes ids that are opaque and unique', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => RequestStore.newId()));
    assert.equal(ids.size, 1000);
    for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]{16}$/);
  });

  it('reads back what it stored and answers undefined for an unknown id', async () => {
    const store = new RequestStore<Note>(new MemoryStorage(), 'test/');
    await store.create(note('a', 'hello'));
    assert.equal((await store.get('a'))?.value.text, 'hello');
    assert.equal(await store.get('b'), undefined);
  });

  it('lets only the first of two writers with the same eTag win', async () => {
    const store = new RequestStore<Note>(new MemoryStorage(), 'test/');
    await store.create(note('a', 'start'));
    const read = await store.get('a');
    assert.ok(read);
    assert.equal(await store.replace(note('a', 'first'), read.eTag), true);
    assert.equal(await store.replace(note('a', 'second'), read.eTag), false);
    assert.equal((await store.get('a'))?.value.text, 'first');
  });

  it('stamps every write with the expiry the storage deletes it at: creation plus retention', async () => {
    const storage = new MemoryStorage();
    const store = new RequestStore<Note>(storage, 'test/', { retentionMs: 5 * 60_000 });
    const expiryOf = async () => (await storage.read(['test/a']))['test/a']?.expiresAt;
    await store.create(note('a', 'created at one minute', 60_000));
    assert.equal(await expiryOf(), 6 * 60_000);
    const read = await store.get('a');
    assert.ok(read);
    await store.replace({ ...read.value, text: 'changed later' }, read.eTag);
    assert.equal(await expiryOf(), 6 * 60_000);
  });
});
