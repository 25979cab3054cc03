import { removalResultCard, removeConfirmCard, whoHasAccessCard } from '../../../src/cards/access-cards';
import type { AdaptiveCard } from '../../../src/cards/adaptive-card';
import { confirmCard } from '../../../src/cards/confirm-card';
import { helpCard } from '../../../src/cards/help-card';
import { noticeCard } from '../../../src/cards/notice-card';
import { pickFileCard } from '../../../src/cards/pick-file-card';
import { pickPersonCard } from '../../../src/cards/pick-person-card';
import { resultCard } from '../../../src/cards/result-card';
import { roleChangeConfirmCard } from '../../../src/cards/role-change-cards';
import {
  changedAccessCard,
  extendAccessCard,
  reminderCard,
  removeNowCard,
} from '../../../src/cards/timed-access-cards';
import { undoConfirmCard } from '../../../src/cards/undo-confirm-card';
import {
  ana,
  confirmModel,
  libraryFolder,
  people,
  pickFileModel,
  pickPersonModel,
  remoteItem,
  reportItem,
  resultModel,
} from './fixtures';

const longName = `${'Quarterly revenue forecast and board pack '.repeat(12)}final v2 (1).xlsx`;
const manyRecipients = Array.from({ length: 25 }, (_, i) => ({
  ...ana,
  displayName: `Person ${i + 1}`,
  email: `person${i + 1}@contoso.com`,
}));
const manyExisting = Array.from({ length: 9 }, (_, i) => ({
  displayName: `Viewer ${i + 1}`,
  role: i % 3 === 0 ? 'write' : i % 3 === 1 ? 'read' : 'sp.full control',
  via: (['direct', 'link', 'inherited'] as const)[i % 3],
}));

