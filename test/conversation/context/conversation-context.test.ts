import { BotHarness } from '../../support/bot-harness';
import { people } from '../../support/demo-tenant';
import { runTalkCase, type TalkCase } from '../../support/talk-scenario';

const report = '/Reports/report.xlsx';
const confirmed = /Shared/;

/**
 * Conversations that go over several messages, through the real bot over the Bot Framework
 * protocol against the sandbox: answers to Sharebot's questions complete the request, follow-ups
 * act on the last share, and every share still goes through a confirmation card. Each row is
 * judged by the sandbox's permissions afterwards.
 */
const answers: [string, TalkCase][] = [
  [
    'a file name answers "Which file or folder should I share?"',
    {
      steps: [
        { says: 'share with Lee Chen', reply: /Which file or folder should I share/ },
        { says: 'report.xlsx', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
    },
  ],
  [
    'a name answers "Who should get access?"',
    {
      steps: [
        { says: 'can you share Q2 summary.docx', reply: /Who should get access to/ },
        { says: 'Mateo Rossi', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Reports/2026/Q2/Q2 summary.docx', to: people.mateo, role: 'read' }],
    },
  ],
  [
    'an address with a role answers "Who should get access?"',
    {
      steps: [
        { says: 'share Launch Deck v3.pptx', reply: /Who should get access/ },
        { says: 'priya.natarajan@contoso.com as editor', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Launch Deck v3.pptx', to: people.priya, role: 'write' }],
    },
  ],
  [
    'a role word answers "view or edit?"',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as commenter', reply: /view.*edit/ },
        { says: 'view', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    'a typed answer picks from a file pick card ("the 2027 one")',
    {
      steps: [
        { says: 'share plan.xlsx with Mateo Rossi', card: 'share.pickFile' },
        { says: 'the 2027 one', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Finance/2027/plan.xlsx', to: people.mateo, role: 'read' }],
      notGranted: [{ path: '/Finance/2026/plan.xlsx', to: people.mateo, role: 'read' }],
    },
  ],
  [
    'a typed position picks from a file pick card ("the second one")',
    {
      steps: [
        { says: 'share budget.xlsx with Lee Chen', card: 'share.pickFile' },
        { says: 'the second one', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: '/Finance/2027/budget.xlsx', to: people.lee, role: 'read' }],
      notGranted: [{ path: '/Finance/2026/budget.xlsx', to: people.lee, role: 'read' }],
    },
  ],
  [
    'a typed name picks from a person pick card',
    {
      steps: [
        { says: 'share report.xlsx with Ana', card: 'share.pickPerson' },
        { says: 'Ana Silva', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.anaSilva, role: 'read' }],
      notGranted: [{ path: report, to: people.anaLopez, role: 'read' }],
    },
  ],
];

const followUps: [string, TalkCase][] = [
  [
    '"also share it with …" shares the same item with new people, through a new card',
    {
      steps: [
        { says: 'share report.xlsx with Ana Lopez', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        {
          says: 'also share it with Mateo Rossi',
          card: 'share.confirm',
          reply: /report\.xlsx[\s\S]*Mateo Rossi/,
        },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [
        { path: report, to: people.anaLopez, role: 'read' },
        { path: report, to: people.mateo, role: 'read' },
      ],
    },
  ],
  [
    '"and the Q3 summary too" shares another item with the same people',
    {
      steps: [
        { says: 'share Q2 summary.docx with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'and the Q3 summary too', card: 'share.confirm', reply: /Q3 summary\.docx[\s\S]*Lee Chen/ },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [
        { path: '/Reports/2026/Q2/Q2 summary.docx', to: people.lee, role: 'read' },
        { path: '/Reports/2026/Q3/Q3 summary.docx', to: people.lee, role: 'read' },
      ],
    },
  ],
  [
    '"make it view only" before Share replaces the card, and the old card can no longer share',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as editor', card: 'share.confirm' },
        { says: 'make it view only', card: 'share.confirm' },
        { click: 'share.confirm', on: 'first', reply: /cancel|Nothing was shared/i },
        { click: 'share.confirm', on: 'newest', reply: confirmed },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    '"actually edit" before Share gives the new card edit',
    {
      steps: [
        { says: 'share report.xlsx with Mateo Rossi', card: 'share.confirm' },
        { says: 'actually edit', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
      ],
      grants: [{ path: report, to: people.mateo, role: 'write' }],
    },
  ],
  [
    '"actually edit" after Share offers a role change, and changes nothing before its click',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        {
          says: 'actually edit',
          card: 'role.change',
          reply: /Change Lee Chen from Can view to Can edit on report\.xlsx\?/,
        },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    '"make it view only" after an edit share changes that permission once Change role is clicked',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as editor', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'make it view only', card: 'role.change' },
        { click: 'role.change', reply: /Lee Chen can view report\.xlsx now/ },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
      notGranted: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    '"make him an editor instead" after Share changes the role of the one person shared with',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'make him an editor instead', card: 'role.change' },
        { click: 'role.change', reply: /Lee Chen can edit report\.xlsx now/ },
      ],
      grants: [{ path: report, to: people.lee, role: 'write' }],
    },
  ],
  [
    '"undo that" shows the Undo confirmation, which removes the access',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'undo that', card: 'share.undoConfirm' },
        { click: 'share.undoConfirm' },
      ],
      notGranted: [{ path: report, to: people.lee, role: 'read' }],
    },
  ],
  [
    "a reply in the thread of a share is in that thread's context; another thread has none",
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', in: 'threadA', card: 'share.confirm' },
        { click: 'share.confirm', reply: confirmed },
        { says: 'undo that', in: 'threadB', reply: /don't have a recent share/ },
        { says: 'undo that', in: 'threadA', card: 'share.undoConfirm' },
      ],
      grants: [{ path: report, to: people.lee, role: 'read' }],
    },
  ],
  [
    '"never mind" closes the question: a name afterwards is not an answer',
    {
      steps: [
        { says: 'share report.xlsx', reply: /Who should get access/ },
        { says: 'never mind', reply: /Nothing was shared/ },
        { says: 'Lee Chen', reply: /didn't understand/ },
      ],
      noInvite: true,
    },
  ],
  [
    '"cancel" cancels the card waiting for Share',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', card: 'share.confirm' },
        { says: 'cancel', reply: /Nothing was shared/ },
        { click: 'share.confirm', reply: /cancel|Nothing was shared/i },
      ],
      noInvite: true,
    },
  ],
];

/** Answers and follow-ups that must ask again or refuse, and never share. */
const refusals: [string, TalkCase][] = [
  [
    'a pronoun does not answer "Who should get access?"',
    {
      steps: [
        { says: 'share report.xlsx', reply: /Who should get access/ },
        { says: 'him', reply: /still need who/ },
      ],
      noInvite: true,
    },
  ],
  [
    'a word that is no role does not answer "view or edit?"',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen as commenter', reply: /view.*edit/ },
        { says: 'whatever works', reply: /Should they \*\*view\*\* or \*\*edit\*\*/ },
      ],
      noInvite: true,
    },
  ],
  [
    'a position the pick card does not have asks again',
    {
      steps: [
        { says: 'share plan.xlsx with Mateo Rossi', card: 'share.pickFile' },
        { says: 'the fourth one', reply: /could not tell which one/ },
      ],
      noInvite: true,
    },
  ],
  [
    'words no single choice shows ask again',
    {
      steps: [
        { says: 'share plan.xlsx with Mateo Rossi', card: 'share.pickFile' },
        { says: 'the finance one', reply: /could not tell which one/ },
      ],
      noInvite: true,
    },
  ],
  [
    'a new request while a question is open is read as that new request',
    {
      steps: [
        { says: 'share report.xlsx', reply: /Who should get access to “report\.xlsx”/ },
        { says: 'share Q2 summary.docx', reply: /Who should get access to “Q2 summary\.docx”/ },
      ],
      noInvite: true,
    },
  ],
  [
    '"undo that" with no share here',
    { steps: [{ says: 'undo that', reply: /don't have a recent share/ }], noInvite: true },
  ],
  [
    '"make it view only" with no share here',
    { steps: [{ says: 'make it view only', reply: /don't have a recent share/ }], noInvite: true },
  ],
  [
    '"also share it with …" with no share here asks which file',
    {
      steps: [{ says: 'also share it with Lee Chen', reply: /Which file or folder should I share/ }],
      noInvite: true,
    },
  ],
  [
    '"undo that" before Share says nothing was shared yet',
    {
      steps: [
        { says: 'share report.xlsx with Lee Chen', card: 'share.confirm' },
        { says: 'undo that', reply: /Nothing has been shared yet/ },
      ],
      noInvite: true,
    },
  ],
  ['"thanks" gets one line', { steps: [{ says: 'thanks!', reply: /^You're welcome\.$/ }], noInvite: true }],
  [
    'another language gets the English-only sentence',
    {
      steps: [{ says: '¿Puedes compartir el informe con Ana?', reply: /only understand English/ }],
      noInvite: true,
    },
  ],
  [
    'an unreadable message gets one sentence, not the help card',
    {
      steps: [
        { says: 'what about lunch', reply: /^Sorry, I didn't understand that — type "help" for examples\.$/ },
      ],
      noInvite: true,
    },
  ],
];

describe('a conversation that remembers', function () {
  this.timeout(60_000);
  let harness: BotHarness;
  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness.close();
  });

  for (const [title, row] of answers) it(`answers: ${title}`, () => runTalkCase(harness, row));
  for (const [title, row] of followUps) it(`follow-ups: ${title}`, () => runTalkCase(harness, row));
  for (const [title, row] of refusals) it(`asks again or refuses: ${title}`, () => runTalkCase(harness, row));
});
