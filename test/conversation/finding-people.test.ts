import assert from 'node:assert/strict';
import path from 'node:path';
import type { AdaptiveCard } from '../../src/cards/adaptive-card';
import { BotHarness } from '../support/bot-harness';
import { cardOf } from '../support/card-messages';
import { allActions, jsonText } from '../support/card-queries';
import { type RefusalCase, runRefusalCase, runShareCase, type ShareCase } from '../support/share-scenario';
import type { Participant, TestConversation } from '../support/teams-people';

/** A tenant whose names are spelt in many ways (test/conversation/fixtures/people-tenant.json). */
const tenantFile = path.join(__dirname, 'fixtures', 'people-tenant.json');

const person = (aadObjectId: string, name: string, email: string): Participant => ({
  aadObjectId,
  name,
  email,
});
const alex = person('8c7ca78a-2ea0-4c4b-b89b-2ba814bbd855', 'Alex Wilber', 'alexw@contoso.com');
const anaLopez = person('e801019d-0792-4b21-95bb-98098f4fa534', 'Ana Lopez', 'ana.lopez@contoso.com');
const priya = person(
  '1e2ea7b5-8fa0-4452-b2b2-8c6dd556f8b2',
  'Priya Natarajan',
  'priya.natarajan@contoso.com',
);
const jon = person('2b7d5c1e-6a40-4f3e-9c1d-7e5a0b3f9d21', 'Jon Smith', 'jon.smith@contoso.com');
const juergen = person(
  '3c8e6d2f-7b51-4a4f-8d2e-8f6b1c4a0e32',
  'Jürgen Müller',
  'juergen.mueller@contoso.com',
);
const hans = person('4d9f7e3a-8c62-4b5a-9e3f-9a7c2d5b1f43', 'Hans Mueller', 'hans.mueller@contoso.com');
const maria = person(
  '5ea08f4b-9d73-4c6b-8f4a-ab8d3e6c2a54',
  'María García-López',
  'maria.garcialopez@contoso.com',
);
const sean = person('d8079edb-2e97-4ab5-8345-09e9a17da7d7', "Seán O'Brien", 'sean.obrien@contoso.com');
const wei = person('6fb1a05c-ae84-4d7c-9a5b-bc9e4f7d3b65', '陈伟', 'wei.chen@contoso.com');
const heinz = person('7ac2b16d-bf95-4e8d-8b6c-cdaf5a8e4c76', 'Heinz Weiß', 'heinz.weiss@contoso.com');
const michal = person('9ce4d38f-d1b7-4a0f-8d8e-efc07ca06e98', 'Michal Novák', 'michal.novak@contoso.com');
const groups = {
  design: { groupId: 'c8a6e6ce-af0f-4296-8acf-ef59579b6d28' },
  finance: { groupId: '6c234e86-cb1d-47c3-8247-32ea035bebfe' },
  atlas: { groupId: 'a1f5e49a-e2c8-4b1a-9e9f-f0d18db17fa9' },
  launch: { groupId: 'b2a6f5ab-f3d9-4c2b-8fa0-a1e29ec28ab0' },
};

const report = { path: '/Reports/report.xlsx' };

