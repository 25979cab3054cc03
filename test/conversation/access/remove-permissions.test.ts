import assert from 'node:assert/strict';
import { removePermissions } from '../../../src/conversation/access/remove-permissions';
import { type GraphFailure, type GraphPort, GraphRequestError } from '../../../src/graph/port';

const item = { driveId: 'drive-1', itemId: 'item-1' };

const failures: Record<string, GraphFailure> = {
  notFound: { kind: 'notFound', status: 404, code: 'itemNotFound', message: '' },
  forbidden: { kind: 'forbidden', status: 403, code: 'accessDenied', message: '' },
  lost: { kind: 'unavailable', status: 504, code: 'gatewayTimeout', message: '' },
};

/**
 * A Graph port whose DELETE answers, per permission id, the scripted answers in order: 'ok' (204,
 * and the permission is gone), a failure name, or 'lostAfterActing' (504 after deleting it).
 */
function scriptedPort(script: Record<string, string[]>, present: Set<string>) {
  const sent: string[] = [];
  const port = {
    deletePermission: async (_item: unknown, id: string) => {
      sent.push(id);
      const step = script[id]?.shift() ?? 'ok';
      if (step === 'ok' || step === 'lostAfterActing') {
        if (!present.delete(id)) throw new GraphRequestError(failures.notFound as GraphFailure);
        if (step === 'lostAfterActing') throw new GraphRequestError(failures.lost as GraphFailure);
        return;
      }
      throw new GraphRequestError(failures[step] as GraphFailure);
    },
  } as Partial<GraphPort> as GraphPort;
  return { port, sent };
}

describe('the one removal path: removePermissions', () => {
  it('removes each id asked, and only those', async () => {
    const present = new Set(['a', 'b', 'c']);
    const { port, sent } = scriptedPort({}, present);
    const outcomes = await removePermissions(port, item, ['a', 'c']);
    assert.deepEqual(
      outcomes.map((o) => [o.permissionId, o.outcome]),
      [
        ['a', 'removed'],
        ['c', 'removed'],
      ],
    );
    assert.deepEqual([...present], ['b']);
    assert.deepEqual(sent, ['a', 'c']);
  });

  it('counts a permission already gone (404 on the first DELETE) as already gone', async () => {
    const { port } = scriptedPort({}, new Set());
    const [outcome] = await removePermissions(port, item, ['a']);
    assert.equal(outcome?.outcome, 'alreadyGone');
  });

  it('sends the DELETE again after a lost answer, and reads the 404 that follows as removed', async () => {
    const present = new Set(['a']);
    const { port, sent } = scriptedPort({ a: ['lostAfterActing'] }, present);
    const [outcome] = await removePermissions(port, item, ['a']);
    assert.equal(outcome?.outcome, 'removed');
    assert.deepEqual(sent, ['a', 'a']);
  });

  it('never resends a refusal, says nothing was done, and goes on with the other ids', async () => {
    const present = new Set(['a', 'b']);
    const { port, sent } = scriptedPort({ a: ['forbidden'] }, present);
    const outcomes = await removePermissions(port, item, ['a', 'b']);
    assert.deepEqual(
      outcomes.map((o) => [o.outcome, o.outcome === 'failed' ? o.mayHaveActed : undefined]),
      [
        ['failed', false],
        ['removed', undefined],
      ],
    );
    assert.deepEqual(sent, ['a', 'b']);
  });

  it('gives up after three lost answers and says the permission may or may not be gone', async () => {
    const { port, sent } = scriptedPort({ a: ['lost', 'lost', 'lost', 'ok'] }, new Set(['a']));
    const [outcome] = await removePermissions(port, item, ['a']);
    assert.ok(outcome?.outcome === 'failed' && outcome.mayHaveActed);
    assert.equal(sent.length, 3);
  });
});
