import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import {
  alsoNaming,
  folder,
  MADRID,
  named,
  path,
  quoted,
  type Shape,
  shapeOf,
  share,
  special,
  url,
} from './expectations';

const HELP: Shape = { intent: 'help' };
const GREETING: Shape = { intent: 'greeting' };
const UNKNOWN: Shape = { intent: 'unknown' };
const THANKS: Shape = { intent: 'thanks' };
const FRIDAY_END = '2027-03-12T22:59:59.000Z';
const SP = 'https://contoso-my.sharepoint.com/:x:/g/personal/ana_contoso_com/EaBcDeF?e=4xYz';

const ROWS: Array<[string, Shape]> = [
  // share / send with an object and "with" / "to" / "for"
  ['share report.xlsx with Ana as editor', share(named('report.xlsx'), ['Ana'], 'write')],
  ['Share report.xlsx with Ana', share(named('report.xlsx'), ['Ana'])],
  ['share report.xlsx w/ ana as viewer', share(named('report.xlsx'), ['ana'], 'read')],
  ['SHARE REPORT.XLSX WITH ANA AS EDITOR', share(named('REPORT.XLSX'), ['ANA'], 'write')],
  ['shaRe plan.xlsx with ANA as EDITOR!!!', share(named('plan.xlsx'), ['ANA'], 'write')],
  ['share   plan.xlsx   with   Ana  ', share(named('plan.xlsx'), ['Ana'])],
  ['share plan.xlsx with Ana as editor.', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.docx with Ana, Bob and Carl', share(named('plan.docx'), ['Ana', 'Bob', 'Carl'])],
  ['share plan.docx with Ana & Bob', share(named('plan.docx'), ['Ana', 'Bob'])],
  ['share plan.docx with Ana + Bob', share(named('plan.docx'), ['Ana', 'Bob'])],
  [
    'share plan.docx with Ana, Bob, and Carl (edit)',
    share(named('plan.docx'), ['Ana', 'Bob', 'Carl'], 'write'),
  ],
  ['pls share notes.txt with Priya thx', share(named('notes.txt'), ['Priya'])],
  ['could you please share data.csv with Lee?', share(named('data.csv'), ['Lee'])],
  ['hey, can u share data.csv with lee pls 🙏', share(named('data.csv'), ['lee'])],
  ['share budget with Ana', share(named('budget'), ['Ana'])],
  ['share the Q3 budget with Ana', share(named('Q3 budget'), ['Ana'])],
  ['share budget and forecast with Ana', share(named('budget and forecast'), ['Ana'])],
  ['share it with Ana', share(undefined, ['Ana'])],
  ['share this with ana', share(undefined, ['ana'])],
  ['share the file with Ana', share(undefined, ['Ana'])],
  ['share', share(undefined, [])],
  ['share it', share(undefined, [])],
  ['share plan.xlsx', share(named('plan.xlsx'), [])],
  ['share plan.xlsx with me', share(named('plan.xlsx'), [])],
  ['share plan.xlsx with me and Ana', share(named('plan.xlsx'), ['Ana'])],
  ['share Launch Deck v3.pptx with Ana', share(named('Launch Deck v3.pptx'), ['Ana'])],
  ['share the file Launch Deck v3.pptx with Ana', share(named('Launch Deck v3.pptx'), ['Ana'])],
  ['share the latest version of plan.xlsx with Ana', share(named('plan.xlsx'), ['Ana'])],
  ['share diagram.vsdx with Ana 👍', share(named('diagram.vsdx'), ['Ana'])],
  ['share 🙂 photo.png with Ana 🎉', share(named('🙂 photo.png'), ['Ana'])],
  ['thanks 🙏 share photo.png with Ana', share(named('photo.png'), ['Ana'])],
  ['share 🚀 Roadmap.pptx with Lee Chen', share(named('🚀 Roadmap.pptx'), ['Lee Chen'])],
  ['share [Draft] plan.docx with Adele Vance', share(named('[Draft] plan.docx'), ['Adele Vance'])],
  ['share Budget review.xlsx with Tom Baker', share(named('Budget review.xlsx'), ['Tom Baker'])],
  ['share Budget-review.xlsx with Tom', share(named('Budget-review.xlsx'), ['Tom'])],
  ['share edit.log with Tom', share(named('edit.log'), ['Tom'])],
  ['share Editor guide.pdf with Tom', share(named('Editor guide.pdf'), ['Tom'])],
  ['share Code review notes.docx with Ana', share(named('Code review notes.docx'), ['Ana'])],
  ['share Owner manual.pdf with Lee', share(named('Owner manual.pdf'), ['Lee'])],
  ['share Read me first.txt with Ana as editor', share(named('Read me first.txt'), ['Ana'], 'write')],
  [
    'share the Review board deck.pptx with Lee as viewer',
    share(named('Review board deck.pptx'), ['Lee'], 'read'),
  ],
  ['let Tom edit report.xlsx', share(named('report.xlsx'), ['Tom'], 'write')],
  ['Edit report.xlsx for Tom', share(named('report.xlsx'), ['Tom'], 'write')],
  ['share Q3 plan.xlsx with Tom, Edit', share(named('Q3 plan.xlsx'), ['Tom'], 'write')],
  ['share report.xlsx with Tom as Editor', share(named('report.xlsx'), ['Tom'], 'write')],
  [
    'share report.xlsx with the new hire maria@contoso.com',
    share(named('report.xlsx'), ['email:maria@contoso.com']),
  ],
  [
    'share report.xlsx with Maria <maria@contoso.com>',
    share(named('report.xlsx'), ['email:maria@contoso.com']),
  ],
  [
    'share report.xlsx with Maria (maria@contoso.com) and Tom',
    share(named('report.xlsx'), ['email:maria@contoso.com', 'Tom']),
  ],
  [
    'share report.xlsx with Ana, maria@contoso.com',
    share(named('report.xlsx'), ['Ana', 'email:maria@contoso.com']),
  ],
  ['share Board minutes (final).docx with Lee', share(named('Board minutes (final).docx'), ['Lee'])],
  ['share Q3 (final) numbers.xlsx with Lee', share(named('Q3 (final) numbers.xlsx'), ['Lee'])],
  ['share report.xlsx with Lee (finance) and Tom', share(named('report.xlsx'), ['Lee', 'Tom'])],
  ['share notes.one with the design team', share(named('notes.one'), ['design team'])],
  ['share README.md with dev team as editors', share(named('README.md'), ['dev team'], 'write')],
  ['share plan.xlsx to Lee', share(named('plan.xlsx'), ['Lee'])],
  ['share plan.xlsx for Ana', share(named('plan.xlsx'), ['Ana'])],
  ['share Budget March 2027.xlsx with Ana', share(named('Budget March 2027.xlsx'), ['Ana'])],
  ['share Q&A notes.docx with R&D team', share(named('Q&A notes.docx'), ['R&D team'])],
  ['Share the budget spreadsheet with finance', share(named('budget'), ['finance'])],
  ['share with Ana plan.xlsx', share(named('plan.xlsx'), ['Ana'])],
  ['i need to share plan.xlsx with Ana from finance', share(named('plan.xlsx'), ['Ana'])],
  ['hi, share plan.xlsx with Ana, thanks!', share(named('plan.xlsx'), ['Ana'])],
  ['share the deck with Ana', share(undefined, ['Ana'])],
  [
    'share plan.xlsx with ana@contoso.com, bob@contoso.com',
    share(named('plan.xlsx'), ['email:ana@contoso.com', 'email:bob@contoso.com']),
  ],
  ['please share report.pdf w/ everyone in the channel', share(named('report.pdf'), ['chat'])],
  ["share Tom's notes.docx with Ana", share(named("Tom's notes.docx"), ['Ana'])],
  ['share archive.tar.gz with Ana', share(named('archive.tar.gz'), ['Ana'])],
  ['Share Plan.XLSX W/ ana', share(named('Plan.XLSX'), ['ana'])],
  ['share q3-results_final.pdf with Ana', share(named('q3-results_final.pdf'), ['Ana'])],

  // roles: read
  ['share plan.xlsx with Ana read-only', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx read only with Ana', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, view only', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with ana as a reader', share(named('plan.xlsx'), ['ana'], 'read')],
  ['share plan.xlsx with Ana readonly', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, she can view', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana (view access)', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, read access', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana as viewer', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana so she can look at it', share(named('plan.xlsx'), ['Ana'], 'read')],
  // roles: write
  ['share plan.xlsx with Ana - she can edit', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana so she can make changes', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana, she should be able to edit', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana as co-author', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana with edit rights', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana read/write', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana as contributor', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana, she needs to modify it', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana, write access', share(named('plan.xlsx'), ['Ana'], 'write')],
  // roles: owner
  ['share plan.xlsx with Ana, full control', share(named('plan.xlsx'), ['Ana'], 'owner')],
  ['share plan.xlsx with Ana as owner', share(named('plan.xlsx'), ['Ana'], 'owner')],
  ['make Ana an owner of plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'owner')],
  ['give Ana full access to plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'owner')],
  ['let Ana manage plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'owner')],
  ['share plan.xlsx with Ana as admin', share(named('plan.xlsx'), ['Ana'], 'owner')],
  // roles Graph lacks
  ['share plan.xlsx with Ana as commenter', share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ['share plan.xlsx with Ana so she can comment', share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ['share plan.xlsx with Ana for review', share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ['share plan.xlsx with Ana as reviewer', share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ['share plan.xlsx with Ana, she needs to approve it', share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ["share plan.xlsx with Ana but she can't download it", share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ['share plan.xlsx with Ana download-only', share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  // conflicting roles
  ['let Ana view and edit plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'conflict')],
  [
    'share plan.xlsx with Ana as viewer and Bob as editor',
    share(named('plan.xlsx'), ['Ana', 'Bob'], 'read,write'),
  ],
  ['share plan.xlsx with Ana as editor, read only', share(named('plan.xlsx'), ['Ana'], 'conflict')],
  ['share plan.xlsx with Ana view only, no download', share(named('plan.xlsx'), ['Ana'], 'conflict')],
  ['share plan.xlsx with Ana as owner or editor', share(named('plan.xlsx'), ['Ana'], 'conflict')],

  // give / grant / provide / make
  ['give Ana edit access to plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  [
    'give maria.k@contoso.com edit access to plan.xlsx',
    share(named('plan.xlsx'), ['email:maria.k@contoso.com'], 'write'),
  ],
  [
    'give maria.k@contoso.com and @Tom read-only access to the onboarding folder, no email',
    share(folder('onboarding'), ['email:maria.k@contoso.com', 'Tom'], 'read', { sendInvitation: false }),
  ],
  ['grant Bob read access on /Reports/q3.pdf', share(path('/Reports/q3.pdf'), ['Bob'], 'read')],
  ['grant read access on plan.xlsx to Bob', share(named('plan.xlsx'), ['Bob'], 'read')],
  ['give edit rights on plan.xlsx to Ana and Lee', share(named('plan.xlsx'), ['Ana', 'Lee'], 'write')],
  ['give plan.xlsx to Ana', share(named('plan.xlsx'), ['Ana'])],
  ['give Ana plan.xlsx', share(named('plan.xlsx'), ['Ana'])],
  ['give Ana access to budget', share(named('budget'), ['Ana'])],
  ['give Ana the budget', share(named('budget'), ['Ana'])],
  ['Grant Ana view permission on slides.pptx', share(named('slides.pptx'), ['Ana'], 'read')],
  ['give access to plan.xlsx to ana', share(named('plan.xlsx'), ['ana'])],
  ['give ana write access to "Team Roster"', share(quoted('Team Roster'), ['ana'], 'write')],
  ['give edit access to Ana on budget', share(named('budget'), ['Ana'], 'write')],
  ['provide Ana with view access to plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'read')],
  [
    'give Ana and Bob editor rights on Launch Deck v3.pptx',
    share(named('Launch Deck v3.pptx'), ['Ana', 'Bob'], 'write'),
  ],
  ['give Launch Deck v3.pptx to Ana', share(named('Launch Deck v3.pptx'), ['Ana'])],
  ['give Ana edit', share(undefined, ['Ana'], 'write')],

  // let / allow
  [
    'let the design team see Launch Deck v3.pptx',
    share(named('Launch Deck v3.pptx'), ['design team'], 'read'),
  ],
  [
    'could you let the design team see Launch Deck v3.pptx?',
    share(named('Launch Deck v3.pptx'), ['design team'], 'read'),
  ],
  ['let Ana edit plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['let ana look at report.pdf', share(named('report.pdf'), ['ana'], 'read')],
  ['allow Ana to edit plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['allow Ana and Bob to view plan.xlsx', share(named('plan.xlsx'), ['Ana', 'Bob'], 'read')],
  ['let Priya open roadmap.pptx', share(named('roadmap.pptx'), ['Priya'], 'read')],
  ['let the onboarding folder be editable by new hires', share(folder('onboarding'), [], 'write')],

  // invite / add
  ['invite Ana to budget.xlsx (read only)', share(named('budget.xlsx'), ['Ana'], 'read')],
  [
    'invite <at>Tom Baker</at> to plan.xlsx as editor',
    share(named('plan.xlsx'), ['mention:29:tom'], 'write'),
  ],
  ['invite bob@contoso.com to the Reports folder', share(folder('Reports'), ['email:bob@contoso.com'])],
  ['add Ana to the Reports folder as editor', share(folder('Reports'), ['Ana'], 'write')],
  ['add Ana as editor on plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['add ana@contoso.com to plan.xlsx', share(named('plan.xlsx'), ['email:ana@contoso.com'])],
  ['add @Lee to the roadmap (view)', share(named('roadmap'), ['Lee'], 'read')],

  // send a link
  ['send Ana a link to plan.xlsx', share(named('plan.xlsx'), ['Ana'])],
  ['send a link to plan.xlsx to bob@contoso.com', share(named('plan.xlsx'), ['email:bob@contoso.com'])],
  ['send the link for roadmap.pptx to Lee', share(named('roadmap.pptx'), ['Lee'])],
  ['send Ana plan.xlsx', share(named('plan.xlsx'), ['Ana'])],
  ['send Ana the budget', share(named('budget'), ['Ana'])],

  // needs / can / should: the subject is the recipient
  [
    'Mateo needs edit rights on /Finance/2027/plan.xlsx',
    share(path('/Finance/2027/plan.xlsx'), ['Mateo'], 'write'),
  ],
  ['Mateo needs access to plan.xlsx', share(named('plan.xlsx'), ['Mateo'])],
  ['ana needs to see plan.xlsx', share(named('plan.xlsx'), ['ana'], 'read')],
  // With its question mark and no "please", "can Priya see X?" asks about access (issue 9).
  ['can Priya see plan.xlsx?', { intent: 'question' }],
  ['can Priya see plan.xlsx', share(named('plan.xlsx'), ['Priya'], 'read')],
  ['can Priya edit the Reports folder', share(folder('Reports'), ['Priya'], 'write')],
  ['Could Lee view roadmap.pptx pls', share(named('roadmap.pptx'), ['Lee'], 'read')],
  ['Ana should be able to edit plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['Bob wants edit access to plan.xlsx', share(named('plan.xlsx'), ['Bob'], 'write')],
  ['I want Ana to see plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['Ana can edit plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  [
    'the design team should have view access on Launch Deck v3.pptx',
    share(named('Launch Deck v3.pptx'), ['design team'], 'read'),
  ],
  ['Mateo and Lee need read access to the budget', share(named('budget'), ['Mateo', 'Lee'], 'read')],

  // arrows
  ['plan.xlsx -> Ana, edit', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['plan.xlsx → Ana', share(named('plan.xlsx'), ['Ana'])],
  ['plan.xlsx->ana@contoso.com,read', share(named('plan.xlsx'), ['email:ana@contoso.com'], 'read')],
  ['/Reports/q3.pdf -> Lee, Bob (view)', share(path('/Reports/q3.pdf'), ['Lee', 'Bob'], 'read')],
  ['"Board minutes.docx" => Ana', share(quoted('Board minutes.docx'), ['Ana'])],
  ['budget -> Ana', share(named('budget'), ['Ana'])],
  ['Lee -> plan.xlsx', share(named('plan.xlsx'), ['Lee'])],

  // several items: the first is the item, the others are reported so the flow can ask
  [
    'share plan.xlsx and budget.xlsx with Ana',
    alsoNaming(share(named('plan.xlsx'), ['Ana']), [named('budget.xlsx')]),
  ],
  [
    'share /Reports/a.pdf, /Reports/b.pdf with Lee',
    alsoNaming(share(path('/Reports/a.pdf'), ['Lee']), [path('/Reports/b.pdf')]),
  ],

  // URLs
  [`share ${SP} w/ Priya — she should be able to edit`, share(url(SP), ['Priya'], 'write')],
  [
    'share https://contoso.sharepoint.com/sites/Fin/Shared%20Documents/plan.xlsx with Ana.',
    share(url('https://contoso.sharepoint.com/sites/Fin/Shared%20Documents/plan.xlsx'), ['Ana']),
  ],
  [
    'can you share <https://1drv.ms/w/s!AbCd> with bob@contoso.com',
    share(url('https://1drv.ms/w/s!AbCd'), ['email:bob@contoso.com']),
  ],
  [
    'https://contoso.sharepoint.com/x/y.docx -> Ana',
    share(url('https://contoso.sharepoint.com/x/y.docx'), ['Ana']),
  ],
  [
    'share (https://contoso.sharepoint.com/a/b.pptx) with Lee',
    share(url('https://contoso.sharepoint.com/a/b.pptx'), ['Lee']),
  ],
  [
    'give Lee edit access to https://example.com/doc',
    share(url('https://example.com/doc'), ['Lee'], 'write'),
  ],

  // paths
  ['share /Finance/2027/plan.xlsx with Ana', share(path('/Finance/2027/plan.xlsx'), ['Ana'])],
  ['share "/Finance/Q3 plans/plan.xlsx" with Ana', share(path('/Finance/Q3 plans/plan.xlsx'), ['Ana'])],
  ['share /Finance/Q3 plans/plan.xlsx with Ana', share(path('/Finance/Q3 plans/plan.xlsx'), ['Ana'])],
  ['share /Reports/ with Ana', share(path('/Reports'), ['Ana'])],
  ['share /Reports with the team', share(path('/Reports'), ['team'])],
  [
    'grant Lee edit access on /Shared/Design Specs v2.docx',
    share(path('/Shared/Design Specs v2.docx'), ['Lee'], 'write'),
  ],

  // quoted names
  [
    'pls share ‘Board minutes (final).docx’ to Lee, note: for Thursday',
    share(quoted('Board minutes (final).docx'), ['Lee'], 'unspecified', { message: 'for Thursday' }),
  ],
  ['share "Q3 numbers" with Ana', share(quoted('Q3 numbers'), ['Ana'])],
  ["share 'Q3 numbers' with Ana", share(quoted('Q3 numbers'), ['Ana'])],
  ['share “Team Roster” with Ana', share(quoted('Team Roster'), ['Ana'])],
  ["share the 'Quarterly Reports' folder with Ana", share(folder('Quarterly Reports', true), ['Ana'])],
  [
    'share "plan.xlsx" with Ana saying "check tab 2"',
    share(quoted('plan.xlsx'), ['Ana'], 'unspecified', { message: 'check tab 2' }),
  ],
  [
    'share plan.xlsx with Ana "see tab 2"',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { message: 'see tab 2' }),
  ],
  ['share ‘Tom’s notes.docx’ with Ana', share(quoted('Tom’s notes.docx'), ['Ana'])],
  ['share plan.xlsx with "Ana Lopez"', share(named('plan.xlsx'), ['Ana Lopez'])],
  ['share "edit log.txt" with Ana', share(quoted('edit log.txt'), ['Ana'])],

  // folders and special folders
  ['share the Reports folder with Ana', share(folder('Reports'), ['Ana'])],
  ['share folder Reports with Ana', share(folder('Reports'), ['Ana'])],
  ['share the folder called Marketing Assets with Ana', share(folder('Marketing Assets'), ['Ana'])],
  ['share the onboarding folder with new hires', share(folder('onboarding'), ['new hires'])],
  ['share the Q3 Finance folder w/ Lee as editor', share(folder('Q3 Finance'), ['Lee'], 'write')],
  ['share my Documents folder with Ana', share(special('documents'), ['Ana'])],
  ['share my photos with Ana', share(special('photos'), ['Ana'])],
  ['share my camera roll with everyone here', share(special('cameraroll'), ['chat'])],
  ['share my desktop folder with Lee', share(special('desktop'), ['Lee'])],
  ['share my music with Lee', share(special('music'), ['Lee'])],
  ['share my app folder with Lee', share(special('approot'), ['Lee'])],
  ['share the folder with Ana', share(undefined, ['Ana'])],

  // recipients
  ['share plan.xlsx with everyone in this chat', share(named('plan.xlsx'), ['chat'])],
  ['share plan.xlsx with everybody here', share(named('plan.xlsx'), ['chat'])],
  ['share plan.xlsx with all of you', share(named('plan.xlsx'), ['chat'])],
  ['share plan.xlsx with the whole chat', share(named('plan.xlsx'), ['chat'])],
  ['share plan.xlsx with everyone in this team', share(named('plan.xlsx'), ['team'])],
  ['give the whole team edit access to plan.xlsx', share(named('plan.xlsx'), ['team'], 'write')],
  ['share plan.xlsx with all the members of our team', share(named('plan.xlsx'), ['team'])],
  ['share plan.xlsx with this team and Lee', share(named('plan.xlsx'), ['team', 'Lee'])],
  ['share plan.xlsx with this channel', share(named('plan.xlsx'), ['chat'])],
  ['share plan.xlsx with the design team', share(named('plan.xlsx'), ['design team'])],
  ['share plan.xlsx with the Atlas project team', share(named('plan.xlsx'), ['Atlas project team'])],
  [
    'share plan.xlsx with <at>Tom Baker</at> and <at>Ann Lee</at>',
    share(named('plan.xlsx'), ['mention:29:tom', 'mention:29:ann']),
  ],
  [
    'share plan.xlsx with <at>Tom Baker</at>, bob@contoso.com and Lee',
    share(named('plan.xlsx'), ['mention:29:tom', 'email:bob@contoso.com', 'Lee']),
  ],
  [
    'share plan.xlsx with ANA.GARCIA@CONTOSO.COM',
    share(named('plan.xlsx'), ['email:ANA.GARCIA@CONTOSO.COM']),
  ],
  ['share plan.xlsx with mailto:ana@contoso.com', share(named('plan.xlsx'), ['email:ana@contoso.com'])],
  ['share plan.xlsx with @Lee', share(named('plan.xlsx'), ['Lee'])],
  ['share plan.xlsx with the Finance Team', share(named('plan.xlsx'), ['Finance Team'])],
  ['share plan.xlsx with ana and the design team', share(named('plan.xlsx'), ['ana', 'design team'])],
  ['share plan.xlsx with Ana Garcia', share(named('plan.xlsx'), ['Ana Garcia'])],
  ['share plan.xlsx with José Núñez', share(named('plan.xlsx'), ['José Núñez'])],
  ['share plan.xlsx with Grant', share(named('plan.xlsx'), ['Grant'])],
  [
    'share plan.xlsx with May until Friday',
    share(named('plan.xlsx'), ['May'], 'unspecified', { expires: FRIDAY_END }),
  ],
  ['share plan.xlsx with Ana and Ana', share(named('plan.xlsx'), ['Ana'])],
  ['share plan.xlsx with Ana and Bob too', share(named('plan.xlsx'), ['Ana', 'Bob'])],
  ['<at>Tom Baker</at> needs plan.xlsx', share(named('plan.xlsx'), ['mention:29:tom'])],

  // role, option and date words are never people
  ['share plan.xlsx with editor', share(named('plan.xlsx'), [], 'write')],
  ['share plan.xlsx with Ana editor', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx as viewer', share(named('plan.xlsx'), [], 'read')],
  [
    'share plan.xlsx with Ana no email',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  ['share plan.xlsx with Ana today', share(named('plan.xlsx'), ['Ana'])],
  ['share plan.xlsx with Ana asap thanks', share(named('plan.xlsx'), ['Ana'])],
  [
    'share plan.xlsx with Ana, read only, until Friday',
    share(named('plan.xlsx'), ['Ana'], 'read', { expires: FRIDAY_END }),
  ],

  // notification, sign-in, password, message
  [
    'share plan.xlsx with Ana, no email',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  [
    'share plan.xlsx with Ana silently',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  [
    'share plan.xlsx with Ana without notifying her',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  [
    "share plan.xlsx with Ana but don't notify",
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  [
    'share plan.xlsx with Ana but don’t notify her',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  [
    'share plan.xlsx with Ana, no notification',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: false }),
  ],
  [
    'share plan.xlsx with Ana and notify them',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: true }),
  ],
  [
    'share plan.xlsx with Ana and send an email',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { sendInvitation: true }),
  ],
  [
    'share plan.xlsx with Ana, require sign-in',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { requireSignIn: true }),
  ],
  [
    'share plan.xlsx with Ana password Summer2027',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { password: 'Summer2027' }),
  ],
  [
    'share plan.xlsx with Ana with password "blue horse 7"',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { password: 'blue horse 7' }),
  ],
  ['share passwords.xlsx with Ana', share(named('passwords.xlsx'), ['Ana'])],
  [
    'share plan.xlsx with Ana saying see you at standup',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { message: 'see you at standup' }),
  ],
  [
    'share plan.xlsx with Ana, message: numbers are final',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { message: 'numbers are final' }),
  ],
  [
    'share plan.xlsx with Ana with a note: please review by Friday',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { message: 'please review by Friday' }),
  ],
  [
    'share plan.xlsx with Ana with a note “Thanks!”',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { message: 'Thanks!' }),
  ],

  // expiry, read in Europe/Madrid on Wednesday 10 March 2027 at 11:00
  [
    'share plan.xlsx with Ana until Friday',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: FRIDAY_END }),
  ],
  [
    'share plan.xlsx with Ana for 2 weeks',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-03-24T10:00:00.000Z' }),
  ],
  [
    'share plan.xlsx with Ana for 3 weeks',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-03-31T09:00:00.000Z' }),
  ],
  [
    'share plan.xlsx with Ana until April 2',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-04-02T21:59:59.000Z' }),
  ],
  [
    'share plan.xlsx with Ana till 2027-06-30',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-06-30T21:59:59.000Z' }),
  ],
  [
    'share plan.xlsx with Ana, access expires in 3 days',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-03-13T10:00:00.000Z' }),
  ],
  [
    'share plan.xlsx with Ana until 3/4',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-04-03T21:59:59.000Z' }),
  ],
  [
    'share plan.xlsx with Ana until tomorrow 5pm',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-03-11T16:00:00.000Z' }),
  ],
  [
    'share plan.xlsx with Ana until the end of the month',
    share(named('plan.xlsx'), ['Ana'], 'unspecified', { expires: '2027-03-31T21:59:59.000Z' }),
  ],
  [
    'share plan.xlsx with ana@contoso.com as editor until Friday, no email, saying please update the forecast',
    share(named('plan.xlsx'), ['email:ana@contoso.com'], 'write', {
      expires: FRIDAY_END,
      sendInvitation: false,
      message: 'please update the forecast',
    }),
  ],

  // help and greetings
  ['help', HELP],
  ['HELP!', HELP],
  ['?', HELP],
  ['', HELP],
  ['what can you do?', HELP],
  ['how does this work', HELP],
  ['How do I share a file?', HELP],
  ['can you help me?', HELP],
  ['hi', GREETING],
  ['Hello!', GREETING],
  ['hey 👋', GREETING],
  ['thanks', THANKS],
  ['thank you so much!', THANKS],
  ['good morning', GREETING],

  // not share requests
  ['what is the weather today', UNKNOWN],
  ['let me know when you are done', UNKNOWN],
  ['let me see', UNKNOWN],
  ['add milk to the shopping list', UNKNOWN],
  ['send me the weather', UNKNOWN],
  ['I need coffee', UNKNOWN],
  ['lunch at noon?', UNKNOWN],
  ['can you see my documents?', UNKNOWN],
  ['the report is ready', UNKNOWN],
  ['make a copy of the deck', UNKNOWN],
];

describe('parseMessage reads share requests the way people write them', () => {
  it('has a large table of phrasings', () => {
    strictEqual(ROWS.length >= 150, true, `only ${ROWS.length} rows`);
  });
  for (const [sentence, expected] of ROWS) {
    it(`reads "${sentence}"`, () => {
      deepStrictEqual(shapeOf(parseMessage(sentence, MADRID)), expected);
    });
  }
});
