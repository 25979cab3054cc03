import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const report = '/Reports/report.xlsx';

async function sharedWithAnaAndLee(harness: BotHarness): Promise<CardMessage> {
  const conversation = personalChat(alex);
  const sent = await harness.teams.say('share report.xlsx with Ana Lopez and Lee Chen', {
    from: alex,
    conversation,
  });
  const card = cardMessage(sent.at(-1) as (typeof sent)[number], conversation);
  const result = await harness.teams.click(card, 'share.confirm', { from: alex });
  assert.match(textOf(result), /Shared/);
  return replaced(card, result);
}

async function rolesOf(harness: BotHarness, person: (typeof people)[keyof typeof people]): Promise<string[]> {
  return await harness.asUser.rolesOf(alex.aadObjectId, report, person.aadObjectId);
}

describe('Undo for one person of a share', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  beforeEach(async () => {
    harness = await BotHarness.start();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('asks whose access should go, and removes only the one chosen', async () => {
    const result = await sharedWithAnaAndLee(harness);
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    assert.match(cardText(question), /Whose access should go\?/);
    assert.match(cardText(question), /Everyone above/);
    const choices = (JSON.stringify(question.card).match(/"title":"([^"]+)","value":"(\d+)"/g) ?? []).map(
      (c) => c.replace(/"title":"([^"]+)","value":"(\d+)"/, '$1=$2'),
    );
    const ana = choices.find((c) => c.startsWith('Ana Lopez='))?.split('=')[1];
    assert.ok(ana !== undefined, choices.join(', '));
    const after = await harness.teams.click(question, 'share.undoConfirm', {
      from: alex,
      inputs: { undoWho: ana },
    });
    assert.deepEqual(await rolesOf(harness, people.anaLopez), []);
    assert.deepEqual(await rolesOf(harness, people.lee), ['read']);
    assert.match(
      textOf(after),
      /Access this share gave was removed for Ana Lopez\. The others keep theirs\./,
    );
    assert.doesNotMatch(textOf(after), /Ana Lopez \(/, 'her line is gone from the result');
    assert.match(textOf(after), /Lee Chen/);
  });

  it('removes everyone with "Everyone above", as before', async () => {
    const result = await sharedWithAnaAndLee(harness);
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    await harness.teams.click(question, 'share.undoConfirm', { from: alex, inputs: { undoWho: 'all' } });
    assert.deepEqual(await rolesOf(harness, people.anaLopez), []);
    assert.deepEqual(await rolesOf(harness, people.lee), []);
  });

  it('refuses a choice that is no one on the share, removing nothing', async () => {
    const result = await sharedWithAnaAndLee(harness);
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    const refused = await harness.teams.click(question, 'share.undoConfirm', {
      from: alex,
      inputs: { undoWho: '7' },
    });
    assert.match(textOf(refused), /Access was not removed/);
    assert.deepEqual(await rolesOf(harness, people.anaLopez), ['read']);
    assert.deepEqual(await rolesOf(harness, people.lee), ['read']);
  });

  it('offers no choice when the share reached one person', async () => {
    const conversation = personalChat(alex);
    const sent = await harness.teams.say('share report.xlsx with Lee Chen', { from: alex, conversation });
    const card = cardMessage(sent.at(-1) as (typeof sent)[number], conversation);
    const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    assert.doesNotMatch(cardText(question), /Whose access should go/);
  });
});
