import assert from 'node:assert/strict';
import { routeAction } from '../../../src/bot/action-router';
import { Verbs } from '../../../src/cards/models';
import { recoverStuckShares } from '../../../src/conversation/flows/recover-shares';
import type { ChatTurn } from '../../../src/conversation/ports/chat-turn';
import type { ShareRequestRecord } from '../../../src/conversation/share-request';
import type { PermissionInfo } from '../../../src/domain/permission';
import {
  type GraphFailure,
  type GraphPort,
  GraphRequestError,
  type InviteRequest,
  type InviteResult,
} from '../../../src/graph/port';
import { cardWords, FakeChatTurn, fakeFlowDeps, storedConfirmingRequest } from '../../support/fake-chat-turn';

/** What one invite call does on the fake Graph: grant or not, then answer or fail. */
interface InviteStep {
  /** 'first': only the first recipient's grant happened before the answer was lost. */
  grants: boolean | 'first';
  failure?: GraphFailure;
}

const gatewayTimeout: GraphFailure = {
  kind: 'unavailable',
  status: 504,
  code: 'gatewayTimeout',
  message: '',
};
const droppedConnection: GraphFailure = { kind: 'network', status: -1, code: 'ECONNRESET', message: '' };
const serverError: GraphFailure = { kind: 'unknown', status: 500, code: 'generalException', message: '' };
const throttled: GraphFailure = {
  kind: 'throttled',
  status: 429,
  code: 'tooManyRequests',
  message: '',
  retryAfterSeconds: 7,
};
const refused: GraphFailure = { kind: 'forbidden', status: 403, code: 'accessDenied', message: '' };

/** A Graph that keeps an access list, follows a script for invites and may fail to read the list. */
class ScriptedGraph {
  readonly permissions: PermissionInfo[] = [];
  readonly invites: InviteRequest[] = [];
  canRead = true;

  constructor(private readonly script: InviteStep[]) {}

  port(): Partial<GraphPort> {
    return {
      invite: async (request) => this.invite(request),
      deletePermission: async (_item, id) => {
        const at = this.permissions.findIndex((p) => p.id === id);
        if (at < 0)
          throw new GraphRequestError({ kind: 'notFound', status: 404, code: 'itemNotFound', message: '' });
        this.permissions.splice(at, 1);
      },
      lookup: (async () => [
        this.canRead ? { ok: true, value: [...this.permissions] } : { ok: false, error: gatewayTimeout },
      ]) as unknown as GraphPort['lookup'],
    };
  }

  private async invite(request: InviteRequest): Promise<InviteResult> {
    this.invites.push(request);
    const step = this.script.shift() ?? { grants: true };
    const created: PermissionInfo[] = [];
    if (step.grants) {
      const reached = step.grants === 'first' ? request.recipients.slice(0, 1) : request.recipients;
      for (const recipient of reached) {
        const email = 'email' in recipient ? recipient.email : '';
        const permission = {
          id: `perm-${email}`,
          roles: request.roles,
          grantee: { email },
          inherited: false,
        };
        this.permissions.push(permission);
        created.push(permission);
      }
    }
    if (step.failure) throw new GraphRequestError(step.failure);
    return { partial: false, permissions: created };
  }
}

const ben = {
  person: { kind: 'user' as const, id: 'user-ben', displayName: 'Ben Ito', email: 'ben@contoso.com' },
  external: false,
};

async function share(script: InviteStep[], options: { twoRecipients?: boolean } = {}) {
  const deps = fakeFlowDeps();
  const stored = await storedConfirmingRequest(deps);
  let request: ShareRequestRecord = stored;
  if (options.twoRecipients) {
    const current = await deps.requests.get(stored.id);
    request = { ...stored, recipients: [...stored.recipients, ben] };
    await deps.requests.replace(request, current?.eTag ?? '*');
  }
  const graph = new ScriptedGraph(script);
  const turn = new FakeChatTurn(undefined, graph.port());
  const click = (verb: string) => routeAction(turn, verb, { requestId: request.id }, deps);
  const stateOf = async () => (await deps.requests.get(request.id))?.value;
  return { deps, graph, turn, request, click, stateOf };
}

