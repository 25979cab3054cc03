import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, cardText, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { FailingStorage } from '../support/failing-storage';
import { personalChat } from '../support/teams-people';

describe('when a turn fails on Sharebot side', function () {
  this.timeout(30_000);
  let harness: BotHarness;
  const storage = new FailingStorage();

  before(async () => {
    harness = await BotHarness.start({ overrides: { storage, log: () => undefined } });
  });
  afterEach(() => {
    storage.failWrites = false;
  });
  after(async () => {
    await harness?.close();
  });

  it('a message is answered with what was not done (nothing shared) and what to try', async () => {
    storage.failWrites = true;
    const sent = await harness.teams.say('share report.xlsx with Ana Lopez', { from: people.alex });
    assert.equal(sent.length, 1);
    const text = textOf(sent[0] as never);
    assert.match(text, /Nothing was shared/);
    assert.match(text, /send your request again/);
    assert.doesNotMatch(text, /^Sorry, something went wrong/);
  });

  it('a Share click gets an invoke response with a notice that claims nothing about the share', async () => {
    const [confirm] = await harness.teams.say('share report.xlsx with Ana Lopez', { from: people.alex });
    assert.ok(confirm);
    storage.failWrites = true;
    const answer = await harness.teams.click(
      cardMessage(confirm, personalChat(people.alex)),
      'share.confirm',
      {
        from: people.alex,
      },
    );
    assert.equal(answer.statusCode, 200);
    const text = cardText({ conversation: personalChat(people.alex), card: answer.value as never });
    assert.match(text, /couldn't finish this click/);
    assert.match(text, /send the request again/);
    assert.doesNotMatch(text, /Nothing was shared|nothing was shared/);
  });
});
