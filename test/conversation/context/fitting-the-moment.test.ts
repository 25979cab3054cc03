import { BotHarness } from '../../support/bot-harness';
import { people } from '../../support/demo-tenant';
import { runTalkCase, type TalkCase } from '../../support/talk-scenario';

const report = '/Reports/report.xlsx';
const confirmed = /Shared/;
const helpCard = /Sharebot shares your files/;

/**
 * More conversations over the Bot Framework protocol against the sandbox: help that answers the
 * question Sharebot has open, typed pick answers with typos, "… instead" before Share, follow-ups
 * that add people to the last item, and the one-line replies. Judged by the sandbox afterwards.
 */
const helpRows: [string, TalkCase][] = [
  [
    '"help" while Sharebot asks which file explains that question, and the answer still works',
    {
      steps: [
        { says: 'share with Lee Chen', reply: /Which file or folder should I share/ },
        { says: 'help', reply: /waiting for the file or folder[\s\S]*"report\.xlsx"[\s\S]*"cancel"/ },
        { says: 'report.xlsx', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
    },
  ],
  [
    '"help?" while Sharebot asks who explains that question; after "cancel" help is the card again',
    {
      steps: [
        { says: 'share report.xlsx', reply: /Who should get access/ },
        { says: 'help?', reply: /waiting for who should get access to “report\.xlsx”[\s\S]*"cancel"/ },
        { says: 'cancel', reply: /Nothing was shared/ },
        { says: 'help', reply: helpCard },
      ],
      noInvite: true,
    },
  ],
  [
    '"what can I say" while Sharebot asks view or edit explains the two words',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as commenter', reply: /view.*edit/ },
        { says: 'what can I say?', reply: /waiting for the access to give: type "view"[\s\S]*"edit"/ },
        { says: 'view', card: 'share.confirm' },
      ],
      noInvite: true,
    },
  ],
  [
    '"help" on a file pick card explains how to pick',
    {
      steps: [
        { says: 'share plan.xlsx with Mateo Rossi', card: 'share.pickFile' },
        { says: 'help', reply: /pick the file on the card[\s\S]*"the second one"/ },
      ],
      noInvite: true,
    },
  ],
  [
    '"help" on a person pick card explains how to pick, and a misspelt full name then picks',
    {
      steps: [
        { says: 'share report.xlsx with Ana', card: 'share.pickPerson' },
        { says: 'help', reply: /pick the person on the card[\s\S]*full name/ },
        { says: 'Ana Silav', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.anaSilva, role: 'read' }],
      notGranted: [{ path: report, to: people.anaLopez, role: 'read' }],
    },
  ],
  [
    '"help" with nothing open is the help card',
    { steps: [{ says: 'help', reply: helpCard }], noInvite: true },
  ],
];