describe('a share whose invite answer is lost', () => {
  const lostAnswers: [string, GraphFailure][] = [
    ['a 504 after the grant', gatewayTimeout],
    ['a dropped connection after the grant', droppedConnection],
    ['a 500 after the grant', serverError],
  ];
  for (const [name, failure] of lostAnswers) {
    it(`reports the share as done after ${name}, read from the item's access`, async () => {
      const { click, graph, stateOf } = await share([{ grants: true, failure }]);
      const reply = await click(Verbs.confirmShare);
      assert.ok('card' in reply);
      assert.match(cardWords(reply.card), /Shared/);
      assert.match(cardWords(reply.card), /answer got lost/);
      assert.match(cardWords(reply.card), /email may have been sent/);
      assert.doesNotMatch(cardWords(reply.card), /Nothing was shared/);
      assert.equal((await stateOf())?.status, 'shared');
      assert.deepEqual((await stateOf())?.createdPermissionIds, ['perm-ana@contoso.com']);
      assert.equal(graph.invites.length, 1);
    });
  }

  it('says nothing was shared only after reading that nobody got access, and keeps Share', async () => {
    const { click, stateOf } = await share([{ grants: false, failure: gatewayTimeout }]);
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /I checked who has access: nothing was shared/);
    assert.match(cardWords(reply.card), new RegExp(Verbs.confirmShare));
    assert.equal((await stateOf())?.status, 'confirming');
  });

  it('reads the access again before a second Share, and invites nobody the first call reached', async () => {
    const { click, graph, stateOf } = await share([{ grants: false, failure: gatewayTimeout }]);
    await click(Verbs.confirmShare);
    // The grant landed after the check: Graph was still working when its answer was lost.
    graph.permissions.push({
      id: 'perm-late',
      roles: ['read'],
      grantee: { email: 'ana@contoso.com' },
      inherited: false,
    });
    const again = await click(Verbs.confirmShare);
    assert.ok('card' in again);
    assert.match(cardWords(again.card), /Shared/);
    assert.equal(graph.invites.length, 1);
    assert.equal((await stateOf())?.status, 'shared');
  });

  it('says it does not know yet when the access cannot be read, and offers Check again that only reads', async () => {
    const { click, graph, stateOf } = await share([{ grants: true, failure: gatewayTimeout }]);
    graph.canRead = false;
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Not sure yet whether it was shared/);
    assert.match(cardWords(reply.card), new RegExp(Verbs.checkShare));
    assert.doesNotMatch(cardWords(reply.card), /Nothing was shared/);
    assert.equal((await stateOf())?.status, 'unknown');

    graph.canRead = true;
    const checked = await click(Verbs.checkShare);
    assert.ok('card' in checked);
    assert.match(cardWords(checked.card), /Shared/);
    assert.equal(graph.invites.length, 1);
    assert.equal((await stateOf())?.status, 'shared');
  });

  it('shows who got access when only some did, and "Share with the others" invites only the rest', async () => {
    const { click, graph, stateOf } = await share([{ grants: 'first', failure: gatewayTimeout }], {
      twoRecipients: true,
    });
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Not shared with Ben Ito yet/);
    assert.match(cardWords(reply.card), new RegExp(Verbs.shareMissing));
    assert.equal((await stateOf())?.status, 'partlyShared');

    const rest = await click(Verbs.shareMissing);
    assert.ok('card' in rest);
    assert.deepEqual(graph.invites[1].recipients, [{ email: 'ben@contoso.com' }]);
    assert.equal((await stateOf())?.status, 'shared');
    assert.equal((await stateOf())?.createdPermissionIds.length, 2);
  });
});

describe('a share Graph refused', () => {
  it('keeps Share and says nothing was shared when Graph was busy (429 proves nothing happened)', async () => {
    const { click, stateOf } = await share([{ grants: false, failure: throttled }]);
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Try again in 7 seconds\. Nothing was shared\./);
    assert.equal((await stateOf())?.status, 'confirming');
  });

  it('ends as not shared on 403, without a sentence about external people for an internal recipient', async () => {
    const { click, stateOf } = await share([{ grants: false, failure: refused }]);
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Nothing was shared/);
    assert.doesNotMatch(cardWords(reply.card), /outside the organisation/);
    assert.equal((await stateOf())?.status, 'notShared');
  });

  it('ends a 500 that granted nothing as not shared, without blaming external sharing policy', async () => {
    const { click } = await share([{ grants: false, failure: serverError }]);
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /nothing was shared/);
    assert.doesNotMatch(cardWords(reply.card), /policy/);
  });
});