/** Names written the way people write them, each ending in a confirmed share with the right person. */
const shares: [string, ShareCase][] = [
  [
    'an umlaut typed as "ue"',
    {
      says: 'share report.xlsx with Juergen Mueller',
      item: report,
      grants: [{ to: juergen, role: 'read' }],
    },
  ],
  [
    'an umlaut typed without its dots',
    { says: 'share report.xlsx with jurgen muller', item: report, grants: [{ to: juergen, role: 'read' }] },
  ],
  [
    'ß typed as ss',
    {
      says: 'give Heinz Weiss edit access to report.xlsx',
      item: report,
      grants: [{ to: heinz, role: 'write' }],
    },
  ],
  [
    'a hyphenated surname typed with a space and no accents, straight to the card',
    {
      says: 'share report.xlsx with Garcia Lopez',
      item: report,
      grants: [{ to: maria, role: 'read' }],
      cardShows: ['“Garcia Lopez” matched only María García-López'],
    },
  ],
  [
    'a hyphenated name typed with the hyphen but no accents',
    {
      says: 'share report.xlsx with Maria Garcia-Lopez',
      item: report,
      grants: [{ to: maria, role: 'read' }],
    },
  ],
  [
    'an apostrophe left out',
    {
      says: 'share report.xlsx with OBrien',
      item: report,
      grants: [{ to: sean, role: 'read' }],
      cardShows: ['“OBrien” matched only Seán O'],
    },
  ],
  [
    'an apostrophe typed as a space',
    { says: 'share report.xlsx with sean o brien', item: report, grants: [{ to: sean, role: 'read' }] },
  ],
  [
    'a Latin name for a display name in another script, found by the address',
    {
      says: 'share report.xlsx with Wei Chen',
      item: report,
      grants: [{ to: wei, role: 'read' }],
      cardShows: ['“Wei Chen” matched only 陈伟', '陈伟 (wei.chen@contoso.com)'],
    },
  ],
  [
    'an accent typed where the directory has one',
    { says: 'share report.xlsx with Michal Novak', item: report, grants: [{ to: michal, role: 'read' }] },
  ],
  [
    'a misspelt surname, picked on the "did you mean" card',
    {
      says: 'share report.xlsx with Ana Lopes',
      picks: ['Ana Lopez'],
      item: report,
      grants: [{ to: anaLopez, role: 'read' }],
    },
  ],
  [
    'two letters swapped, picked on the "did you mean" card',
    {
      says: 'share report.xlsx with Jon Smiht',
      picks: ['Jon Smith'],
      item: report,
      grants: [{ to: jon, role: 'read' }],
    },
  ],
  [
    'a letter left out of a long surname',
    {
      says: 'share report.xlsx with Priya Natarjan as editor',
      picks: ['Priya Natarajan'],
      item: report,
      grants: [{ to: priya, role: 'write' }],
    },
  ],
  [
    'a surname two spellings share, picked',
    {
      says: 'share report.xlsx with Mueller',
      picks: ['Hans Mueller'],
      item: report,
      grants: [{ to: hans, role: 'read' }],
    },
  ],
  [
    '"the design team"',
    {
      says: 'share report.xlsx with the design team',
      item: report,
      grants: [{ to: groups.design, role: 'read' }],
      cardShows: [/Group/, 'Everyone in Design Team'],
    },
  ],
  [
    '"Finance team" in lower case',
    {
      says: 'share report.xlsx with Finance team as editors',
      item: report,
      grants: [{ to: groups.finance, role: 'write' }],
    },
  ],
  [
    '"the Atlas project team" for the group Atlas Project',
    {
      says: 'share report.xlsx with the Atlas project team',
      item: report,
      grants: [{ to: groups.atlas, role: 'read' }],
      cardShows: ['Everyone in Atlas Project'],
    },
  ],
  [
    '"the launch team" for a team named just Launch',
    {
      says: 'give the launch team access to report.xlsx',
      item: report,
      grants: [{ to: groups.launch, role: 'read' }],
    },
  ],
];

/** Channels of the Launch team, as Teams describes them in `channelData` (docs/teams-notes.md §T16). */
const launchTeam = { id: '19:launch-general@thread.tacv2', aadGroupId: groups.launch.groupId };
const channels = {
  withGroupId: { id: '19:launch-general@thread.tacv2;messageid=7', type: 'channel', team: launchTeam },
  groupIdFromDetails: {
    id: '19:launch-plans@thread.tacv2;messageid=8',
    type: 'channel',
    team: {
      id: '19:launch-general@thread.tacv2',
      detailsGroupId: groups.launch.groupId,
      channelType: 'standard',
    },
  },
  private: {
    id: '19:launch-leads@thread.tacv2;messageid=9',
    type: 'channel',
    team: { ...launchTeam, channelType: 'private' },
  },
  teamUnknown: {
    id: '19:mystery@thread.tacv2;messageid=10',
    type: 'channel',
    team: { id: '19:mystery@thread.tacv2' },
  },
} satisfies Record<string, TestConversation>;

/** "This team" and "this channel" in a team's channel: the team's Microsoft 365 group. */
const teamShares: [string, ShareCase][] = [
  [
    '"everyone in this team" in a channel',
    {
      says: 'share report.xlsx with everyone in this team',
      conversation: channels.withGroupId,
      item: report,
      grants: [{ to: groups.launch, role: 'read' }],
      cardShows: ['Everyone in Launch'],
    },
  ],
  [
    '"this channel" in a standard channel whose team Teams names only by thread id',
    {
      says: 'give this channel edit access to report.xlsx',
      conversation: channels.groupIdFromDetails,
      item: report,
      grants: [{ to: groups.launch, role: 'write' }],
    },
  ],
  [
    '"the whole team" in a private channel',
    {
      says: 'share report.xlsx with the whole team',
      conversation: channels.private,
      item: report,
      grants: [{ to: groups.launch, role: 'read' }],
    },
  ],
];

