import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { DueEndIndex } from '../../src/state/due-end-index';

describe('the due-end index', () => {
  it('gives the ids due by now, earliest first, and moves or forgets an id idempotently', async () => {
    const index = new DueEndIndex(new MemoryStorage(), 'due/');
    await index.due(0);
    await index.set('later', 3_000);
    await index.set('first', 1_000);
    await index.set('second', 2_000);
    await index.set('second', 2_000);
    assert.deepEqual(await index.due(2_500), ['first', 'second']);
    await index.set('first', 5_000);
    await index.remove('second');
    await index.remove('missing');
    assert.deepEqual(await index.due(4_000), ['later']);
    assert.deepEqual((await index.listed()).sort(), ['first', 'later']);
  });

  it('keeps every entry when many shares list themselves at once (compare-and-set retries)', async () => {
    const index = new DueEndIndex(new MemoryStorage(), 'due/');
    await index.due(0);
    const ids = Array.from({ length: 200 }, (_, n) => `request-${n}`);
    await Promise.all(ids.map((id, n) => index.set(id, n)));
    assert.deepEqual((await index.due(1_000)).length, 200);
  });

  it('is seen by a second instance on the same storage', async () => {
    const storage = new MemoryStorage();
    await new DueEndIndex(storage, 'due/').set('shared-id', 10);
    assert.deepEqual(await new DueEndIndex(storage, 'due/').due(10), ['shared-id']);
  });
});
