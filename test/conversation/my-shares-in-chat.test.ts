import assert from 'node:assert/strict';
import { timedAndHistoryExamples } from '../../src/cards/help-card';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { conversations } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

const alex = people.alex;

async function shareAsAlex(harness: BotHarness, text: string): Promise<void> {
  const conversation = personalChat(alex);
  const sent = await harness.teams.say(text, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  const answer = await harness.teams.click(cardMessage(last, conversation), 'share.confirm', { from: alex });
  assert.match(textOf(answer), /Shared/);
}

async function ask(harness: BotHarness, text: string, conversation = personalChat(alex)): Promise<string> {
  const sent = await harness.teams.say(text, { from: alex, conversation });
  assert.equal(sent.length, 1, 'one answer');
  return textOf(sent[0]);
}

describe('"what did I share …?" in chat', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  beforeEach(async () => {
    harness = await BotHarness.start();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('lists today’s shares with each person’s access as Graph has it now', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez as editor');
    await shareAsAlex(harness, 'share Q2 summary.docx with Lee Chen');
    const answer = await ask(harness, 'what did I share today?');
    assert.match(answer, /What you shared through Sharebot today \(2\)/);
    assert.match(answer, /report\.xlsx.*Ana Lopez \(can edit, has access\)/);
    assert.match(answer, /Q2 summary\.docx.*Lee Chen \(can view, has access\)/);
    assert.ok(answer.indexOf('Q2 summary.docx') < answer.indexOf('report.xlsx'), 'newest first');
  });

  it('shows access removed since as removed', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const undo = await harness.teams.say('undo that', { from: alex });
    const undoCard = cardMessage(undo.at(-1) as (typeof undo)[number], personalChat(alex));
    const removed = await harness.teams.click(undoCard, 'share.undoConfirm', { from: alex });
    assert.doesNotMatch(textOf(removed), /not removed/i);
    const answer = await ask(harness, 'what have I shared this week');
    assert.match(answer, /Ana Lopez \(can view, removed\)/);
  });

  it('keeps only the shares that reached the person asked about', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    await shareAsAlex(harness, 'share Q2 summary.docx with Lee Chen');
    const answer = await ask(harness, 'what did I share with Lee?');
    assert.match(answer, /Q2 summary\.docx/);
    assert.doesNotMatch(answer, /report\.xlsx/);
  });

  it('says so when nothing was shared in that period', async () => {
    assert.match(
      await ask(harness, 'what did I share yesterday?'),
      /haven't shared anything through Sharebot yesterday/,
    );
    assert.match(await ask(harness, 'my shares'), /haven't shared anything through Sharebot yet/);
  });

  it('runs the help card’s examples of access that ends and of what was shared', async () => {
    const [timedShare, question] = timedAndHistoryExamples;
    const conversation = personalChat(alex);
    const sent = await harness.teams.say(timedShare as string, { from: alex, conversation });
    const card = cardMessage(sent.at(-1) as (typeof sent)[number], conversation);
    const shared = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(shared), /Shared/);
    assert.match(textOf(shared), /Access ends/);
    const answer = await ask(harness, question as string);
    assert.match(answer, /report\.xlsx.*Lee Chen \(can view, has access\)/);
  });

  it('keeps the list private in a group chat', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const answer = await ask(harness, 'what did I share today?', conversations.groupChat);
    assert.match(answer, /only show it to you/);
    assert.doesNotMatch(answer, /Ana Lopez/);
  });
});
