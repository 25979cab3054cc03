import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardOf, cardText, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { conversations } from '../support/share-scenario';
import { personalChat, type TestConversation, teamsIdOf } from '../support/teams-people';

const alex = people.alex;
// report.xlsx is already shared with Tom Baker in the demo tenant: the detail that must stay private.
const sentence = 'share report.xlsx with Ana Lopez as editor';

async function confirmationIn(harness: BotHarness, conversation: TestConversation): Promise<CardMessage> {
  const sent = await harness.teams.say(sentence, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  return cardMessage(last, conversation);
}

/** The card's `refresh` section, as Teams reads it. */
function refreshOf(
  message: CardMessage,
): { action?: { verb?: string; data?: Record<string, unknown> }; userIds?: string[] } | undefined {
  return (message.card as { refresh?: never }).refresh;
}

describe('private details in group chats and channels (user-specific views)', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness.close();
  });

  for (const [kind, conversation] of Object.entries(conversations)) {
    it(`posts a confirmation in a ${kind} that names no one who already has access`, async () => {
      const card = await confirmationIn(harness, conversation);
      const text = cardText(card);
      assert.match(text, /Ana Lopez/, 'the person being shared with is on the card');
      assert.doesNotMatch(text, /People who already have access|Tom Baker/);
      assert.match(text, /Who already has access is shown to Alex Wilber only/);
      const refresh = refreshOf(card);
      assert.deepEqual(refresh?.userIds, [teamsIdOf(alex)]);
      assert.equal(refresh?.action?.verb, 'share.refresh');
    });

    it(`shows the requester every detail on their refresh in a ${kind}, and another member none`, async () => {
      const card = await confirmationIn(harness, conversation);
      const data = refreshOf(card)?.action?.data ?? {};
      const mine = await harness.teams.invoke(card, 'share.refresh', data, alex);
      assert.match(textOf(mine), /People who already have access/);
      assert.match(textOf(mine), /Tom Baker/);
      assert.deepEqual((cardOf(mine) as { refresh?: { userIds?: string[] } }).refresh?.userIds, [
        teamsIdOf(alex),
      ]);
      const theirs = await harness.teams.invoke(card, 'share.refresh', data, people.anaLopez);
      assert.doesNotMatch(textOf(theirs), /People who already have access|Tom Baker/);
      // The refresh never acts: Share is still there and nothing was shared.
      assert.deepEqual(
        await harness.asUser.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', people.anaLopez.aadObjectId),
        [],
      );
    });
  }

  it('keeps the full card in personal chat, with no refresh', async () => {
    const card = await confirmationIn(harness, personalChat(alex));
    assert.match(cardText(card), /People who already have access/);
    assert.match(cardText(card), /Tom Baker/);
    assert.equal(refreshOf(card), undefined);
  });

  it('still lets only the requester share from the private card', async () => {
    const card = await confirmationIn(harness, conversations.groupChat);
    const refused = await harness.teams.click(card, 'share.confirm', { from: people.anaLopez });
    assert.doesNotMatch(textOf(refused), /Shared/);
    const shared = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(shared), /Shared/);
  });
});
