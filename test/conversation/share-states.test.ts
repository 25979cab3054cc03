import assert from 'node:assert/strict';
import { canMove, moveTo, type ShareStatus, ShareTransitionError } from '../../src/conversation/share-states';

describe('the share state machine', () => {
  const allowed: [ShareStatus, ShareStatus][] = [
    ['confirming', 'sharing'],
    ['sharing', 'shared'],
    ['sharing', 'partlyShared'],
    ['sharing', 'notShared'],
    ['sharing', 'unknown'],
    ['sharing', 'confirming'],
    ['unknown', 'sharing'],
    ['partlyShared', 'sharing'],
    ['shared', 'undoing'],
    ['undoing', 'undone'],
    ['undoing', 'shared'],
  ];
  const refused: [ShareStatus, ShareStatus][] = [
    ['pickingFile', 'sharing'],
    ['pickingPerson', 'sharing'],
    ['shared', 'sharing'],
    ['notShared', 'sharing'],
    ['cancelled', 'sharing'],
    ['undone', 'undoing'],
    ['unknown', 'shared'],
    ['undone', 'shared'],
    ['confirming', 'shared'],
  ];
  for (const [from, to] of allowed) {
    it(`lets a request go from ${from} to ${to}`, () => assert.ok(canMove(from, to)));
  }
  for (const [from, to] of refused) {
    it(`never lets a request go from ${from} to ${to}`, () => assert.ok(!canMove(from, to)));
  }

  it('stamps each step with when it happened and refuses a step it does not allow', () => {
    const record = { status: 'confirming' as ShareStatus, history: [], updatedAt: 0, note: 'kept' };
    const sharing = moveTo(record, 'sharing', {}, 1_000);
    assert.deepEqual(sharing, {
      status: 'sharing',
      history: [{ status: 'sharing', at: 1_000 }],
      updatedAt: 1_000,
      note: 'kept',
    });
    assert.throws(() => moveTo(sharing, 'undone', {}, 2_000), ShareTransitionError);
  });
});
