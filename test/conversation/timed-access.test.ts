import assert from 'node:assert/strict';
import type { TurnContext } from 'botbuilder';
import { SandboxTokenSource } from '../../src/auth/sandbox-token-source';
import type { TokenOutcome } from '../../src/auth/token-source';
import { plainTurnTokens, type TurnTokens } from '../../src/bot/turn-tokens';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardOf, cardText, replaced, textOf } from '../support/card-messages';
import { jsonText } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import type { SentActivity } from '../support/fake-teams-channel';
import { personalChat } from '../support/teams-people';
import { pause, waitFor } from '../support/wait-for';

const alex = people.alex;
const lee = people.lee;
const reportPath = '/Reports/report.xlsx';
const minute = 60_000;

/** The sandbox's token source, which can be told that a person has signed out. */
class SignOutTokens implements TurnTokens {
  inner?: TurnTokens;
  readonly signedOut = new Set<string>();

  async forTurn(context: TurnContext): Promise<TokenOutcome> {
    const user = context.activity.from?.aadObjectId;
    if (user && this.signedOut.has(user)) return { ok: false, reason: 'signInRequired' };
    if (!this.inner) throw new Error('tokens used before the harness started');
    return await this.inner.forTurn(context);
  }
}

describe('timed access on a work drive, with an injected clock', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  const tokens = new SignOutTokens();
  // One clock for the whole file, only ever moved forward: every case starts later than the last.
  let now = Date.parse('2026-12-02T09:00:00Z');
  const conversation = personalChat(alex);

  before(async () => {
    harness = await BotHarness.start({
      env: { EXPIRY_CHECK_SECONDS: '1' },
      overrides: { now: () => new Date(now), tokens },
    });
    tokens.inner = plainTurnTokens(new SandboxTokenSource({ sandboxOrigin: harness.app.sandboxUrl ?? '' }));
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    tokens.signedOut.clear();
    now += 24 * 60 * minute;
  });

  /** Shares report.xlsx with Lee with the sentence's end; returns the result card message. */
  async function shareTimed(text: string): Promise<{ confirm: CardMessage; result: CardMessage }> {
    const sent = await harness.teams.say(text, { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last, `no answer to "${text}"`);
    const confirm = cardMessage(last, conversation);
    const result = replaced(confirm, await harness.teams.click(confirm, 'share.confirm', { from: alex }));
    assert.match(cardText(result), /Shared/);
    return { confirm, result };
  }

  async function leeRoles(): Promise<string[]> {
    return await harness.asUser.rolesOf(alex.aadObjectId, reportPath, lee.aadObjectId);
  }

  /** What the bot posted into the conversation from now on (proactive messages and card updates). */
  function watch(): () => SentActivity[] {
    const from = harness.channel.sent.length;
    return () => harness.channel.sent.slice(from).filter((s) => s.conversationId === conversation.id);
  }

  async function posted(since: () => SentActivity[], pattern: RegExp, what: string): Promise<SentActivity> {
    return await waitFor(what, () => since().find((s) => s.method === 'POST' && pattern.test(textOf(s))));
  }

  it('says plainly on the confirmation card when access ends and that Sharebot removes it', async () => {
    const sent = await harness.teams.say('share report.xlsx with Lee Chen for 30 minutes', {
      from: alex,
      conversation,
    });
    const card = jsonText(cardOf(sent.at(-1) as SentActivity));
    // 09:00 UTC + 30 minutes is 10:30 in Madrid, the client's time zone.
    assert.match(card, /Access ends Thu 3 Dec, 10:30 \\?\(your time\\?\)\. Sharebot removes it then\./);
    assert.doesNotMatch(card, /will not expire|until until/);
  });

  it('shares nothing when Share is pressed after the asked end has passed, and says so', async () => {
    const sent = await harness.teams.say('share report.xlsx with Lee Chen for 10 minutes', {
      from: alex,
      conversation,
    });
    const card = cardMessage(sent.at(-1) as SentActivity, conversation);
    now += 11 * minute;
    const again = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    assert.match(cardText(again), /The end you picked has already passed/);
    assert.deepEqual(await leeRoles(), []);
  });

  it('ends the access at its time: exactly the permission it created, the card updated, one note', async () => {
    const { result } = await shareTimed('share report.xlsx with Lee Chen for 30 minutes');
    assert.match(cardText(result), /Access ends/);
    assert.deepEqual(await leeRoles(), ['read']);
    const since = watch();
    now += 29 * minute;
    await pause(1_500);
    assert.deepEqual(await leeRoles(), ['read'], 'still there a minute before the end');
    now += 2 * minute;
    await posted(since, /Lee Chen's access to report\.xlsx ended as planned\./, 'the note');
    assert.deepEqual(await leeRoles(), []);
    const update = since().find((s) => s.method === 'PUT' && s.activityId === result.activityId);
    assert.ok(update, 'the result card was replaced');
    assert.match(jsonText(cardOf(update)), /Access ended/);
    await pause(1_500);
    const notes = since().filter((s) => s.method === 'POST' && /ended as planned/.test(textOf(s)));
    assert.equal(notes.length, 1, 'one note, however many passes ran');
  });

  it('reminds the sharer halfway through a short share, and Extend moves the end', async () => {
    await shareTimed('share report.xlsx with Lee Chen for 30 minutes');
    const since = watch();
    now += 16 * minute;
    const reminderSent = await posted(since, /Access ends soon/, 'the reminder');
    const reminder = cardMessage(reminderSent, conversation);
    assert.match(cardText(reminder), /Extend/);
    // Two hours later than the share, in the sharer's time zone (Madrid, UTC+1 in December).
    const newEnd = new Date(now - 16 * minute + 120 * minute + 60 * minute);
    const inputs = {
      endDate: newEnd.toISOString().slice(0, 10),
      endTime: newEnd.toISOString().slice(11, 16),
    };
    const answer = await harness.teams.click(reminder, 'access.extend', { from: alex, inputs });
    assert.match(jsonText(cardOf(answer)), /Access extended/);
    now += 20 * minute;
    await pause(1_500);
    assert.deepEqual(await leeRoles(), ['read'], 'kept past the first end');
    now += 90 * minute;
    await posted(since, /ended as planned/, 'the note at the new end');
    assert.deepEqual(await leeRoles(), []);
  });

  it('ends the access at once on End now', async () => {
    await shareTimed('share report.xlsx with Lee Chen for 2 hours');
    const since = watch();
    now += 61 * minute;
    const reminder = cardMessage(await posted(since, /Access ends soon/, 'the reminder'), conversation);
    const answer = await harness.teams.click(reminder, 'access.endNow', { from: alex });
    assert.match(jsonText(cardOf(answer)), /Access ended/);
    assert.deepEqual(await leeRoles(), []);
  });

  it('asks the sharer instead of removing a permission whose role someone changed', async () => {
    await shareTimed('share report.xlsx with Lee Chen for 30 minutes');
    await changeLeeRole('write');
    const since = watch();
    now += 31 * minute;
    const question = cardMessage(
      await posted(since, /Access changed since you shared it/, 'the question'),
      conversation,
    );
    assert.deepEqual(await leeRoles(), ['write'], 'left as someone changed it');
    const answer = await harness.teams.click(question, 'access.removeChanged', { from: alex });
    assert.match(jsonText(cardOf(answer)), /Access ended/);
    assert.deepEqual(await leeRoles(), []);
  });

  it('sends Remove now when there is no token at the end, and removes on the click', async () => {
    await shareTimed('share report.xlsx with Lee Chen for 30 minutes');
    tokens.signedOut.add(alex.aadObjectId);
    const since = watch();
    now += 31 * minute;
    const message = cardMessage(await posted(since, /Access not removed yet/, 'Remove now'), conversation);
    assert.deepEqual(await leeRoles(), ['read'], 'nothing removed without a token');
    tokens.signedOut.clear();
    const answer = await harness.teams.click(message, 'access.endNow', { from: alex });
    assert.match(jsonText(cardOf(answer)), /Access ended/);
    assert.deepEqual(await leeRoles(), []);
  });

  it('moves the end when asked in chat, after the card that asks first', async () => {
    await shareTimed('share report.xlsx with Lee Chen for 30 minutes');
    const sent = await harness.teams.say("extend Lee's access to report.xlsx by 2 hours", {
      from: alex,
      conversation,
    });
    const question = cardMessage(sent.at(-1) as SentActivity, conversation);
    assert.match(cardText(question), /Extend access\?/);
    // Two hours after the end, half an hour from now, on the sharer's clock in Madrid.
    const madrid = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/Madrid' });
    const newEnd = madrid.format(new Date(now + 150 * minute));
    assert.equal(inputValues(question).endTime, newEnd);
    assert.match(cardText(question), new RegExp(`Move the end to \\w{3} \\d+ \\w{3}, ${newEnd}\\?`));
    const answer = await harness.teams.click(question, 'access.extend', {
      from: alex,
      inputs: inputValues(question),
    });
    assert.match(jsonText(cardOf(answer)), /Access extended/);
    const since = watch();
    now += 31 * minute;
    await pause(1_500);
    assert.deepEqual(await leeRoles(), ['read'], 'kept past the first end');
    now += 120 * minute;
    await posted(since, /ended as planned/, 'the note at the new end');
    assert.deepEqual(await leeRoles(), []);
  });

  it('changes nothing when the chat names no timed share', async () => {
    await shareTimed('share report.xlsx with Lee Chen');
    const sent = await harness.teams.say("extend Ana's access to report.xlsx until Monday", {
      from: alex,
      conversation,
    });
    assert.match(
      textOf(sent.at(-1) as SentActivity),
      /couldn't find access you gave to "Ana" on "report\.xlsx"/,
    );
  });

  it('shows the end of timed access when asked who has access', async () => {
    await shareTimed('share report.xlsx with Lee Chen for 30 minutes');
    const madrid = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/Madrid' });
    const sent = await harness.teams.say('who has access to report.xlsx?', { from: alex, conversation });
    const answer = textOf(sent.at(-1) as SentActivity);
    const end = madrid.format(new Date(now + 30 * minute));
    assert.match(
      answer,
      new RegExp(`Lee Chen\\*{0,2}\\ncan view · until \\w{3} \\d+ \\w{3}, ${end} \\\\?\\(your time\\\\?\\)`),
    );
  });

  /** The values a card's inputs hold, as Teams sends them with a click. */
  function inputValues(message: CardMessage): Record<string, string> {
    const values: Record<string, string> = {};
    for (const element of (message.card as { body: { id?: string; value?: string }[] }).body) {
      if (element.id && typeof element.value === 'string') values[element.id] = element.value;
    }
    return values;
  }

  /** Changes Lee's permission on the report, as its owner would in OneDrive. */
  async function changeLeeRole(role: string): Promise<void> {
    const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
    const permissions = await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id);
    const lees = permissions.find(
      (p) => (p.grantedToV2?.user?.id ?? p.grantedTo?.user?.id) === lee.aadObjectId,
    );
    assert.ok(lees, 'Lee has a permission');
    const token = await harness.sandbox.token(alex.aadObjectId);
    const origin = harness.app.sandboxUrl ?? '';
    const response = await fetch(
      `${origin}/v1.0/drives/${item.driveId}/items/${item.id}/permissions/${lees.id}`,
      {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ roles: [role] }),
      },
    );
    assert.equal(response.status, 200, await response.text());
  }
});
