import { BotHarness } from '../support/bot-harness';
import { drives, groups, people } from '../support/demo-tenant';
import { runShareCase, type ShareCase } from '../support/share-scenario';

const report = { path: '/Reports/report.xlsx' };

/**
 * Sentences people write, each run through the real bot over the Bot Framework protocol against
 * the sandbox tenant: the card is confirmed and the sandbox must then hold the expected grants.
 */
const itemForms: [string, ShareCase][] = [
  [
    'a file name with its extension',
    {
      says: 'share report.xlsx with Ana Lopez as editor',
      item: report,
      grants: [{ to: people.anaLopez, role: 'write' }],
    },
  ],
  [
    'a file name without its extension',
    { says: 'share report with Mateo Rossi', item: report, grants: [{ to: people.mateo, role: 'read' }] },
  ],
  [
    'a quoted name with spaces and brackets, and a note',
    {
      says: "pls share 'Board minutes (final).docx' to Lee Chen, note: for Thursday",
      item: { path: '/Board minutes (final).docx' },
      grants: [{ to: people.lee, role: 'read' }],
      cardShows: ['for Thursday'],
    },
  ],
  [
    'an unquoted name with spaces',
    {
      says: 'share Launch Deck v3.pptx with Priya Natarajan as editor',
      item: { path: '/Launch Deck v3.pptx' },
      grants: [{ to: people.priya, role: 'write' }],
    },
  ],
  [
    'a drive path',
    {
      says: 'Mateo Rossi needs edit rights on /Finance/2027/plan.xlsx',
      item: { path: '/Finance/2027/plan.xlsx' },
      grants: [{ to: people.mateo, role: 'write' }],
    },
  ],
  [
    'a pasted OneDrive link',
    {
      says: (item) => `share ${item.webUrl} w/ Priya Natarajan — she should be able to edit`,
      item: report,
      grants: [{ to: people.priya, role: 'write' }],
    },
  ],
  [
    'a folder by "the X folder"',
    {
      says: 'give maria.k@contoso.com read-only access to the onboarding folder, no email',
      item: { path: '/Onboarding' },
      grants: [{ to: people.maria, role: 'read' }],
      resultShows: [/no email/i],
    },
  ],
  [
    'a special folder',
    {
      says: 'share my Documents folder with Chloé Dubois',
      item: { path: '/Documents' },
      grants: [{ to: people.chloe, role: 'read' }],
    },
  ],
  [
    'a followed file in a team library',
    {
      says: 'share Colour palette.pdf with Isaiah Langer',
      item: { path: '/Brand/Colour palette.pdf', driveId: drives.designLibrary },
      grants: [{ to: people.isaiah, role: 'read' }],
    },
  ],
  [
    'a file in a team library by name',
    {
      // Lee, not Priya: Priya is in the Launch Team that owns the library, so she is not invited again.
      says: 'share Timeline.xlsx with Lee Chen',
      item: { path: '/Launch Planning/Timeline.xlsx', driveId: drives.launchLibrary },
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    'an accented name found twice, picked',
    {
      says: 'share Présentation été.pptx with Tom Baker',
      picks: ['your OneDrive'],
      item: { path: '/Présentation été.pptx' },
      grants: [{ to: people.tom, role: 'read' }],
    },
  ],
  [
    'a name with an emoji',
    {
      says: 'share 🚀 Roadmap.pptx with Lee Chen',
      item: { path: '/🚀 Roadmap.pptx' },
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    'a name with an apostrophe',
    {
      says: "share Seán's notes.docx with Priya Natarajan",
      item: { path: "/Meetings/Seán's notes.docx" },
      grants: [{ to: people.priya, role: 'read' }],
    },
  ],
  [
    'a name with square brackets',
    {
      says: 'share [Draft] plan.docx with Adele Vance as editor',
      item: { path: '/[Draft] plan.docx' },
      grants: [{ to: people.adele, role: 'write' }],
    },
  ],
  [
    'two files with the same name, picked by folder',
    {
      says: 'share budget.xlsx with Ana Lopez',
      picks: ['/Finance/2027 ·'],
      item: { path: '/Finance/2027/budget.xlsx' },
      grants: [{ to: people.anaLopez, role: 'read' }],
    },
  ],
  [
    'a folder named after its parent',
    {
      says: 'share the Reports folder with Patti Fernandez as editor',
      item: { path: '/Reports' },
      grants: [{ to: people.patti, role: 'write' }],
    },
  ],
  [
    'a deep path',
    {
      says: 'share /Reports/2026/Q3/Q3 summary.docx with Lee Chen',
      item: { path: '/Reports/2026/Q3/Q3 summary.docx' },
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    'a quoted name and a trailing role',
    {
      says: "share 'Campaign results Q3.xlsx' with Mateo Rossi, edit",
      item: { path: '/Reports/2026/Q3/Campaign results Q3.xlsx' },
      grants: [{ to: people.mateo, role: 'write' }],
    },
  ],
  [
    'a path with spaces inside quotes',
    {
      says: 'share "/Onboarding/IT checklist.xlsx" with Isaiah Langer',
      item: { path: '/Onboarding/IT checklist.xlsx' },
      grants: [{ to: people.isaiah, role: 'read' }],
    },
  ],
  [
    'curly quotes',
    {
      says: 'share “Welcome guide.docx” with Lee Chen',
      item: { path: '/Onboarding/Welcome guide.docx' },
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
];

const recipientForms: [string, ShareCase][] = [
  [
    'an email address',
    {
      says: 'share report.xlsx with priya.natarajan@contoso.com',
      item: report,
      grants: [{ to: people.priya, role: 'read' }],
    },
  ],
  [
    'a first name with one match, straight to the card that says who matched',
    {
      says: 'share report.xlsx with mateo',
      item: report,
      grants: [{ to: people.mateo, role: 'read' }],
      cardShows: ['“mateo” matched only Mateo Rossi', 'Mateo Rossi (mateo.rossi@contoso.com)'],
    },
  ],
  [
    'a first name two people share, picked',
    {
      says: 'share report.xlsx with Ana',
      picks: ['Ana Silva'],
      item: report,
      grants: [{ to: people.anaSilva, role: 'read' }],
    },
  ],
  [
    'an @mention in a group chat',
    {
      says: 'share report.xlsx with @Priya Natarajan as editor',
      where: 'groupChat',
      mentions: [people.priya],
      roster: [people.alex, people.priya],
      item: report,
      grants: [{ to: people.priya, role: 'write' }],
    },
  ],
  [
    'an @mention in a channel',
    {
      says: "give @Seán O'Brien view access to report.xlsx",
      where: 'channel',
      mentions: [people.sean],
      roster: [people.alex, people.sean],
      item: report,
      grants: [{ to: people.sean, role: 'read' }],
    },
  ],
  [
    'a group by name',
    {
      says: 'share report.xlsx with the Design Team',
      item: report,
      grants: [{ to: { groupId: groups.design.id }, role: 'read' }],
      cardShows: [/Group/],
    },
  ],
  [
    'a group by email',
    {
      says: 'share report.xlsx with finance@contoso.com as editor',
      item: report,
      grants: [{ to: { groupId: groups.finance.id }, role: 'write' }],
    },
  ],
  [
    'several people with commas and "and"',
    {
      says: 'share report.xlsx with Ana Lopez, Mateo Rossi and Lee Chen',
      item: report,
      grants: [
        { to: people.anaLopez, role: 'read' },
        { to: people.mateo, role: 'read' },
        { to: people.lee, role: 'read' },
      ],
    },
  ],
  [
    'two people with an ampersand',
    {
      says: 'share report.xlsx with Ana Lopez & Priya Natarajan',
      item: report,
      grants: [
        { to: people.anaLopez, role: 'read' },
        { to: people.priya, role: 'read' },
      ],
    },
  ],
  [
    'everyone in a group chat',
    {
      says: 'share report.xlsx with everyone in this chat',
      where: 'groupChat',
      roster: [people.alex, people.anaLopez, people.priya, people.sean],
      item: report,
      grants: [
        { to: people.anaLopez, role: 'read' },
        { to: people.priya, role: 'read' },
        { to: people.sean, role: 'read' },
      ],
    },
  ],
  [
    'an address outside the organisation',
    {
      says: 'share report.xlsx with someone@fabrikam.com',
      item: report,
      grants: [{ to: { email: 'someone@fabrikam.com' }, role: 'read' }],
      cardShows: [/External/],
    },
  ],
  [
    'a guest by name',
    {
      says: 'share report.xlsx with Robin Ext',
      item: report,
      grants: [{ to: people.robin, role: 'read' }],
      cardShows: [/Guest/],
    },
  ],
  [
    'a name typed without its accent',
    {
      says: 'share report.xlsx with Chloe Dubois',
      item: report,
      grants: [{ to: people.chloe, role: 'read' }],
    },
  ],
  [
    'a name in lower case with an apostrophe',
    {
      says: "share report.xlsx with sean o'brien",
      item: report,
      grants: [{ to: people.sean, role: 'read' }],
    },
  ],
  [
    'two emails, one already a viewer, as editors',
    {
      says: 'share report.xlsx with maria.k@contoso.com and tom.baker@contoso.com as editors',
      item: report,
      grants: [
        { to: people.maria, role: 'write' },
        { to: people.tom, role: 'write' },
      ],
      cardShows: [/Tom Baker can already view/],
    },
  ],
  [
    'a short first name with one match',
    {
      says: 'share report.xlsx with Lee',
      item: report,
      cardShows: ['“Lee” matched only Lee Chen'],
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    'someone whose mailbox is unavailable (207)',
    {
      says: 'share report.xlsx with Nestor Wilke',
      item: report,
      grants: [{ to: people.nestor, role: 'read' }],
      resultShows: [/still granted|access was granted/i],
    },
  ],
  [
    'a surname only',
    {
      says: 'share report.xlsx with Kowalski',
      item: report,
      cardShows: ['“Kowalski” matched only Maria Kowalski'],
      grants: [{ to: people.maria, role: 'read' }],
    },
  ],
];

const roleWords: [string, ShareCase][] = [
  [
    '"as viewer"',
    {
      says: 'share report.xlsx with Lee Chen as viewer',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    '"give ... edit access to"',
    {
      says: 'give Lee Chen edit access to report.xlsx',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"let ... view"',
    { says: 'let Lee Chen view report.xlsx', item: report, grants: [{ to: people.lee, role: 'read' }] },
  ],
  [
    '"(read only)"',
    {
      says: 'invite Lee Chen to report.xlsx (read only)',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    'an arrow and "edit"',
    { says: 'report.xlsx -> Lee Chen, edit', item: report, grants: [{ to: people.lee, role: 'write' }] },
  ],
  [
    '"should be able to edit"',
    {
      says: 'share report.xlsx with Lee Chen, she should be able to edit',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"grant ... write access"',
    {
      says: 'grant Lee Chen write access to report.xlsx',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"allow ... to modify"',
    {
      says: 'allow Lee Chen to modify report.xlsx',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"as a contributor"',
    {
      says: 'add Lee Chen as a contributor on report.xlsx',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"as a reader"',
    {
      says: 'share report.xlsx with Lee Chen as a reader',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    // "can Lee Chen see report.xlsx?" is a question now, answered without sharing (issue 9).
    'a polite request "can ... see ..., please"',
    {
      says: 'can Lee Chen see report.xlsx please?',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    '"view only"',
    {
      says: 'share report.xlsx with Lee Chen, view only',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    '"editing rights"',
    {
      says: 'give Lee Chen editing rights to report.xlsx',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    'shouting',
    {
      says: 'SHARE REPORT.XLSX WITH LEE CHEN AS EDITOR',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    'politeness and filler',
    {
      says: 'hey, could you please share report.xlsx with Lee Chen as an editor? thanks!',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    'no role word (least privilege)',
    {
      says: 'share report.xlsx with Lee Chen',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      cardShows: ['Can view'],
    },
  ],
  [
    'no role, changed to editor on the card',
    {
      says: 'share report.xlsx with Lee Chen',
      inputs: { role: 'write' },
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"co-author"',
    {
      says: 'Lee Chen will co-author report.xlsx, share it with her',
      item: report,
      grants: [{ to: people.lee, role: 'write' }],
    },
  ],
  [
    '"look at"',
    { says: 'let Lee Chen look at report.xlsx', item: report, grants: [{ to: people.lee, role: 'read' }] },
  ],
];

const options: [string, ShareCase][] = [
  [
    '"silently"',
    {
      says: 'share report.xlsx with Lee Chen silently',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      resultShows: [/no email/i],
    },
  ],
  [
    '"don\'t notify"',
    {
      says: "share report.xlsx with Lee Chen, don't notify",
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      resultShows: [/no email/i],
    },
  ],
  [
    '"without notifying them"',
    {
      says: 'share report.xlsx with Lee Chen without notifying them',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      resultShows: [/no email/i],
    },
  ],
  [
    'a message after "saying"',
    {
      says: 'share report.xlsx with Lee Chen saying please review by Monday',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      cardShows: ['please review by Monday'],
      resultShows: [/email sent/i],
    },
  ],
  [
    'a quoted message',
    {
      says: 'share report.xlsx with Lee Chen with a note "numbers are final"',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      cardShows: ['numbers are final'],
    },
  ],
  [
    'an end on a work drive (Sharebot removes it then)',
    {
      says: 'share report.xlsx with Lee Chen until Friday',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      cardShows: [/Access ends Fri \d+ \w+, 23:59 \\?\((your time|UTC)\\?\)\. Sharebot removes it then\./],
      resultShows: [/Access ends Fri/],
    },
  ],
  [
    'an expiry on a premium personal drive',
    {
      says: 'share Running log.xlsx with Adele Vance for 2 weeks',
      from: people.megan,
      item: { path: '/Running log.xlsx' },
      grants: [{ to: people.adele, role: 'read' }],
      cardShows: [/Access ends .*Microsoft 365 removes it then/],
    },
  ],
  [
    'require sign-in',
    {
      says: 'share report.xlsx with Lee Chen, require sign-in',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    'notification switched off on the card',
    {
      says: 'share report.xlsx with Lee Chen',
      inputs: { notify: 'false' },
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      resultShows: [/no email/i],
    },
  ],
  [
    'a message typed on the card',
    {
      says: 'share report.xlsx with Lee Chen',
      inputs: { message: 'Typed on the card' },
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      resultShows: [/email sent/i],
    },
  ],
  [
    'a password on a personal drive',
    {
      says: 'share Book club.xlsx with Adele Vance with password Tulip-42',
      from: people.lynne,
      item: { path: '/Book club.xlsx' },
      grants: [{ to: people.adele, role: 'read' }],
      cardShows: [/password you gave/],
    },
  ],
  [
    'a date as end on a work drive',
    {
      says: 'share report.xlsx with Lee Chen till 2027-01-15',
      item: report,
      grants: [{ to: people.lee, role: 'read' }],
      cardShows: [/Access ends Fri 15 Jan 2027, 23:59/],
    },
  ],
];

describe('share conversations, from sentence to sandbox permission', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  for (const [group, rows] of [
    ['item forms', itemForms],
    ['recipient forms', recipientForms],
    ['role words', roleWords],
    ['options', options],
  ] as const) {
    describe(group, () => {
      for (const [name, row] of rows) {
        it(`shares ${name}: ${typeof row.says === 'string' ? row.says : '(pasted link)'}`, async () => {
          await runShareCase(harness, row);
        });
      }
    });
  }
});
