import assert from 'node:assert/strict';
import { sharedAzurite } from '../support/azurite';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { personalChat } from '../support/teams-people';

const alex = people.alex;

async function inviteCount(harness: BotHarness): Promise<number> {
  const log = await harness.sandbox.requests();
  return log.filter((r) => r.method === 'POST' && r.path.split('?')[0].endsWith('/invite')).length;
}

describe('two Sharebot instances on one Blob container (Azurite)', function () {
  this.timeout(60_000);
  let first: BotHarness;
  let second: BotHarness;

  before(async () => {
    const azurite = await sharedAzurite();
    const env = {
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: 'scale-out',
    };
    first = await BotHarness.start({ env });
    second = await BotHarness.start({ env });
  });
  after(async () => {
    await first?.close();
    await second?.close();
  });

  it('shares once when the same card is clicked on both instances at the same moment', async () => {
    const sent = await first.teams.say('share report.xlsx with Lee Chen', { from: alex });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, 'a confirmation card');
    const card = cardMessage(last, personalChat(alex));
    const answers = await Promise.all([
      second.teams.click(card, 'share.confirm', { from: alex }),
      first.teams.click(card, 'share.confirm', { from: alex }),
    ]);
    assert.equal((await inviteCount(first)) + (await inviteCount(second)), 1);
    assert.ok(answers.some((answer) => /Shared/.test(textOf(answer))));
  });
});
