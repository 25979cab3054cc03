import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { sentInvites } from '../support/sent-invites';
import { hasGrant } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';

describe('the options on the confirmation card', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({ lossyProxy: true });
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    harness.proxy?.clear();
    await harness.sandbox.reset();
  });

  async function ask(text: string): Promise<CardMessage> {
    const conversation = personalChat(alex);
    const sent = await harness.teams.say(text, { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
    return cardMessage(last, conversation);
  }

  async function leeCanView(): Promise<boolean> {
    const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
    const permissions = await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id);
    return hasGrant(permissions, people.lee, 'read');
  }

  it('holds Share back when Notify is unticked on a card with a message, and sends the message once Notify is on', async () => {
    const card = await ask('share report.xlsx with Lee Chen saying "figures for Monday"');
    const held = replaced(
      card,
      await harness.teams.click(card, 'share.confirm', { from: alex, inputs: { notify: 'false' } }),
    );
    assert.match(cardText(held), /Notify by email is off, so your message would not be sent/);
    assert.match(cardText(held), /Nothing was shared/);
    assert.deepEqual(sentInvites(harness.proxy), []);
    assert.equal(await leeCanView(), false);

    const result = await harness.teams.click(held, 'share.confirm', {
      from: alex,
      inputs: { notify: 'true' },
    });
    assert.match(textOf(result), /Shared/);
    const [invite] = sentInvites(harness.proxy);
    assert.equal(invite?.sendInvitation, true);
    assert.equal(invite?.message, 'figures for Monday');
    assert.equal(await leeCanView(), true);
  });

  it('shares without an email once the message is cleared', async () => {
    const card = await ask('share report.xlsx with Lee Chen saying "figures for Monday"');
    const result = await harness.teams.click(card, 'share.confirm', {
      from: alex,
      inputs: { notify: 'false', message: '' },
    });
    assert.match(textOf(result), /Shared/);
    const invites = sentInvites(harness.proxy);
    assert.equal(invites.length, 1);
    assert.equal(invites[0]?.sendInvitation, false);
    assert.equal(invites[0]?.message, undefined);
  });

  const noEmailWithMessage = [
    'share report.xlsx with Lee Chen, no email, saying "figures for Monday"',
    'quietly share report.xlsx with Lee Chen with the note "figures for Monday"',
  ];
  for (const says of noEmailWithMessage) {
    it(`says on the card that the message will not go out: ${says}`, async () => {
      const card = await ask(says);
      assert.match(cardText(card), /Notify by email is off, so your message would not be sent/);
      await harness.teams.click(card, 'share.confirm', { from: alex });
      assert.deepEqual(sentInvites(harness.proxy), [], 'no invite while the message would be dropped');
    });
  }

  // The bot runs on the real clock, so the end is checked by its shape: "Fri 8 May, 23:59".
  const expiries = ['until Friday', 'till Friday', 'for 2 weeks', 'expires next Tuesday'];
  for (const words of expiries) {
    it(`says once when access ends on a drive whose invitations cannot end: "${words}"`, async () => {
      const card = await ask(`share report.xlsx with Lee Chen ${words}`);
      const text = cardText(card);
      const ends =
        /Access ends \p{L}{3} \d{1,2} \p{L}{3}( \d{4})?, \d{2}:\d{2} \\?\((your time|UTC)\\?\)\. Sharebot removes it then\./gu;
      assert.equal(text.match(ends)?.length, 1, text);
      assert.doesNotMatch(text, /until until|until till|until for|until expires|will not expire/);
    });
  }
});