/** Every kind of card Sharebot sends, each with several models (short, long, edge cases). */
export const allCards: { name: string; card: AdaptiveCard }[] = [
  { name: 'help', card: helpCard() },
  { name: 'help with a lead sentence', card: helpCard({ lead: "I didn't get that." }) },
  { name: 'confirm: one recipient, defaults', card: confirmCard(confirmModel()) },
  {
    name: 'role change confirmation',
    card: roleChangeConfirmCard({
      requestId: 'req-role',
      title: 'Change this role?',
      question: 'Change Ana Lopez from Can edit to Can view on plan_[final]*.xlsx?',
      note: 'Ana Lopez will be able to open it but no longer change it. No email is sent.',
    }),
  },
  {
    name: 'confirm: a role per recipient',
    card: confirmCard(
      confirmModel({
        recipients: [
          { ...ana, role: 'write' },
          {
            ...ana,
            displayName: 'Lee Chen',
            email: 'lee.chen@contoso.com',
            role: 'read',
            existingRole: 'read',
          },
        ],
      }),
    ),
  },
  {
    name: 'confirm: editor, message, an end Graph carries, existing access',
    card: confirmCard(
      confirmModel({
        role: 'write',
        message: 'Please review\nby Friday',
        endLine: 'Access ends Fri 8 May, 23:59 (your time). Microsoft 365 removes it then.',
        endInputs: { date: '2026-05-08', time: '23:59' },
        existingAccess: manyExisting.slice(0, 2),
      }),
    ),
  },
  {
    name: 'confirm: an end Sharebot removes, a note, no email, no message',
    card: confirmCard(
      confirmModel({
        notify: false,
        endLine: 'Access ends Fri 8 May, 23:59 (your time). Sharebot removes it then.',
        endInputs: { date: '2026-05-08', time: '23:59' },
        notes: ['Lee Chen already has view access to this file.'],
      }),
    ),
  },
  {
    name: 'confirm: folder in a library, guest, external, group and existing roles',
    card: confirmCard(
      confirmModel({
        item: libraryFolder,
        recipients: [
          { ...ana, existingRole: 'write' },
          {
            displayName: 'Bo Guest',
            email: 'bo@fabrikam.com',
            guest: true,
            external: true,
            group: false,
            existingRole: 'read',
          },
          {
            displayName: 'Design Team',
            email: 'design@contoso.com',
            guest: false,
            external: false,
            group: true,
          },
        ],
      }),
    ),
  },
  {
    name: 'confirm: long name, 25 recipients, 9 existing, 2000-char message',
    card: confirmCard(
      confirmModel({
        item: { ...remoteItem, name: longName },
        recipients: manyRecipients,
        message: 'x'.repeat(2500),
        existingAccess: manyExisting,
        notes: ['One', 'Two'],
      }),
    ),
  },
  {
    name: 'pick file: five choices',
    card: pickFileCard(pickFileModel([reportItem, libraryFolder, remoteItem, reportItem, reportItem])),
  },
  {
    name: 'pick file: more than five, missing details',
    card: pickFileCard(
      pickFileModel([
        ...Array.from({ length: 7 }, () => ({
          driveId: 'd',
          id: 'i',
          name: longName,
          webUrl: 'not a url',
          kind: 'file' as const,
        })),
      ]),
    ),
  },
  { name: 'pick person: six people (five shown)', card: pickPersonCard(pickPersonModel(people)) },
  {
    name: 'pick person: one with nothing but a name',
    card: pickPersonCard(pickPersonModel([{ kind: 'user', displayName: 'Ana' }])),
  },
  { name: 'result: one editor, email sent', card: resultCard(resultModel()) },
  {
    name: 'result: 207 warnings, no email, no undo',
    card: resultCard(
      resultModel({
        canUndo: false,
        lines: [
          {
            displayName: 'Ana Lopez',
            role: 'read',
            link: reportItem.webUrl,
            emailSent: false,
            warning: 'Sending the notification failed',
          },
          {
            displayName: 'Ben Ito',
            email: 'ben@contoso.com',
            role: 'read',
            link: 'javascript:alert(1)',
            emailSent: false,
            warning: '',
          },
        ],
      }),
    ),
  },
  {
    name: 'result: many recipients, unsafe item url (no Open file)',
    card: resultCard(
      resultModel({
        item: { ...reportItem, webUrl: 'ftp://files.example/x' },
        lines: manyRecipients.map((r) => ({
          displayName: r.displayName,
          email: r.email,
          role: 'write' as const,
          link: reportItem.webUrl,
          emailSent: true,
        })),
      }),
    ),
  },
  {
    name: 'undo confirm: two names',
    card: undoConfirmCard({
      requestId: 'req-u',
      itemName: 'report.xlsx',
      recipientNames: ['Ana Lopez', 'Ben Ito'],
    }),
  },
  {
    name: 'undo confirm: many names',
    card: undoConfirmCard({
      requestId: 'req-u',
      itemName: longName,
      recipientNames: manyRecipients.map((r) => r.displayName),
    }),
  },
  ...(['info', 'good', 'warning', 'attention'] as const).map((tone) => ({
    name: `notice: ${tone}`,
    card: noticeCard({ title: 'Sharing…', text: 'This can take a few seconds.', tone }),
  })),
  { name: 'notice: title only', card: noticeCard({ title: 'Cancelled', text: '', tone: 'info' }) },
  {
    name: 'who has access: people, a group, links, Remove on some',
    card: whoHasAccessCard({
      requestId: 'req-w',
      title: 'Who has access to report.xlsx',
      lines: [
        { title: 'Alex Wilber', detail: 'owner', actions: [] },
        { title: 'Ana *Lopez*', detail: 'can edit · given on this item', actions: ['remove'] },
        { title: 'Finance Team', detail: 'can view · group (everyone in it)', actions: ['remove'] },
        {
          title: 'A view link for anyone with the link',
          detail: 'can view · expires 30 June 2027',
          actions: ['remove'],
        },
        { title: 'Mateo Rossi', detail: 'can view · from the folder above', actions: [] },
      ],
      emptyText: 'Nobody else has access that I can see.',
      notes: ["Access from the folder above can't be removed here."],
    }),
  },
  {
    name: 'who has access: empty',
    card: whoHasAccessCard({
      requestId: 'req-w',
      title: longName,
      lines: [],
      emptyText: 'Nobody.',
      notes: [],
    }),
  },
  {
    name: 'remove confirm: what goes and what stays',
    card: removeConfirmCard({
      requestId: 'req-r',
      title: 'Stop sharing with everyone?',
      itemName: longName,
      removedHeading: 'These will be removed:',
      removed: manyRecipients.map((r) => `${r.displayName}: can view`),
      keptHeading: 'These stay:',
      kept: ['Alex Wilber: owner'],
    }),
  },
  {
    name: 'removal result: partly',
    card: removalResultCard({
      title: 'Some access was not removed',
      tone: 'warning',
      itemName: 'report.xlsx',
      lines: [
        { text: 'Ana Lopez: removed', ok: true },
        { text: 'Lee Chen: not removed: you may not', ok: false },
      ],
      summary: '1 removed; 1 not removed.',
    }),
  },
  {
    name: 'timed access: reminder with a new end',
    card: reminderCard({
      requestId: 'req-t',
      title: 'Access ends soon',
      text: 'The access you gave Lee Chen to report.xlsx ends Fri 12 Dec, 23:59 (your time).',
      endInputs: { date: '2026-12-12', time: '23:59' },
      dateLabel: 'New end date',
      timeLabel: 'End time',
    }),
  },
  {
    name: 'timed access: extend asked in chat',
    card: extendAccessCard({
      requestId: 'req-t',
      title: 'Extend access?',
      text: 'Move the end to Mon 15 Dec, 23:59?',
      endInputs: { date: '2026-12-15', time: '23:59' },
      dateLabel: 'New end date',
      timeLabel: 'End time',
    }),
  },
  {
    name: 'timed access: Remove now',
    card: removeNowCard({ requestId: 'req-t', title: 'Access not removed yet', text: 'Press Remove now.' }),
  },
  {
    name: 'timed access: a changed role',
    card: changedAccessCard({
      requestId: 'req-t',
      title: 'Access changed since you shared it',
      text: longName,
    }),
  },
];
