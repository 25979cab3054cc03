import assert from 'node:assert/strict';
import { routeAction } from '../../../src/bot/action-router';
import { Verbs } from '../../../src/cards/models';
import type { InviteResult } from '../../../src/graph/port';
import { cardWords, FakeChatTurn, fakeFlowDeps, storedConfirmingRequest } from '../../support/fake-chat-turn';

/** An invite that Graph answered with no permissions at all. */
const noPermissions: InviteResult = { partial: false, permissions: [] };

describe('card clicks through the action table', () => {
  it('refuses a Share click by someone other than the requester', async () => {
    const deps = fakeFlowDeps();
    const request = await storedConfirmingRequest(deps);
    const stranger = new FakeChatTurn({ aadObjectId: 'aad-megan', name: 'Megan Bowen' });
    const reply = await routeAction(stranger, Verbs.confirmShare, { requestId: request.id }, deps);
    assert.deepEqual(reply, { refusal: 'Only Alex Wilber can act on this card. Nothing was changed.' });
  });

  it('answers a click on an expired request with the expiry notice', async () => {
    const deps = fakeFlowDeps();
    const request = await storedConfirmingRequest(deps);
    const later = { ...deps, now: () => new Date(request.expiresAt + 1) };
    const reply = await routeAction(new FakeChatTurn(), Verbs.confirmShare, { requestId: request.id }, later);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /This request expired/);
  });

  it('answers "Sharing…" when the invite outlives the invoke budget, without waiting for real time', async () => {
    const deps = fakeFlowDeps();
    const request = await storedConfirmingRequest(deps);
    let finishInvite: (result: InviteResult) => void = () => {};
    const invite = () => new Promise<InviteResult>((resolve) => (finishInvite = resolve));
    const turn = new FakeChatTurn(undefined, { invite });
    const click = routeAction(turn, Verbs.confirmShare, { requestId: request.id }, deps);
    await new Promise((resolve) => setImmediate(resolve));
    deps.timers.fireAll();
    const reply = await click;
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Sharing report.xlsx now/);
    finishInvite(noPermissions);
    await deps.background.drain();
    assert.match(cardWords(turn.laterCards[0]), /Ana Bowman/);
  });

  it('a second Share click shows the outcome without inviting twice', async () => {
    const deps = fakeFlowDeps();
    const request = await storedConfirmingRequest(deps);
    let invites = 0;
    const invite = async () => {
      invites += 1;
      return noPermissions;
    };
    const turn = new FakeChatTurn(undefined, { invite });
    const first = await routeAction(turn, Verbs.confirmShare, { requestId: request.id }, deps);
    const second = await routeAction(turn, Verbs.confirmShare, { requestId: request.id }, deps);
    assert.equal(invites, 1);
    assert.deepEqual(second, first);
  });
});
