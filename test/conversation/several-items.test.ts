import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { conversations } from '../support/share-scenario';
import { personalChat, type TestConversation } from '../support/teams-people';

const alex = people.alex;
const report = '/Reports/report.xlsx';
const summary = '/Reports/2026/Q2/Q2 summary.docx';

async function ask(harness: BotHarness, text: string, conversation: TestConversation = personalChat(alex)) {
  const sent = await harness.teams.say(text, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last, 'an answer');
  return {
    last,
    text: textOf(last),
    card: last.body.attachments ? cardMessage(last, conversation) : undefined,
  };
}

async function invites(harness: BotHarness): Promise<number> {
  const log = await harness.sandbox.requests();
  return log.filter((r) => r.method === 'POST' && r.path.split('?')[0].endsWith('/invite')).length;
}

async function roles(harness: BotHarness, path: string, person: (typeof people)[keyof typeof people]) {
  return await harness.asUser.rolesOf(alex.aadObjectId, path, person.aadObjectId);
}

describe('several items in one request', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness.close();
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearFaults();
    await harness.sandbox.clearRequests();
  });

  it('lists every item on one card, and one Share invites on each item', async () => {
    const { card } = await ask(harness, 'share report.xlsx and Q2 summary.docx with Lee Chen as editor');
    assert.ok(card);
    const text = cardText(card);
    assert.match(text, /Share these 2 items\?/);
    assert.match(text, /report\.xlsx[\s\S]*Q2 summary\.docx/);
    assert.match(text, /Lee Chen/);
    assert.equal(await invites(harness), 0, 'nothing before Share');
    const result = await harness.teams.click(card, 'group.confirm', { from: alex });
    assert.match(textOf(result), /Shared 2 items/);
    assert.match(textOf(result), /report\.xlsx: shared with Lee Chen \\?\(can edit\\?\)/);
    assert.match(textOf(result), /Q2 summary\.docx: shared with Lee Chen \\?\(can edit\\?\)/);
    assert.equal(await invites(harness), 2, 'one invite per item');
    assert.deepEqual(await roles(harness, report, people.lee), ['write']);
    assert.deepEqual(await roles(harness, summary, people.lee), ['write']);
  });

  it('takes the role chosen on the card for every item, and never more', async () => {
    const { card } = await ask(harness, 'share report.xlsx and Q2 summary.docx with Lee Chen as editor');
    assert.ok(card);
    await harness.teams.click(card, 'group.confirm', { from: alex, inputs: { role: 'read' } });
    assert.deepEqual(await roles(harness, report, people.lee), ['read']);
    assert.deepEqual(await roles(harness, summary, people.lee), ['read']);
  });

  it('refuses a second click, a stranger’s click and Share after Cancel', async () => {
    const { card } = await ask(harness, 'share report.xlsx and Q2 summary.docx with Lee Chen');
    assert.ok(card);
    const stranger = await harness.teams.click(card, 'group.confirm', { from: people.anaLopez });
    assert.match(textOf(stranger), /Only Alex Wilber/);
    await harness.teams.click(card, 'group.confirm', { from: alex });
    await harness.teams.click(card, 'group.confirm', { from: alex });
    assert.equal(await invites(harness), 2, 'the second click invited no one');
    const other = await ask(harness, 'share report.xlsx and Q2 summary.docx with Mateo Rossi');
    assert.ok(other.card);
    await harness.teams.click(other.card, 'group.cancel', { from: alex });
    await harness.teams.click(other.card, 'group.confirm', { from: alex });
    assert.deepEqual(await roles(harness, report, people.mateo), [], 'nothing after Cancel');
  });

  it('names the unclear item and shares nothing when one item matches several files or none', async () => {
    const several = await ask(harness, 'share report.xlsx and budget.xlsx with Lee Chen');
    assert.equal(several.card, undefined);
    assert.match(several.text, /“budget\.xlsx” matches 2 files or folders/);
    assert.match(several.text, /Nothing was shared/);
    const none = await ask(harness, 'share report.xlsx and nothing-like-this.xlsx with Lee Chen');
    assert.match(none.text, /found nothing called “nothing-like-this\.xlsx”/);
    assert.equal(await invites(harness), 0);
  });

  it('refuses more than five items, naming the limit', async () => {
    const { text } = await ask(
      harness,
      'share a.xlsx, b.xlsx, c.xlsx, d.xlsx, e.xlsx and f.xlsx with Lee Chen',
    );
    assert.match(text, /at most 5 at once/);
    assert.equal(await invites(harness), 0);
  });

  it('reports an item Graph would not take while the others are shared', async () => {
    const { card } = await ask(harness, 'share report.xlsx and Q2 summary.docx with Lee Chen');
    assert.ok(card);
    const item = await harness.asUser.itemByPath(alex.aadObjectId, summary);
    const answer = await harness.sandbox.addFault({
      method: 'POST',
      path: `/v1.0/drives/*/items/${item.id}/invite`,
      status: 503,
      retryAfter: 0,
    });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const result = await harness.teams.click(card, 'group.confirm', { from: alex });
    assert.match(textOf(result), /Shared 1 of 2 items/);
    assert.match(textOf(result), /report\.xlsx: shared with Lee Chen/);
    assert.match(textOf(result), /Q2 summary\.docx: not shared\. [\s\S]*Nothing was shared/);
    assert.deepEqual(await roles(harness, report, people.lee), ['read']);
    assert.deepEqual(await roles(harness, summary, people.lee), []);
  });

  it('undoes every item after its question, removing exactly what was created', async () => {
    const { card } = await ask(harness, 'share report.xlsx and Q2 summary.docx with Lee Chen');
    assert.ok(card);
    const result = replaced(card, await harness.teams.click(card, 'group.confirm', { from: alex }));
    const question = replaced(result, await harness.teams.click(result, 'group.undo', { from: alex }));
    assert.match(cardText(question), /Remove the access this share gave on all 2 items\?/);
    const undone = await harness.teams.click(question, 'group.undoConfirm', { from: alex });
    assert.match(textOf(undone), /the access this share gave was removed/);
    assert.deepEqual(await roles(harness, report, people.lee), []);
    assert.deepEqual(await roles(harness, summary, people.lee), []);
    assert.deepEqual(await roles(harness, report, people.tom), ['read'], 'access people had before stays');
  });

  it('"undo that" after several items asks about all of them', async () => {
    const { card } = await ask(harness, 'share report.xlsx and Q2 summary.docx with Lee Chen');
    assert.ok(card);
    await harness.teams.click(card, 'group.confirm', { from: alex });
    const question = await ask(harness, 'undo that');
    assert.ok(question.card);
    assert.match(cardText(question.card), /all 2 items/);
    await harness.teams.click(question.card, 'group.undoConfirm', { from: alex });
    assert.deepEqual(await roles(harness, report, people.lee), []);
    assert.deepEqual(await roles(harness, summary, people.lee), []);
  });

  it('keeps who already has access off the card in a group chat', async () => {
    const { card } = await ask(
      harness,
      'share report.xlsx and Q2 summary.docx with Lee Chen',
      conversations.groupChat,
    );
    assert.ok(card);
    assert.doesNotMatch(cardText(card as CardMessage), /Tom Baker/);
  });
});
