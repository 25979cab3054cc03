import assert from 'node:assert/strict';
import type { CloudAdapter } from 'botbuilder';
import { TeamsChatTurn } from '../../src/bot/teams-chat-turn';
import { type GraphPort, GraphRequestError } from '../../src/graph/port';
import { FakeUserTokenClient } from './helpers/fake-user-token-client';
import { fakeGraphToken } from './helpers/graph-token';
import { ana, connectionName, type SsoBot, startSsoBot, teamsActivity, tenantId } from './helpers/sso-bot';

const anaSlot = { connectionName, channelId: 'msteams', userId: ana.id };
const start = Date.parse('2026-12-02T09:00:00Z');
const minute = 60_000;

/** Ana's token, expiring `minutes` after the test clock's start. */
function anasToken(minutes: number, name = 'Ana Lopez'): string {
  return fakeGraphToken({
    oid: ana.aadObjectId,
    tid: tenantId,
    name,
    exp: (start + minutes * minute) / 1000,
  });
}

/** A bot over a fake token service holding `token` for Ana, with a clock the test moves. */
function botWithToken(token: string): { bot: SsoBot; client: FakeUserTokenClient; clock: { now: number } } {
  const client = new FakeUserTokenClient();
  client.addToken(anaSlot, token);
  const clock = { now: start };
  const bot = startSsoBot({ client, cache: { marginMs: 5 * minute, now: () => clock.now } });
  return { bot, client, clock };
}

/** How many times the token service was asked for a token. */
function tokenAsks(client: FakeUserTokenClient): number {
  return client.calls.filter((call) => call === 'getUserToken').length;
}

/** A Graph port that refuses every token, as Graph does with an expired or revoked one. */
const refusingGraph: GraphPort = {
  lookup: async () => {
    throw new GraphRequestError({
      kind: 'unauthenticated',
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: '',
    });
  },
  me: async () => {
    throw new Error('not asked');
  },
  invite: async () => {
    throw new Error('not asked');
  },
  deletePermission: async () => {
    throw new Error('not asked');
  },
  createLink: async () => {
    throw new Error('not asked');
  },
  revokeGrants: async () => {
    throw new Error('not asked');
  },
  updatePermissionRoles: async () => {
    throw new Error('not asked');
  },
};

