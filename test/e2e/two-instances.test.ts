import assert from 'node:assert/strict';
import { sharedAzurite } from '../support/azurite';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { ProcessHarness } from '../support/process-harness';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';
const invitePath = /\/invite(\?|$)/;

describe('two Sharebot processes on one Azurite container (STORAGE=blob)', function () {
  this.timeout(90_000);
  let harness: ProcessHarness;

  before(async () => {
    const azurite = await sharedAzurite();
    harness = await ProcessHarness.start({
      instances: 2,
      env: {
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: azurite.connectionString,
        BLOB_CONTAINER: 'two-instances',
      },
    });
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
  });

  async function askThrough(instance: number, text: string): Promise<CardMessage> {
    const conversation = personalChat(alex);
    const sent = await harness.teams(instance).say(text, { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, `expected a card for "${text}"`);
    return cardMessage(last, conversation);
  }

  async function invitesSent(): Promise<number> {
    const log = await harness.sandbox.requests();
    return log.filter((r) => r.method === 'POST' && invitePath.test(r.path)).length;
  }

  it('shares from a confirmation card made through one instance and confirmed through the other', async () => {
    const card = await askThrough(0, 'share report.xlsx with Lee Chen');
    const result = replaced(card, await harness.teams(1).click(card, 'share.confirm', { from: alex }));
    assert.match(cardText(result), /Shared/);
    assert.deepEqual(await harness.asUser.rolesOf(alex.aadObjectId, reportPath, people.lee.aadObjectId), [
      'read',
    ]);
    assert.equal(await invitesSent(), 1);
  });

  it('invites exactly once when one card gets 20 Share clicks at once, spread over both instances', async () => {
    const card = await askThrough(1, 'share report.xlsx with Priya Natarajan');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => harness.teams(n % 2).click(card, 'share.confirm', { from: alex })),
    );
    assert.equal(await invitesSent(), 1);
    assert.deepEqual(await harness.asUser.rolesOf(alex.aadObjectId, reportPath, people.priya.aadObjectId), [
      'read',
    ]);
    // Every click shows where the one share stands; none says nothing was shared.
    for (const answer of answers) {
      assert.match(textOf(answer), /Shared|Sharing…/);
      assert.doesNotMatch(textOf(answer), /nothing was shared/i);
    }
  });
});
