import assert from 'node:assert/strict';
import { TeamsSsoTokenSource } from '../../src/bot/sso/teams-sso-token-source';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardOf, cardText, replaced, textOf } from '../support/card-messages';
import { jsonText } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import type { SentActivity } from '../support/fake-teams-channel';
import { FakeTokenService } from '../support/fake-token-service';
import { personalChat, teamsIdOf } from '../support/teams-people';
import { waitFor } from '../support/wait-for';

const alex = people.alex;
const lee = people.lee;
const reportPath = '/Reports/report.xlsx';
const minute = 60_000;

describe('timed access ending in graph mode, with the sharer token from the Bot Framework token service', function () {
  this.timeout(60_000);
  let tokenService: FakeTokenService;
  let harness: BotHarness;
  // The injected clock starts at the real time: the sandbox's tokens last an hour of it, so a
  // two-hour share ends after the token Sharebot kept in memory has gone stale.
  let now = Date.now();
  const conversation = personalChat(alex);

  before(async () => {
    tokenService = new FakeTokenService();
    await tokenService.start();
    harness = await BotHarness.start({
      env: { EXPIRY_CHECK_SECONDS: '1' },
      overrides: {
        now: () => new Date(now),
        tokens: new TeamsSsoTokenSource({ connectionName: 'graph', cache: { now: () => now } }),
        tokenServiceUrl: tokenService.url,
      },
    });
  });
  after(async () => {
    await harness?.close();
    await tokenService?.stop();
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    tokenService.addToken(teamsIdOf(alex), await harness.sandbox.token(alex.aadObjectId));
    now += 24 * 60 * minute;
  });

  /** Alex shares the report with Lee for two hours and confirms, as Teams sends it. */
  async function shareForTwoHours(): Promise<CardMessage> {
    const sent = await harness.teams.say('share report.xlsx with Lee Chen for 2 hours', {
      from: alex,
      conversation,
    });
    const confirm = cardMessage(sent.at(-1) as SentActivity, conversation);
    const result = replaced(confirm, await harness.teams.click(confirm, 'share.confirm', { from: alex }));
    assert.match(cardText(result), /Shared/);
    assert.deepEqual(await leeRoles(), ['read']);
    return result;
  }

  async function leeRoles(): Promise<string[]> {
    return await harness.asUser.rolesOf(alex.aadObjectId, reportPath, lee.aadObjectId);
  }

  /** What the bot posts into Alex's chat from now on. */
  function watch(): () => SentActivity[] {
    const from = harness.channel.sent.length;
    return () => harness.channel.sent.slice(from).filter((s) => s.conversationId === conversation.id);
  }

  async function posted(since: () => SentActivity[], pattern: RegExp, what: string): Promise<SentActivity> {
    return await waitFor(what, () => since().find((s) => s.method === 'POST' && pattern.test(textOf(s))));
  }

  /** The token service calls made since `from` (no turn came in meanwhile: the test sent none). */
  function tokenCallsSince(from: number): string[] {
    return tokenService.calls.slice(from).map((call) => `${call.method} ${call.path} for ${call.userId}`);
  }

  it("ends the access in a proactive turn with Alex's token from the token service, then posts the note", async () => {
    const result = await shareForTwoHours();
    const callsBefore = tokenService.calls.length;
    const since = watch();
    now += 121 * minute;
    await posted(since, /Lee Chen's access to report\.xlsx ended as planned\./, 'the note');
    assert.deepEqual(await leeRoles(), []);
    assert.deepEqual(tokenCallsSince(callsBefore), [`GET /api/usertoken/GetToken for ${teamsIdOf(alex)}`]);
    const update = since().find((s) => s.method === 'PUT' && s.activityId === result.activityId);
    assert.ok(update, 'the result card was replaced');
    assert.match(jsonText(cardOf(update)), /Access ended/);
  });

  it('leaves the access and asks Alex with Remove now when the token service has no token for him', async () => {
    await shareForTwoHours();
    tokenService.removeToken(teamsIdOf(alex));
    const callsBefore = tokenService.calls.length;
    const since = watch();
    now += 121 * minute;
    const sent = await posted(since, /Access not removed yet/, 'Remove now');
    assert.match(jsonText(sent.body), /Nothing was removed yet\. Press Remove now to end it\./);
    assert.deepEqual(await leeRoles(), ['read'], 'nothing removed without his token');
    // Only his token was asked for: no sign-in resource, so no sign-in card nobody asked for.
    assert.deepEqual(tokenCallsSince(callsBefore), [`GET /api/usertoken/GetToken for ${teamsIdOf(alex)}`]);
    const signInCards = since().filter((s) =>
      /application\/vnd\.microsoft\.card\.oauth/.test(jsonText(s.body)),
    );
    assert.deepEqual(signInCards, []);
    assert.equal(since().filter((s) => /ended as planned/.test(textOf(s))).length, 0);

    tokenService.addToken(teamsIdOf(alex), await harness.sandbox.token(alex.aadObjectId));
    const message = cardMessage(sent, conversation);
    const answer = await harness.teams.click(message, 'access.endNow', { from: alex });
    assert.match(jsonText(cardOf(answer)), /Access ended/);
    assert.deepEqual(await leeRoles(), [], 'removed once he pressed Remove now, signed in again');
  });
});