describe('the per-user token cache of TeamsSsoTokenSource', () => {
  it('answers a second turn from memory, without asking the token service again', async () => {
    const token = anasToken(60);
    const { bot, client } = botWithToken(token);
    assert.deepEqual((await bot.getToken()).outcome, { ok: true, token });
    assert.deepEqual((await bot.getToken()).outcome, { ok: true, token });
    assert.equal(tokenAsks(client), 1);
  });

  const margins: Array<[string, number, number]> = [
    ['uses the kept token up to the margin before it expires', 54, 1],
    ['asks again once the token is within 5 minutes of expiring', 56, 2],
    ['asks again once the token has expired', 61, 2],
  ];
  for (const [name, minutesLater, asks] of margins) {
    it(`${name} (${minutesLater} minutes into a 60-minute token)`, async () => {
      const { bot, client, clock } = botWithToken(anasToken(60));
      await bot.getToken();
      clock.now = start + minutesLater * minute;
      await bot.getToken();
      assert.equal(tokenAsks(client), asks);
    });
  }

  it("takes the earlier of the token's exp and the service's expiration", async () => {
    // The fake service reports an expiration an hour after the real clock; the token says 3 minutes.
    const { bot, client } = botWithToken(anasToken(3));
    await bot.getToken();
    await bot.getToken();
    assert.equal(tokenAsks(client), 2, 'a token inside the margin is never kept');
  });

  it('drops the token Graph answered 401 to, so the next turn asks the token service again', async () => {
    const { bot, client } = botWithToken(anasToken(60));
    await bot.getToken();
    await bot.adapter.processActivity(
      teamsActivity({ type: 'message', text: 'share it' }),
      async (context) => {
        const turn = new TeamsChatTurn(context, {
          adapter: bot.adapter as unknown as CloudAdapter,
          appId: '',
          tokens: bot.source,
          graph: () => refusingGraph,
        });
        const access = await turn.openGraph();
        assert.ok(access.ok);
        await assert.rejects(access.port.lookup([{ kind: 'following' }]), GraphRequestError);
      },
    );
    bot.adapter.takeSent();
    await bot.getToken();
    assert.equal(tokenAsks(client), 2);
  });

  it('drops the kept token when the user signs in again, and uses the new one', async () => {
    const oldToken = anasToken(60);
    const newToken = anasToken(60, 'Ana Lopez (signed in again)');
    const { bot, client } = botWithToken(oldToken);
    await bot.getToken();
    client.addMagicCode(anaSlot, '482913', newToken);
    await bot.send(teamsActivity({ type: 'invoke', name: 'signin/verifyState', value: { state: '482913' } }));
    assert.deepEqual((await bot.getToken()).outcome, { ok: true, token: newToken });
  });

  it('never keeps a token it signed out because it belongs to another person', async () => {
    const someoneElse = fakeGraphToken({
      oid: '0b9c8d7e-1111-4222-8333-944455556666',
      tid: tenantId,
      exp: (start + 60 * minute) / 1000,
    });
    const { bot, client } = botWithToken(someoneElse);
    assert.deepEqual((await bot.getToken()).outcome, { ok: false, reason: 'signInRequired' });
    client.addToken(anaSlot, anasToken(60));
    assert.equal((await bot.getToken()).outcome.ok, true);
    assert.equal(tokenAsks(client), 2);
  });

  it("never hands one user's kept token to a different Entra user behind the same Teams id", async () => {
    const { bot, client } = botWithToken(anasToken(60));
    await bot.getToken();
    const impostor = { ...ana, aadObjectId: '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a' };
    const { outcome } = await bot.getToken({ from: impostor });
    assert.deepEqual(
      outcome,
      { ok: false, reason: 'signInRequired' },
      "the token is Ana's, so it is refused",
    );
    assert.equal(tokenAsks(client), 2);
  });

  it('keeps each Teams user apart', async () => {
    const { bot, client } = botWithToken(anasToken(60));
    const bruno = {
      id: '29:bruno-teams-id',
      name: 'Bruno Costa',
      aadObjectId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
    };
    const brunosToken = fakeGraphToken({
      oid: bruno.aadObjectId,
      tid: tenantId,
      exp: (start + 60 * minute) / 1000,
    });
    client.addToken({ ...anaSlot, userId: bruno.id }, brunosToken);
    assert.deepEqual((await bot.getToken({ from: bruno })).outcome, { ok: true, token: brunosToken });
    assert.deepEqual((await bot.getToken()).outcome, { ok: true, token: anasToken(60) });
    assert.equal(tokenAsks(client), 2);
  });

  it('lets concurrent turns of one user share a single fetch', async () => {
    const token = anasToken(60);
    const { bot, client } = botWithToken(token);
    let answer = () => {};
    client.hold = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const turns = Promise.all([bot.getToken(), bot.getToken(), bot.getToken()]);
    // Let every turn reach the token source before the service answers.
    await new Promise((resolve) => setImmediate(resolve));
    answer();
    const outcomes = (await turns).map((turn) => turn.outcome);
    assert.deepEqual(outcomes, [
      { ok: true, token },
      { ok: true, token },
      { ok: true, token },
    ]);
    assert.equal(tokenAsks(client), 1);
  });

  it('logs no piece of a token while fetching, keeping, dropping and refusing', async () => {
    const token = anasToken(60);
    const { bot, client, clock } = botWithToken(token);
    await bot.getToken();
    await bot.getToken({ from: { ...ana, aadObjectId: '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a' } });
    clock.now = start + 58 * minute;
    client.failure = Object.assign(new Error(`service down while holding ${token}`), { statusCode: 503 });
    assert.equal((await bot.getToken()).outcome.ok, false);
    const logged = bot.logged.join('\n');
    assert.ok(!logged.includes(token.split('.')[1]), 'the token payload is not logged');
    assert.ok(!logged.includes(token.split('.')[2]), 'the token signature is not logged');
  });
});