const typoRows: [string, TalkCase][] = [
  [
    'a misspelt position picks from a file pick card ("the secnod one")',
    {
      steps: [
        { says: 'share budget.xlsx with Lee Chen', card: 'share.pickFile' },
        { says: 'the secnod one', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Finance/2027/budget.xlsx', to: people.lee, role: 'read' }],
      notGranted: [{ path: '/Finance/2026/budget.xlsx', to: people.lee, role: 'read' }],
    },
  ],
  [
    'a misspelt word both choices show picks neither',
    {
      steps: [
        { says: 'share budget.xlsx with Lee Chen', card: 'share.pickFile' },
        { says: 'the budjet', reply: /could not tell which one/ },
      ],
      noInvite: true,
    },
  ],
  [
    'a year one digit off picks neither',
    {
      steps: [
        { says: 'share budget.xlsx with Lee Chen', card: 'share.pickFile' },
        { says: 'the 2028 one', reply: /could not tell which one/ },
      ],
      noInvite: true,
    },
  ],
];

const followUpRows: [string, TalkCase][] = [
  [
    '"view instead" before Share replaces the card, and the old card can no longer share',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as editor', card: 'share.confirm' },
        { says: 'view instead', card: 'share.confirm' },
        { click: 'share.confirm', on: 'first', reply: /cancel|Nothing was shared/i },
        { click: 'share.confirm', on: 'newest', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    '"give them edit instead" before Share gives the new card edit',
    {
      steps: [
        { says: 'share report.xlsx with Mateo Rossi', card: 'share.confirm' },
        { says: 'give them edit instead', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.mateo, role: 'write' }],
    },
  ],
  [
    '"send it to …" after a share shares the same item with new people, through a new card',
    {
      steps: [
        { says: 'share report.xlsx with Ana Lopez', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'send it to Mateo Rossi', card: 'share.confirm', reply: /report\.xlsx[\s\S]*Mateo Rossi/ },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [
        { path: report, to: people.anaLopez, role: 'read' },
        { path: report, to: people.mateo, role: 'read' },
      ],
    },
  ],
  [
    '"forward it to …" after a share shares the same item',
    {
      steps: [
        { says: 'share Q2 summary.docx with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'forward it to Priya Natarajan', card: 'share.confirm', reply: /Q2 summary\.docx/ },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Reports/2026/Q2/Q2 summary.docx', to: people.priya, role: 'read' }],
    },
  ],
  [
    '"oh, and Lee Chen too" after a share shares the same item with Lee, not a file called Lee',
    {
      steps: [
        { says: 'share report.xlsx with Mateo Rossi', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'oh, and Lee Chen too', card: 'share.confirm', reply: /report\.xlsx[\s\S]*Lee Chen/ },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [
        { path: report, to: people.mateo, role: 'read' },
        { path: report, to: people.lee, role: 'read' },
      ],
    },
  ],
  [
    '"and the Q3 one too" after Q2 summary.docx is Q3 summary.docx, not the folder called Q3',
    {
      steps: [
        { says: 'share Q2 summary.docx with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'and the Q3 one too', card: 'share.confirm', reply: /Q3 summary\.docx[\s\S]*Lee Chen/ },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Reports/2026/Q3/Q3 summary.docx', to: people.lee, role: 'read' }],
      notGranted: [{ path: '/Reports/2026/Q3', to: people.lee, role: 'read' }],
    },
  ],
  [
    '"the 2027 one as well" after /Finance/2026/budget.xlsx is the 2027 budget, not the 2027 folder',
    {
      steps: [
        { says: 'share /Finance/2026/budget.xlsx with Mateo Rossi', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        {
          says: 'and the 2027 one as well',
          card: 'share.confirm',
          reply: /budget\.xlsx[\s\S]*Finance\/2027/,
        },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Finance/2027/budget.xlsx', to: people.mateo, role: 'read' }],
      notGranted: [{ path: '/Finance/2027', to: people.mateo, role: 'read' }],
    },
  ],
  [
    '"send it to …" in the thread of a share acts on that share; another thread has none',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', in: 'threadA', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'send it to Mateo Rossi', in: 'threadB', reply: /Which file or folder should I share/ },
        { says: 'send it to Mateo Rossi', in: 'threadA', card: 'share.confirm', reply: /report\.xlsx/ },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [
        { path: report, to: people.lee, role: 'read' },
        { path: report, to: people.mateo, role: 'read' },
      ],
    },
  ],
  [
    '"send it to …" with no share here asks which file, and shares nothing',
    {
      steps: [{ says: 'send it to Lee Chen', reply: /Which file or folder should I share/ }],
      noInvite: true,
    },
  ],
];

/** Items of the list that had no test over the protocol yet. */
const oneLiners: [string, TalkCase][] = [
  [
    '"no edits please" is a limit, not a person',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen, no edits please', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    'a first name with one match goes straight to the card, which shows whom it matched',
    {
      steps: [
        { says: 'share report.xlsx with Mateo', card: 'share.confirm', reply: /Mateo[\s\S]*Mateo Rossi/ },
      ],
      noInvite: true,
    },
  ],
  [
    'an expiry sentence reads correctly, with no "until until"',
    {
      steps: [
        {
          says: 'share report.xlsx with Lee Chen until Friday',
          card: 'share.confirm',
          reply: /^(?![\s\S]*until until)[\s\S]*Access ends Fri [\s\S]*Sharebot removes it then/,
        },
      ],
      noInvite: true,
    },
  ],
  [
    '"IT checklist" without its extension is the file, "IT" not read as "it"',
    {
      steps: [
        { says: 'Share the IT checklist spreadsheet with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Onboarding/IT checklist.xlsx', to: people.lee, role: 'read' }],
      notGranted: [{ path: '/Onboarding', to: people.lee, role: 'read' }],
    },
  ],
  [
    'a deck that does not exist is not the folder of the same name',
    {
      steps: [{ says: 'give lee access to the onboarding deck', reply: /found nothing/ }],
      noInvite: true,
    },
  ],
  [
    '"hmm make that read only" before Share lowers the waiting card to view',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as editor', card: 'share.confirm' },
        { says: 'hmm make that read only', card: 'share.confirm' },
        { click: 'share.confirm', on: 'newest', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    '"cancel" with nothing open gets one line',
    { steps: [{ says: 'cancel', reply: /^OK\. Nothing was shared\.$/ }], noInvite: true },
  ],
];

describe('a conversation that fits the moment', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness.close();
  });

  for (const [title, row] of helpRows) it(`help: ${title}`, () => runTalkCase(harness, row));
  for (const [title, row] of typoRows) it(`pick typos: ${title}`, () => runTalkCase(harness, row));
  for (const [title, row] of followUpRows) it(`follow-ups: ${title}`, () => runTalkCase(harness, row));
  for (const [title, row] of oneLiners) it(`one-liners: ${title}`, () => runTalkCase(harness, row));
});
