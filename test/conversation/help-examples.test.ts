import assert from 'node:assert/strict';
import { accessExamples, helpExamples } from '../../src/cards/help-card';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, cardText, textOf } from '../support/card-messages';
import { groups, people } from '../support/demo-tenant';
import { runShareCase, type ShareCase } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

/**
 * What each example on the help card does on the demo tenant: every one must end in a
 * confirmation card, then Share, then the grant in the sandbox. A new example needs a row here.
 */
const outcomes: Record<string, Omit<ShareCase, 'says'>> = {
  'share report.xlsx with Ana Lopez as editor': {
    item: { path: '/Reports/report.xlsx' },
    grants: [{ to: people.anaLopez, role: 'write' }],
  },
  'give maria.k@contoso.com read-only access to the Onboarding folder, no email': {
    item: { path: '/Onboarding' },
    grants: [{ to: people.maria, role: 'read' }],
    resultShows: [/no email/i],
  },
  "let the Design Team view 'Launch Deck v3.pptx' until Friday": {
    item: { path: '/Launch Deck v3.pptx' },
    grants: [{ to: { groupId: groups.design.id }, role: 'read' }],
  },
  'Priya Natarajan needs edit rights on /Finance/2027/plan.xlsx': {
    item: { path: '/Finance/2027/plan.xlsx' },
    grants: [{ to: people.priya, role: 'write' }],
  },
  'invite everyone in this chat to /Reports/2026/Q3/Q3 summary.docx, saying "please review by Monday"': {
    where: 'groupChat',
    roster: [people.alex, people.mateo, people.lee],
    item: { path: '/Reports/2026/Q3/Q3 summary.docx' },
    grants: [
      { to: people.mateo, role: 'read' },
      { to: people.lee, role: 'read' },
    ],
    cardShows: ['please review by Monday'],
  },
};

describe('every example on the help card works on the demo tenant', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness.close();
  });

  it('has an expected outcome for each example the card shows', () => {
    assert.deepEqual(Object.keys(outcomes).sort(), [...helpExamples].sort());
  });

  for (const example of helpExamples) {
    it(`"${example}" ends in a confirmation card, Share and the grant`, async () => {
      const outcome = outcomes[example];
      assert.ok(outcome, `no expected outcome for "${example}"`);
      await runShareCase(harness, { says: example, ...outcome });
    });
  }
});

describe('every access example on the help card works on the demo tenant', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness.close();
  });

  /** Says an example as Alex and returns the card it answered with. */
  async function cardFor(example: string) {
    const conversation = personalChat(people.alex);
    const last = (await harness.teams.say(example, { from: people.alex, conversation })).at(-1);
    assert.ok(last?.body.attachments, `a card for "${example}", got ${last ? textOf(last) : 'nothing'}`);
    return cardMessage(last, conversation);
  }

  it('has an expected outcome for each access example the card shows', () => {
    assert.deepEqual(
      [...accessExamples],
      ['who has access to report.xlsx?', 'remove Tom Baker from report.xlsx'],
    );
  });

  it('"who has access to report.xlsx?" lists the owner and Tom Baker, changing nothing', async () => {
    await harness.sandbox.clearRequests();
    const card = await cardFor('who has access to report.xlsx?');
    assert.match(cardText(card), /Alex Wilber.*Tom Baker/s);
    const changes = (await harness.sandbox.requests()).filter(
      (r) => r.method !== 'GET' && !r.path.includes('$batch'),
    );
    assert.deepEqual(changes, []);
  });

  it('"remove Tom Baker from report.xlsx" confirms, then removes Tom Baker\'s access only', async () => {
    const card = await cardFor('remove Tom Baker from report.xlsx');
    await harness.teams.click(card, 'access.remove', { from: people.alex });
    assert.deepEqual(
      await harness.asUser.rolesOf(people.alex.aadObjectId, '/Reports/report.xlsx', people.tom.aadObjectId),
      [],
    );
    assert.deepEqual(
      await harness.asUser.rolesOf(people.alex.aadObjectId, '/Reports/report.xlsx', people.alex.aadObjectId),
      ['owner'],
    );
  });
});
