import assert from 'node:assert/strict';
import { scheduleAccessEnd } from '../../../src/conversation/access/access-end';
import { listDueEnd } from '../../../src/conversation/access/due-ends';
import { withEndState } from '../../../src/conversation/access/end-access';
import { claimRequest, storeClaim } from '../../../src/conversation/claimed-share';
import { runDueEnds } from '../../../src/conversation/flows/end-timed-access';
import { recoverStuckShares } from '../../../src/conversation/flows/recover-shares';
import type { ConversationReopener } from '../../../src/conversation/ports/conversations';
import type { ShareRequestRecord } from '../../../src/conversation/share-request';
import type { PermissionInfo } from '../../../src/domain/permission';
import { type GraphFailure, type GraphPort, GraphRequestError } from '../../../src/graph/port';
import { cardWords, FakeChatTurn, fakeFlowDeps, storedConfirmingRequest } from '../../support/fake-chat-turn';

const sharedAt = Date.parse('2026-12-02T09:00:00Z');
const minute = 60_000;
const refused: GraphFailure = { kind: 'forbidden', status: 403, code: 'accessDenied', message: '' };
const throttled: GraphFailure = { kind: 'throttled', status: 429, code: 'tooManyRequests', message: '' };

/** A Graph holding one permission, whose DELETE fails as the case says. */
function graphRefusing(failure: GraphFailure) {
  const permissions: PermissionInfo[] = [{ id: 'perm-new', roles: ['read'], inherited: false }];
  const deletes: string[] = [];
  const port: Partial<GraphPort> = {
    lookup: (async () => [{ ok: true, value: [...permissions] }]) as unknown as GraphPort['lookup'],
    deletePermission: async (_item, id) => {
      deletes.push(id);
      throw new GraphRequestError(failure);
    },
  };
  return { port, deletes, permissions };
}

/** A timed share for 30 minutes, stored and listed as the share flow leaves it. */
async function timedShare() {
  let now = sharedAt;
  const deps = { ...fakeFlowDeps(), now: () => new Date(now) };
  const stored = await storedConfirmingRequest(deps);
  const line = { displayName: 'Ana Bowman', role: 'read' as const, link: '', emailSent: true };
  const shared: ShareRequestRecord = scheduleAccessEnd(
    {
      ...stored,
      status: 'shared',
      outcome: { kind: 'shared', lines: [line] },
      conversation: { conversation: { id: 'conversation-1' } },
      expiration: { at: new Date(sharedAt + 30 * minute).toISOString(), words: 'for 30 minutes' },
      grants: [{ recipient: 0, permissionId: 'perm-new', line }],
      createdPermissionIds: ['perm-new'],
    },
    sharedAt,
  );
  const current = await deps.requests.get(stored.id);
  await listDueEnd(shared, deps);
  await deps.requests.replace(shared, current?.eTag ?? '*');
  return { deps, id: stored.id, later: (ms: number) => (now += ms) };
}

function reopenerFor(turn: FakeChatTurn): ConversationReopener {
  return { reopen: async (_reference, work) => await work(turn) };
}

describe('an end whose instance died halfway', () => {
  it('is finished by the next pass once its lease ran out, and left alone by the share recovery', async () => {
    const { deps, id, later } = await timedShare();
    const permissions: PermissionInfo[] = [{ id: 'perm-new', roles: ['read'], inherited: false }];
    const port: Partial<GraphPort> = {
      lookup: (async () => [{ ok: true, value: [...permissions] }]) as unknown as GraphPort['lookup'],
      deletePermission: async (_item, permissionId) => {
        permissions.splice(
          permissions.findIndex((p) => p.id === permissionId),
          1,
        );
      },
    };
    later(31 * minute);
    // What a process left when it died right after taking the end: `undoing`, `ending`, its lease.
    const taken = await deps.requests.get(id);
    assert.ok(taken);
    const claimed = withEndState(claimRequest(taken.value, deps, undefined, 'undoing'), 'ending');
    assert.ok(await storeClaim(claimed, taken.eTag, deps));
    const turn = new FakeChatTurn(undefined, port);
    await runDueEnds(deps, reopenerFor(turn));
    assert.equal(permissions.length, 1, 'not while the lease holds');
    later(deps.shareLeaseMs + 1);
    await recoverStuckShares(deps, reopenerFor(turn));
    assert.equal(permissions.length, 1, 'the share recovery leaves ends to the due-end pass');
    await runDueEnds(deps, reopenerFor(turn));
    assert.deepEqual(permissions, []);
    assert.deepEqual(turn.sentTexts, ["Ana Bowman's access to report.xlsx ended as planned."]);
    assert.equal((await deps.requests.get(id))?.value.status, 'undone');
  });
});

describe('an end Microsoft 365 does not carry out', () => {
  it('asks the sharer with Remove now and the reason when the removal is refused, and stops trying', async () => {
    const { deps, id, later } = await timedShare();
    const graph = graphRefusing(refused);
    const turn = new FakeChatTurn(undefined, graph.port);
    later(31 * minute);
    await runDueEnds(deps, reopenerFor(turn));
    const [message] = turn.sentCards;
    assert.match(cardWords(message), /Access not removed yet/);
    assert.match(cardWords(message), /refused to remove it/);
    assert.match(cardWords(message), /access\.endNow/);
    assert.equal(turn.sentTexts.length, 0, 'no "ended as planned" note');
    const record = (await deps.requests.get(id))?.value;
    assert.equal(record?.status, 'shared');
    assert.equal(record?.accessEnd?.state, 'waitingForSharer');
    later(minute);
    await runDueEnds(deps, reopenerFor(turn));
    assert.deepEqual(graph.deletes, ['perm-new'], 'not asked again on the next pass');
    assert.equal(turn.sentCards.length, 1);
  });

  it('tries again on the next pass when Microsoft 365 is busy, without bothering the sharer', async () => {
    const { deps, id, later } = await timedShare();
    const busy = graphRefusing(throttled);
    const turn = new FakeChatTurn(undefined, busy.port);
    later(31 * minute);
    await runDueEnds(deps, reopenerFor(turn));
    assert.equal(turn.sentCards.length, 0);
    assert.equal((await deps.requests.get(id))?.value.accessEnd?.state, 'scheduled');
    later(minute);
    await runDueEnds(deps, reopenerFor(turn));
    assert.equal(busy.deletes.length, 2, 'tried again');
  });
});
