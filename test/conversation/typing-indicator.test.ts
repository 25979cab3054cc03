import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { people } from '../support/demo-tenant';
import { personalChat } from '../support/teams-people';

const alex = people.alex;

describe('the typing indicator', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  it('reaches the chat before the confirmation card when a message makes Sharebot read Graph', async () => {
    const conversation = personalChat(alex);
    const sentBefore = harness.channel.sent.length;
    const typingBefore = harness.channel.typing.length;
    const sent = await harness.teams.say('share /Reports/report.xlsx with Ana Lopez', {
      from: alex,
      conversation,
    });
    const typing = harness.channel.typing.slice(typingBefore);
    assert.equal(typing.length, 1, 'one typing indicator per turn');
    assert.equal(typing[0].sentBefore, sentBefore, 'nothing else was sent before it');
    assert.ok(sent[0]?.body.attachments?.length, 'the next thing sent is the card');
  });

  it('is not sent for a message that needs no Graph call', async () => {
    const typingBefore = harness.channel.typing.length;
    const sent = await harness.teams.say('help', { from: alex, conversation: personalChat(alex) });
    assert.ok(sent.length > 0);
    assert.equal(harness.channel.typing.length, typingBefore);
  });
});
