import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { RequestStore } from '../../src/state/request-store';

interface Note {
  id: string;
  text: string;
}

describe('the request store', () => {
  it('makes ids that are opaque and unique', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => RequestStore.newId()));
    assert.equal(ids.size, 1000);
    for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]{16}$/);
  });

  it('reads back what it stored and answers undefined for an unknown id', async () => {
    const store = new RequestStore<Note>(new MemoryStorage(), 'test/');
    await store.create({ id: 'a', text: 'hello' });
    assert.equal((await store.get('a'))?.value.text, 'hello');
    assert.equal(await store.get('b'), undefined);
  });

  it('lets only the first of two writers with the same eTag win', async () => {
    const store = new RequestStore<Note>(new MemoryStorage(), 'test/');
    await store.create({ id: 'a', text: 'start' });
    const read = await store.get('a');
    assert.ok(read);
    assert.equal(await store.replace({ id: 'a', text: 'first' }, read.eTag), true);
    assert.equal(await store.replace({ id: 'a', text: 'second' }, read.eTag), false);
    assert.equal((await store.get('a'))?.value.text, 'first');
  });
});