/** Names that must end in a question or a refusal, and never in a share Sharebot guessed. */
const noGuesses: [string, RefusalCase][] = [
  [
    'a misspelt name, and none of the suggestions',
    { says: 'share report.xlsx with Ana Lopes', picks: ['none'], reply: /Nothing (was )?shared/i },
  ],
  [
    'swapped letters, and none of the suggestions',
    { says: 'share report.xlsx with Jon Smiht', picks: ['none'], reply: /Nothing (was )?shared/i },
  ],
  [
    'a surname two people could have, and none of them',
    { says: 'share report.xlsx with Muller', picks: ['none'], reply: /Nothing (was )?shared/i },
  ],
  [
    'a first name two people share',
    {
      says: 'share report.xlsx with Michael',
      reply: /Who did you mean by “Michael”.*Michael Novak.*Michal Novák/s,
    },
  ],
  [
    'a short word that is not corrected',
    { says: 'share report.xlsx with Jan Smith', reply: /couldn't find “Jan Smith”/ },
  ],
  [
    'a name no one is close to',
    { says: 'share report.xlsx with Zhang Xiaoming', reply: /couldn't find “Zhang Xiaoming”/ },
  ],
  [
    'a team that does not exist',
    { says: 'share report.xlsx with the marketing team', reply: /couldn't find “marketing team”/ },
  ],
  [
    '"everyone in this team" in a personal chat',
    { says: 'share report.xlsx with everyone in this team', reply: /only works in a channel of the team/ },
  ],
  [
    '"everyone in this channel" in a private channel, whose members are not the team',
    {
      says: 'share report.xlsx with everyone in this channel',
      conversation: channels.private,
      reply: /This channel has its own members/,
    },
  ],
  [
    '"this team" in a channel whose team Teams does not name',
    {
      says: 'share report.xlsx with this team',
      conversation: channels.teamUnknown,
      reply: /which team this channel belongs to/,
    },
  ],
  [
    'a misspelt name asks "did you mean" and offers only close names',
    {
      says: 'share report.xlsx with Ana Lopes',
      reply: /couldn’t find anyone called “Ana Lopes”\. Did you mean one of these\?.*Ana Lopez/s,
    },
  ],
];

describe('finding the right people over the Bot Framework protocol', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({ tenantFile });
  });
  after(async () => {
    await harness?.close();
  });

  for (const [name, row] of shares) {
    it(`shares with ${name}: ${row.says}`, async () => {
      await runShareCase(harness, { from: alex, ...row });
    });
  }

  for (const [name, row] of teamShares) {
    it(`shares with ${name}: ${row.says}`, async () => {
      await runShareCase(harness, { from: alex, ...row });
    });
  }

  for (const [name, row] of noGuesses) {
    it(`shares nothing for ${name}: ${row.says}`, async () => {
      await runRefusalCase(harness, { from: alex, ...row });
    });
  }

  it('offers "did you mean" only for close names, on buttons that each say whom they choose', async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
    const [sent] = await harness.teams.say('share report.xlsx with Michael Nowak', { from: alex });
    assert.ok(sent, 'the bot said nothing');
    const card = cardOf(sent);
    assert.match(jsonText(card), /Did you mean one of these/);
    const titles = allActions(card as unknown as AdaptiveCard).map((action) => action.title);
    assert.deepEqual(titles, ['Choose Michael Novak', 'Choose Michal Novák', 'None of these']);
    const log = await harness.sandbox.requests();
    const outsideBatches = log.filter((entry) => !entry.batchId && !entry.path.startsWith('/v1.0/$batch'));
    const batches = new Set(log.filter((entry) => entry.batchId).map((entry) => entry.batchId));
    assert.deepEqual(
      [outsideBatches.length, batches.size],
      [0, 1],
      'the people were looked up in one $batch',
    );
    assert.ok(
      log.some(
        (entry) => entry.batchId && /^\/v1\.0\/users\?.*\$search=/.test(decodeURIComponent(entry.path)),
      ),
      'the word-start search of the directory rode in that $batch',
    );
  });
});
