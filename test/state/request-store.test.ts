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

  it('deletes records past their retention when new ones are created', async () => {
    let now = 0;
    const store = new RequestStore<Note>(new MemoryStorage(), 'test/', {
      retentionMs: 5 * 60_000,
      now: () => now,
    });
    await store.create({ id: 'old', text: 'from the morning' });
    now = 2 * 60_000;
    await store.create({ id: 'recent', text: 'two minutes later' });
    now = 6 * 60_000;
    await store.create({ id: 'new', text: 'six minutes later' });
    assert.equal(await store.get('old'), undefined);
    assert.equal((await store.get('recent'))?.value.text, 'two minutes later');
    assert.equal((await store.get('new'))?.value.text, 'six minutes later');
  });
});
