import assert from 'node:assert/strict';
import type {
  TabExtendAnswer,
  TabRemoveAnswer,
  TabShareRow,
  TabSharesAnswer,
} from '../../src/domain/tab-rows';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { type Participant, personalChat } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';

/** Shares a sentence as Alex through the bot, confirmed on its card. */
async function shareAsAlex(harness: BotHarness, text: string): Promise<void> {
  const conversation = personalChat(alex);
  const sent = await harness.teams.say(text, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  const answer = await harness.teams.click(cardMessage(last, conversation), 'share.confirm', { from: alex });
  assert.match(textOf(answer), /Shared/, textOf(answer));
}

/** Calls the tab API as a plain browser would, with an optional Authorization header. */
async function callTab(
  harness: BotHarness,
  method: 'GET' | 'POST',
  path: string,
  authorization?: string,
  body?: Record<string, unknown>,
) {
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  if (body) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${harness.app.bot.url}${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function sharesOf(harness: BotHarness, authorization?: string): Promise<TabSharesAnswer> {
  const answer = await callTab(harness, 'GET', '/tab/api/shares', authorization);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as TabSharesAnswer;
}

async function removeOn(harness: BotHarness, share: TabShareRow, index: number, authorization?: string) {
  return await callTab(
    harness,
    'POST',
    `/tab/api/shares/${share.requestId}/recipients/${index}/remove`,
    authorization,
  );
}

async function rolesOnReport(harness: BotHarness, person: Participant): Promise<string[]> {
  return await harness.asUser.rolesOf(alex.aadObjectId, reportPath, person.aadObjectId);
}

describe('the tab API ("Shared from chat")', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  beforeEach(async () => {
    harness = await BotHarness.start({ env: { LOCAL_USER: alex.aadObjectId } });
  });
  afterEach(async () => {
    await harness.close();
  });

  it('lists a share made in chat with each person still having access', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez as editor');
    const answer = await sharesOf(harness);
    assert.equal(answer.outsideTeams, true);
    assert.equal(answer.user.name, 'Alex Wilber');
    assert.equal(answer.shares.length, 1);
    const [share] = answer.shares;
    assert.equal(share.itemName, 'report.xlsx');
    assert.deepEqual(
      share.recipients.map((r) => [r.name, r.role, r.state, r.removable]),
      [['Ana Lopez', 'write', 'active', true]],
    );
  });

  it('removes exactly that person’s access, and the list says so', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez and Lee Chen');
    const [share] = (await sharesOf(harness)).shares;
    const ana = share.recipients.find((r) => r.name === 'Ana Lopez');
    assert.ok(ana);
    const answer = await removeOn(harness, share, ana.index);
    assert.equal(answer.status, 200);
    const removal = answer.body as TabRemoveAnswer;
    assert.equal(removal.result, 'removed');
    assert.match(removal.message, /Ana Lopez no longer has access to report\.xlsx/);
    assert.deepEqual(await rolesOnReport(harness, people.anaLopez), []);
    assert.deepEqual(await rolesOnReport(harness, people.lee), ['read']);
    const after = (await sharesOf(harness)).shares[0];
    assert.deepEqual(
      after.recipients.map((r) => [r.name, r.state]),
      [
        ['Ana Lopez', 'removed'],
        ['Lee Chen', 'active'],
      ],
    );
  });

  it('gives another person none of the shares, and their remove changes nothing', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const [share] = (await sharesOf(harness)).shares;
    const anasToken = `Bearer ${await harness.sandbox.token(people.anaLopez.aadObjectId)}`;
    assert.deepEqual((await sharesOf(harness, anasToken)).shares, []);
    const answer = await removeOn(harness, share, 0, anasToken);
    assert.equal(answer.status, 404);
    assert.equal((answer.body as TabRemoveAnswer).result, 'notYours');
    assert.deepEqual(await rolesOnReport(harness, people.anaLopez), ['read']);
  });

  it('refuses a token it cannot check, changing nothing', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const [share] = (await sharesOf(harness)).shares;
    for (const authorization of ['Bearer not-a-token', 'Basic YWxleDp4']) {
      const listed = await callTab(harness, 'GET', '/tab/api/shares', authorization);
      assert.equal(listed.status, 401, authorization);
      const removed = await removeOn(harness, share, 0, authorization);
      assert.equal(removed.status, 401, authorization);
    }
    assert.deepEqual(await rolesOnReport(harness, people.anaLopez), ['read']);
  });

  it('shows access removed elsewhere as removed, and Remove then says it was already gone', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const [share] = (await sharesOf(harness)).shares;
    const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
    const permissions = await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id);
    const anas = permissions.find((p) => JSON.stringify(p).includes(people.anaLopez.aadObjectId));
    assert.ok(anas);
    const token = await harness.sandbox.token(alex.aadObjectId);
    const deleted = await fetch(
      `${harness.app.sandboxUrl}/v1.0/drives/${item.driveId}/items/${item.id}/permissions/${anas.id}`,
      { method: 'DELETE', headers: { authorization: `Bearer ${token}` } },
    );
    assert.equal(deleted.status, 204);
    const listed = (await sharesOf(harness)).shares[0];
    assert.equal(listed.recipients[0].state, 'removed');
    assert.equal(listed.recipients[0].removable, false);
    const answer = (await removeOn(harness, share, 0)).body as TabRemoveAnswer;
    assert.equal(answer.result, 'alreadyGone');
  });

  it('leaves alone access a person had before the share', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez and Lee Chen');
    const newest = (await sharesOf(harness)).shares[0];
    const ana = newest.recipients.find((r) => r.name === 'Ana Lopez');
    assert.ok(ana);
    assert.equal(ana.state, 'hadBefore');
    assert.equal(ana.removable, false);
    const answer = (await removeOn(harness, newest, ana.index)).body as TabRemoveAnswer;
    assert.equal(answer.result, 'notRemoved');
    assert.match(answer.message, /Access was not removed/);
    assert.deepEqual(await rolesOnReport(harness, people.anaLopez), ['read']);
  });

  it('shows a timed share with its end, and Extend moves exactly that end', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez for 2 weeks');
    const [share] = (await sharesOf(harness)).shares;
    assert.equal(share.extendable, true);
    assert.ok(share.endsAt, 'the end is listed');
    const later = new Date(Date.parse(share.endsAt) + 7 * 86_400_000).toISOString();
    const answer = await callTab(harness, 'POST', `/tab/api/shares/${share.requestId}/extend`, undefined, {
      endsAt: later,
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const extended = answer.body as TabExtendAnswer;
    assert.equal(extended.result, 'extended');
    assert.equal(extended.share?.endsAt, later);
    assert.equal(
      (await sharesOf(harness)).shares[0].endsAt,
      later,
      'the list reads the new end from the ledger',
    );
    assert.deepEqual(
      await rolesOnReport(harness, people.anaLopez),
      ['read'],
      'the access itself is untouched',
    );
  });

  it('refuses an end in the past, a share without an end, and another person’s share, changing nothing', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez for 2 weeks');
    await shareAsAlex(harness, 'share Q2 summary.docx with Lee Chen');
    const [untimed, timed] = (await sharesOf(harness)).shares;
    const past = new Date(Date.now() - 60_000).toISOString();
    const inPast = await callTab(harness, 'POST', `/tab/api/shares/${timed.requestId}/extend`, undefined, {
      endsAt: past,
    });
    assert.equal((inPast.body as TabExtendAnswer).result, 'notExtended');
    assert.equal(untimed.extendable, false);
    const noEnd = await callTab(harness, 'POST', `/tab/api/shares/${untimed.requestId}/extend`, undefined, {
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    assert.equal((noEnd.body as TabExtendAnswer).result, 'notExtended');
    const anasToken = `Bearer ${await harness.sandbox.token(people.anaLopez.aadObjectId)}`;
    const theirs = await callTab(harness, 'POST', `/tab/api/shares/${timed.requestId}/extend`, anasToken, {
      endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    assert.equal(theirs.status, 404);
    const bad = await callTab(harness, 'POST', `/tab/api/shares/${timed.requestId}/extend`, undefined, {
      when: 'soon',
    });
    assert.equal(bad.status, 400);
    assert.equal((await sharesOf(harness)).shares[1].endsAt, timed.endsAt, 'the end did not move');
  });

  it('lists nothing for someone who shared nothing', async () => {
    assert.deepEqual((await sharesOf(harness)).shares, []);
  });
});
