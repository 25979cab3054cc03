import assert from 'node:assert/strict';
import { type Activity, CloudAdapter, TurnContext } from 'botbuilder';
import { TeamsSsoTokenSource } from '../../src/bot/sso/teams-sso-token-source';
import { tokenForTurn } from '../../src/bot/turn-tokens';
import { FakeUserTokenClient } from './helpers/fake-user-token-client';
import { fakeGraphToken } from './helpers/graph-token';
import { ana, connectionName, oauthCards, startSsoBot, teamsActivity, tenantId } from './helpers/sso-bot';

const anaSlot = { connectionName, channelId: 'msteams', userId: ana.id };
const anasToken = fakeGraphToken({ oid: ana.aadObjectId, tid: tenantId });

/** Length of the longest piece of `secret` that appears in `text`. */
function longestSharedPiece(text: string, secret: string): number {
  let longest = 0;
  for (let start = 0; start < secret.length; start++) {
    while (start + longest < secret.length && text.includes(secret.slice(start, start + longest + 1)))
      longest++;
  }
  return longest;
}

describe('TeamsSsoTokenSource', () => {
  describe('a signed-in user', () => {
    it('gets their token from a UserTokenClient in turnState, and nothing is sent', async () => {
      const client = new FakeUserTokenClient();
      client.addToken(anaSlot, anasToken);
      const { outcome, sent } = await startSsoBot({ client }).getToken();
      assert.deepEqual(outcome, { ok: true, token: anasToken });
      assert.deepEqual(sent, []);
      assert.deepEqual(client.calls, ['getUserToken']);
    });

    it("gets an opaque token from the adapter's own token store when turnState has no client", async () => {
      const bot = startSsoBot();
      bot.adapter.addUserToken(connectionName, 'msteams', ana.id, 'opaque-graph-token');
      const { outcome, sent } = await bot.getToken();
      assert.deepEqual(outcome, { ok: true, token: 'opaque-graph-token' });
      assert.deepEqual(sent, []);
    });
  });

  describe('a user without a token', () => {
    for (const conversationType of ['personal', 'groupChat'] as const) {
      it(`gets exactly one OAuthCard with the SSO exchange resource in a ${conversationType} chat`, async () => {
        const client = new FakeUserTokenClient();
        const { outcome, sent } = await startSsoBot({ client }).getToken({ conversationType });
        assert.deepEqual(outcome, { ok: false, reason: 'signInRequired' });
        assert.equal(sent.length, 1);
        const cards = oauthCards(sent);
        assert.equal(cards.length, 1);
        assert.equal(cards[0].connectionName, connectionName);
        assert.match(cards[0].tokenExchangeResource?.uri ?? '', /^api:\/\/botid-/);
        assert.equal(cards[0].buttons.length, 1);
        assert.equal(cards[0].buttons[0].type, 'signin');
        assert.match(cards[0].buttons[0].value ?? '', /^https:\/\/token\.botframework\.com\//);
      });
    }

    it('in a channel gets a card whose sign-in button is the way in, without SSO exchange', async () => {
      const client = new FakeUserTokenClient();
      const { outcome, sent } = await startSsoBot({ client }).getToken({ conversationType: 'channel' });
      assert.deepEqual(outcome, { ok: false, reason: 'signInRequired' });
      const [card] = oauthCards(sent);
      assert.equal(card.tokenExchangeResource, undefined);
      assert.deepEqual(
        card.buttons.map((button) => [button.type, button.title]),
        [['signin', 'Sign in']],
      );
      assert.match(card.buttons[0].value ?? '', /^https:\/\/token\.botframework\.com\/api\/oauth\/signin/);
      assert.match(card.text ?? '', /as yourself/);
    });

    it('gets the card only once when one turn asks for a token twice', async () => {
      const client = new FakeUserTokenClient();
      const bot = startSsoBot({ client });
      const outcomes: unknown[] = [];
      await bot.adapter.processActivity(
        teamsActivity({ type: 'message', text: 'share' }),
        async (context) => {
          outcomes.push(await tokenForTurn(bot.source, context));
          outcomes.push(await tokenForTurn(bot.source, context));
        },
      );
      assert.deepEqual(outcomes, [
        { ok: false, reason: 'signInRequired' },
        { ok: false, reason: 'signInRequired' },
      ]);
      assert.equal(oauthCards(bot.adapter.takeSent()).length, 1);
    });
  });

  describe('the tenant check', () => {
    it('refuses a conversation of another tenant without asking the token service (single-tenant app)', async () => {
      const client = new FakeUserTokenClient();
      client.addToken(anaSlot, anasToken);
      const { outcome, sent } = await startSsoBot({ client }).getToken({
        conversationTenant: '0b0e7c3d-1111-4222-8333-944455556666',
      });
      assert.deepEqual(outcome, { ok: false, reason: 'notInTenant' });
      assert.deepEqual(sent, []);
      assert.deepEqual(client.calls, []);
    });

    it('compares tenant ids without regard to case', async () => {
      const client = new FakeUserTokenClient();
      client.addToken(anaSlot, anasToken);
      const { outcome } = await startSsoBot({ client }).getToken({
        conversationTenant: tenantId.toUpperCase(),
      });
      assert.equal(outcome.ok, true);
    });

    it('refuses a sender with no Entra object id (an anonymous guest)', async () => {
      const client = new FakeUserTokenClient();
      const { outcome, sent } = await startSsoBot({ client }).getToken({
        from: { id: '29:anonymous', name: 'Guest' },
      });
      assert.deepEqual(outcome, { ok: false, reason: 'notInTenant' });
      assert.deepEqual(sent, []);
    });

    it("refuses a token issued by another tenant than the conversation's and signs it out (multi-tenant app)", async () => {
      const client = new FakeUserTokenClient();
      client.addToken(
        anaSlot,
        fakeGraphToken({ oid: ana.aadObjectId, tid: '0b0e7c3d-1111-4222-8333-944455556666' }),
      );
      const bot = startSsoBot({ client, singleTenant: false });
      const { outcome, sent } = await bot.getToken();
      assert.deepEqual(outcome, { ok: false, reason: 'notInTenant' });
      assert.deepEqual(sent, []);
      assert.equal(client.storedToken(anaSlot), undefined);
    });
  });

  it("signs out a token of another person's account and asks the sender to sign in again", async () => {
    const client = new FakeUserTokenClient();
    const tomsToken = fakeGraphToken({ oid: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', tid: tenantId });
    client.addToken(anaSlot, tomsToken);
    const bot = startSsoBot({ client });
    const { outcome, sent } = await bot.getToken({ conversationType: 'channel' });
    assert.deepEqual(outcome, { ok: false, reason: 'signInRequired' });
    assert.equal(oauthCards(sent).length, 1);
    assert.equal(client.storedToken(anaSlot), undefined);
    assert.ok(!bot.logged.join('\n').includes(tomsToken));
  });

  describe('token service failures', () => {
    it('answer unavailable, send nothing, and keep tokens out of the detail', async () => {
      const client = new FakeUserTokenClient();
      client.addToken(anaSlot, anasToken);
      client.failure = Object.assign(
        new Error(`service unavailable while reading ${anasToken} (Authorization: Bearer ${anasToken})`),
        { statusCode: 503 },
      );
      const { outcome, sent } = await startSsoBot({ client }).getToken();
      assert.equal(outcome.ok, false);
      assert.equal(!outcome.ok && outcome.reason, 'unavailable');
      const detail = !outcome.ok && outcome.reason === 'unavailable' ? outcome.detail : '';
      assert.match(detail, /503/);
      assert.equal(longestSharedPiece(detail, anasToken) < 16, true, detail);
      assert.deepEqual(sent, []);
    });

    it('answer unavailable when the sign-in link cannot be had', async () => {
      const client = new FakeUserTokenClient();
      const failing = Object.assign(client, {
        getSignInResource: async () => {
          throw Object.assign(new Error('connection "graph" not found'), { statusCode: 404 });
        },
      });
      const { outcome, sent } = await startSsoBot({ client: failing }).getToken();
      assert.deepEqual(outcome, {
        ok: false,
        reason: 'unavailable',
        detail: 'token service failed: Error 404: connection "graph" not found',
      });
      assert.deepEqual(sent, []);
    });

    it('answer unavailable on an adapter that offers no token service', async () => {
      const source = new TeamsSsoTokenSource({ connectionName, tenantId });
      const context = new TurnContext(
        new CloudAdapter(),
        teamsActivity({ type: 'message', text: 'share' }) as Activity,
      );
      const outcome = await tokenForTurn(source, context);
      assert.equal(!outcome.ok && outcome.reason, 'unavailable');
    });
  });
});