describe('the recovery of shares a dead process left sharing', () => {
  /** Opens a fake turn for the stored conversation, as the proactive turn would. */
  function reopener(turn: FakeChatTurn) {
    return { reopen: async (_reference: unknown, work: (t: ChatTurn) => Promise<void>) => await work(turn) };
  }

  async function leftSharing(granted: boolean) {
    const setup = await share([]);
    const current = await setup.deps.requests.get(setup.request.id);
    const now = setup.deps.now().getTime();
    const sharing: ShareRequestRecord = {
      ...setup.request,
      status: 'sharing',
      cardActivityId: 'card-activity-1',
      conversation: { conversation: { id: 'conversation-1' } },
      lease: { token: 'dead-process', until: now - 1 },
    };
    await setup.deps.inFlight.add(sharing.id);
    await setup.deps.requests.replace(sharing, current?.eTag ?? '*');
    if (granted) {
      setup.graph.permissions.push({
        id: 'perm-ana',
        roles: ['read'],
        grantee: { email: 'ana@contoso.com' },
        inherited: false,
      });
    }
    return setup;
  }

  it('completes the card truthfully when the dead process had granted access', async () => {
    const { deps, turn, stateOf, graph } = await leftSharing(true);
    const pass = await recoverStuckShares(deps, reopener(turn));
    assert.equal(pass.settled, 1);
    assert.equal((await stateOf())?.status, 'shared');
    assert.equal(turn.replacedCards[0].activityId, 'card-activity-1');
    assert.match(cardWords(turn.replacedCards[0].card), /Shared/);
    assert.equal(graph.invites.length, 0);
    assert.deepEqual(await deps.inFlight.list(), []);
  });

  it('puts the confirmation card back, saying nothing was shared, when it had not', async () => {
    const { deps, turn, stateOf } = await leftSharing(false);
    await recoverStuckShares(deps, reopener(turn));
    assert.equal((await stateOf())?.status, 'confirming');
    assert.match(cardWords(turn.replacedCards[0].card), /nothing was shared/);
  });

  it('leaves a share alone while its lease runs, and unlists requests that are no longer sharing', async () => {
    const { deps, turn, request, stateOf } = await leftSharing(true);
    const early = { ...deps, now: () => new Date(deps.now().getTime() - 60_000) };
    const current = await deps.requests.get(request.id);
    const leased = {
      ...(current?.value as ShareRequestRecord),
      lease: { token: 'alive', until: deps.now().getTime() + 1 },
    };
    await deps.requests.replace(leased, current?.eTag ?? '*');
    const first = await recoverStuckShares(early, reopener(turn));
    assert.equal(first.settled, 0);
    assert.equal((await stateOf())?.status, 'sharing');
    await deps.inFlight.add('gone-request');
    const second = await recoverStuckShares(early, reopener(turn));
    assert.equal(second.unlisted, 1);
    assert.deepEqual(await deps.inFlight.list(), [request.id]);
  });

  it('finishes an Undo the person confirmed before the process died', async () => {
    const { deps, turn, stateOf, graph, request } = await leftSharing(true);
    const current = await deps.requests.get(request.id);
    const now = deps.now().getTime();
    const undoing: ShareRequestRecord = {
      ...(current?.value as ShareRequestRecord),
      status: 'undoing',
      outcome: { kind: 'shared', lines: [] },
      grants: [
        {
          recipient: 0,
          permissionId: 'perm-ana',
          line: { displayName: 'Ana Bowman', role: 'read', link: '', emailSent: true },
        },
      ],
      createdPermissionIds: ['perm-ana'],
      lease: { token: 'dead-process', until: now - 1 },
    };
    await deps.requests.replace(undoing, current?.eTag ?? '*');
    await recoverStuckShares(deps, reopener(turn));
    assert.equal((await stateOf())?.status, 'undone');
    assert.deepEqual(graph.permissions, []);
    assert.match(cardWords(turn.replacedCards[0].card), /Share undone/);
  });
});

describe('a click Sharebot cannot act on for want of a token', () => {
  const cases: [string, string, RegExp][] = [
    ['Share', Verbs.confirmShare, /Nothing was shared\./],
    ['Check again', Verbs.checkShare, /haven't been able to check yet whether it was shared/],
    ['Share with the others', Verbs.shareMissing, /Nobody else was invited/],
  ];
  for (const [button, verb, says] of cases) {
    it(`says what stayed as it was on ${button}`, async () => {
      const { deps, request, turn } = await share([]);
      const status =
        verb === Verbs.checkShare ? 'unknown' : verb === Verbs.shareMissing ? 'partlyShared' : 'confirming';
      const current = await deps.requests.get(request.id);
      await deps.requests.replace({ ...request, status }, current?.eTag ?? '*');
      turn.refusal = { reason: 'unavailable', detail: 'token service down' };
      const reply = await routeAction(turn, verb, { requestId: request.id }, deps);
      assert.ok('card' in reply);
      assert.match(cardWords(reply.card), says);
    });
  }
});

describe('a share whose in-flight index is too busy to unlist it', () => {
  it('still shows the outcome it stored; the recovery unlists the request later', async () => {
    const { deps, click, stateOf } = await share([{ grants: true }]);
    deps.inFlight.remove = async () => {
      throw new Error('The in-flight index stayed busy for 20 tries.');
    };
    const reply = await click(Verbs.confirmShare);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Shared/);
    assert.equal((await stateOf())?.status, 'shared');
  });
});

describe('a click on a request another process is still working on', () => {
  const cases: [string, 'sharing' | 'undoing', string, RegExp][] = [
    ['an Undo (its result card said "Shared")', 'undoing', Verbs.undoConfirm, /Removing access…/],
    ['"Share with the others" (its card said "partly shared")', 'sharing', Verbs.shareMissing, /Sharing…/],
  ];
  for (const [what, status, verb, says] of cases) {
    it(`says it is still working on ${what}, not the outcome from before`, async () => {
      const { deps, request, click } = await share([]);
      const current = await deps.requests.get(request.id);
      const outcome: ShareRequestRecord['outcome'] =
        status === 'undoing'
          ? { kind: 'shared', lines: [] }
          : { kind: 'partlyShared', lines: [], missingNames: ['Ben Ito'] };
      await deps.requests.replace(
        {
          ...request,
          status,
          outcome,
          lease: { token: 'other-process', until: deps.now().getTime() + 60_000 },
        },
        current?.eTag ?? '*',
      );
      const reply = await click(verb);
      assert.ok('card' in reply);
      assert.match(cardWords(reply.card), says);
      assert.doesNotMatch(cardWords(reply.card), /Shared|Not shared with/);
    });
  }
});
