import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { FakeUserTokenClient } from './helpers/fake-user-token-client';
import { fakeGraphToken } from './helpers/graph-token';
import {
  ana,
  connectionName,
  invokeResponses,
  oauthCards,
  startSsoBot,
  teamsActivity,
  tenantId,
  texts,
} from './helpers/sso-bot';

const anaSlot = { connectionName, channelId: 'msteams', userId: ana.id };
const anasToken = fakeGraphToken({ oid: ana.aadObjectId, tid: tenantId });
const signedIn = "You're signed in — send your request again.";

function tokenExchange(id: string, token: string): Partial<Activity> {
  return teamsActivity({
    type: 'invoke',
    name: 'signin/tokenExchange',
    value: { id, connectionName, token },
  });
}

function verifyState(state: string): Partial<Activity> {
  return teamsActivity({ type: 'invoke', name: 'signin/verifyState', value: { state } });
}

describe('Teams SSO sign-in completion', () => {
  it('asks a user who is not signed in to sign in when they send a share request', async () => {
    const bot = startSsoBot({ client: new FakeUserTokenClient() });
    const sent = await bot.send(teamsActivity({ type: 'message', text: 'share report.xlsx with Ana Silva' }));
    assert.equal(oauthCards(sent).length, 1);
    assert.deepEqual(texts(sent), [
      'Please sign in first (use the sign-in button above), then send your request again. Nothing was shared.',
    ]);
  });

  it('answers a token exchange with 200, says so, and the next request gets the token', async () => {
    const client = new FakeUserTokenClient();
    client.addExchangeable(anaSlot, 'teams-sso-token', anasToken);
    const bot = startSsoBot({ client });
    const sent = await bot.send(tokenExchange('exchange-1', 'teams-sso-token'));
    assert.deepEqual(invokeResponses(sent), [{ status: 200 }]);
    assert.deepEqual(texts(sent), [signedIn]);
    const next = await bot.getToken();
    assert.deepEqual(next.outcome, { ok: true, token: anasToken });
    assert.deepEqual(next.sent, []);
    assert.ok(!bot.logged.join('\n').includes('teams-sso-token'));
  });

  it('processes an exchange once when several Teams clients send the same id', async () => {
    const bot = startSsoBot();
    bot.adapter.addExchangeableToken(connectionName, 'msteams', ana.id, 'teams-sso-token', 'graph-token');
    const first = await bot.send(tokenExchange('exchange-1', 'teams-sso-token'));
    const second = await bot.send(tokenExchange('exchange-1', 'teams-sso-token'));
    assert.deepEqual(invokeResponses(first), [{ status: 200 }]);
    assert.deepEqual(texts(first), [signedIn]);
    assert.deepEqual(invokeResponses(second), [{ status: 200, body: null }]);
    assert.deepEqual(texts(second), []);
  });

  for (const [route, withClient] of [
    ['a UserTokenClient', true],
    ["the adapter's token store", false],
  ] as const) {
    it(`answers 412 to an SSO token that ${route} cannot exchange, so Teams shows the button`, async () => {
      const bot = startSsoBot({ client: withClient ? new FakeUserTokenClient() : undefined });
      const sent = await bot.send(tokenExchange('exchange-2', 'unknown-sso-token'));
      const [response] = invokeResponses(sent);
      assert.equal(response.status, 412);
      assert.deepEqual(
        { ...(response.body as object) },
        {
          id: 'exchange-2',
          connectionName,
          failureDetail: 'The bot is unable to exchange token. Proceed with regular login.',
        },
      );
      assert.deepEqual(texts(sent), []);
    });
  }

  it('redeems the sign-in code of verifyState and the next request gets the token', async () => {
    const bot = startSsoBot();
    bot.adapter.addUserToken(connectionName, 'msteams', ana.id, 'graph-token', '123456');
    const sent = await bot.send(verifyState('123456'));
    assert.deepEqual(invokeResponses(sent), [{ status: 200 }]);
    assert.deepEqual(texts(sent), [signedIn]);
    const next = await bot.getToken();
    assert.deepEqual(next.outcome, { ok: true, token: 'graph-token' });
  });

  it('answers 404 to a sign-in code the token service does not know, and says sign-in did not finish', async () => {
    const client = new FakeUserTokenClient();
    client.addMagicCode(anaSlot, '123456', anasToken);
    const bot = startSsoBot({ client });
    const sent = await bot.send(verifyState('654321'));
    assert.deepEqual(invokeResponses(sent), [{ status: 404 }]);
    assert.match(texts(sent)[0], /couldn't finish signing you in/);
    assert.equal(client.storedToken(anaSlot), undefined);
  });

  it('answers 500 when the token service fails during verifyState, without logging the code', async () => {
    const client = new FakeUserTokenClient();
    client.failure = new Error('token service unavailable (code 123456)');
    const bot = startSsoBot({ client });
    const sent = await bot.send(verifyState('123456'));
    assert.deepEqual(invokeResponses(sent), [{ status: 500 }]);
    assert.equal(bot.logged.length, 1);
    assert.ok(!bot.logged[0].includes('123456'), bot.logged[0]);
  });

  it('refuses with 400 an exchange that names another OAuth connection', async () => {
    const client = new FakeUserTokenClient();
    client.addExchangeable(anaSlot, 'teams-sso-token', anasToken);
    const sent = await startSsoBot({ client }).send(
      teamsActivity({
        type: 'invoke',
        name: 'signin/tokenExchange',
        value: { id: 'exchange-4', connectionName: 'other', token: 'teams-sso-token' },
      }),
    );
    assert.equal(invokeResponses(sent)[0].status, 400);
    assert.deepEqual(texts(sent), []);
  });
});
