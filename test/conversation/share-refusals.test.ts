import { BotHarness } from '../support/bot-harness';
import { people } from '../support/demo-tenant';
import { type RefusalCase, runRefusalCase } from '../support/share-scenario';

/** Sentences that must end in a clear answer and no share at all. */
const refusals: [string, RefusalCase][] = [
  [
    'explains that owner cannot be granted',
    {
      says: 'share report.xlsx with Ana Lopez as owner',
      reply: /can't make someone an owner.*Manage access/s,
    },
  ],
  [
    'explains that full control cannot be granted',
    { says: 'give Lee Chen full control of report.xlsx', reply: /can't make someone an owner/ },
  ],
  [
    'asks about a role Graph lacks',
    {
      says: 'share report.xlsx with Lee Chen as commenter',
      reply: /view.*edit.*not “commenter”|Which did you mean/s,
    },
  ],
  [
    'asks when two roles conflict',
    {
      says: 'share report.xlsx with Lee Chen, view and edit',
      reply: /Should they \*\*view\*\* or \*\*edit\*\*/,
    },
  ],
  [
    'says a person is unknown and suggests an email',
    {
      says: 'share report.xlsx with Zorro Unknownperson',
      reply: /couldn't find “Zorro Unknownperson”.*email address/s,
    },
  ],
  [
    'offers a near miss on a pick card rather than guessing',
    {
      says: 'share reprot.xlsx with Lee Chen',
      reply: /Which file did you mean by “reprot\.xlsx”.*report\.xlsx/s,
    },
  ],
  [
    'suggests a close name when search finds nothing',
    { says: 'share Roadmpa with Lee Chen', reply: /found nothing.*Did you mean “🚀 Roadmap\.pptx”/s },
  ],
  [
    'names what it searched for an unknown file',
    {
      says: 'share nonexistent-xyz.docx with Lee Chen',
      reply: /I looked for “nonexistent-xyz\.docx” in your OneDrive/,
    },
  ],
  [
    'offers both files of an ambiguous name, then shares nothing on "none of these"',
    { says: 'share plan.xlsx with Lee Chen', picks: ['none'], reply: /Nothing shared/ },
  ],
  [
    'offers both Anas, then shares nothing on "none of these"',
    { says: 'share report.xlsx with Ana', picks: ['none'], reply: /Nothing shared/ },
  ],
  [
    'asks who, when no one is named',
    { says: 'share report.xlsx', reply: /Who should get access to “report\.xlsx”/ },
  ],
  [
    'asks which file, when none is named',
    { says: 'share with Lee Chen', reply: /Which file or folder should I share/ },
  ],
  ['answers help with the help card', { says: 'help', reply: /Try one of these/ }],
  ['answers a greeting with the help card', { says: 'hi', reply: /Hi Alex/ }],
  [
    'answers small talk with one sentence that points to help',
    {
      says: "what's the weather like in Lisbon?",
      reply: /^Sorry, I didn't understand that — type "help" for examples\.$/,
    },
  ],
  [
    'says an address in the organisation does not exist',
    {
      says: 'share report.xlsx with nobody.here@contoso.com',
      reply: /No one in your organisation has the address/,
    },
  ],
  [
    'names the item of several that matches more than one file',
    {
      says: 'share report.xlsx and budget.xlsx with Lee Chen',
      reply:
        /each one must be clear:[\s\S]*“budget\.xlsx” matches 2 files or folders[\s\S]*Nothing was shared/,
    },
  ],
  [
    'names the items of a list that match nothing ("the Q1, Q2 and Q3 reports")',
    {
      says: 'share the Q1, Q2 and Q3 reports with Lee Chen',
      reply: /found nothing called “Q1 report”[\s\S]*Nothing was shared/,
    },
  ],
  [
    'tells a Teams user outside the tenant that nothing was shared',
    {
      says: 'share report.xlsx with Lee Chen',
      from: { aadObjectId: '00000000-1111-2222-3333-444444444444', name: 'Visitor' },
      reply: /don't appear to be a user of this organisation's Microsoft 365/,
    },
  ],
  [
    'says there is no one else in a chat of two',
    {
      says: 'share report.xlsx with everyone in this chat',
      where: 'groupChat',
      roster: [people.alex],
      reply: /no one else in this chat/,
    },
  ],
  [
    'refuses more than 20 people at once and suggests a group',
    {
      says: 'share report.xlsx with everyone in this chat',
      where: 'groupChat',
      roster: [
        people.alex,
        ...Array.from({ length: 21 }, (_, i) => ({
          aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          name: `Member ${i}`,
        })),
      ],
      reply: /at most 20 people at a time.*group/s,
    },
  ],
  [
    'refuses a list of more than 20 names',
    {
      says: `share report.xlsx with ${Array.from({ length: 21 }, (_, i) => `Person${i}`).join(', ')}`,
      reply: /at most 20 people/,
    },
  ],
  [
    'does not share with the requester alone',
    { says: 'share report.xlsx with alexw@contoso.com', reply: /You already have access/ },
  ],
  [
    'names an unknown file whose name has an emoji three characters in (once a URIError)',
    { says: 'share ab🎉.xlsx with Chen Wei', reply: /I looked for “ab🎉\.xlsx” in your OneDrive/ },
  ],
  [
    'quotes a very long file name in a bounded piece, cut between whole characters',
    {
      says: `share ${'Cafe\u0301'.repeat(40)}.docx with Lee Chen`,
      reply: /I looked for “(Cafe\u0301){19}Caf…” in your OneDrive/,
    },
  ],
  [
    'explains nothing can be found in an empty search',
    { says: 'share the Zebra folder with Lee Chen', reply: /I looked for “Zebra”/ },
  ],
  [
    'does not take an injected card verb as a share',
    { says: 'share.confirm', reply: /type "help" for examples|Try one of these/ },
  ],
];

describe('share requests that must not share', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  for (const [name, row] of refusals) {
    it(`${name}: ${row.says}`, async () => {
      await runRefusalCase(harness, row);
    });
  }
});
