import type {
  ConfirmCardModel,
  DriveItemView,
  PickFileCardModel,
  PickPersonCardModel,
  RecipientView,
  ResultCardModel,
} from '../../../src/cards/models';
import type { PersonInfo } from '../../../src/domain/person';

/** Text that adaptivecards-templating would expand if it reached a template unescaped. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the templating syntax itself is what is under test.
export const templatingText = '${$root.secret} and ${expr}';

/** Text that markdown, mentions, DATE/TIME functions or templating would interpret if not escaped. */
export const hostileTexts: readonly string[] = [
  '[x](http://evil.example)',
  '**bold** and __also__',
  '_x_ and *y*',
  '# heading',
  '- list item',
  '+ plus item',
  '1. numbered',
  '12) numbered',
  '> quote',
  '`code` and ```fence```',
  '<at>Ana</at>',
  '<b>html</b> &amp; &#91;',
  '{{DATE(2026-01-01T00:00:00Z, SHORT)}}',
  templatingText,
  '~~strike~~ | a | b |',
  '![img](http://evil.example/x.png)',
  'http://evil.example and www.evil.example',
  '<http://evil.example>',
  '[a][ref]\n\n[ref]: http://evil.example',
  '=== setext',
  '\\*escaped\\*',
];

/** A plain file in the user's OneDrive. */
export const reportItem: DriveItemView = {
  driveId: 'drive-1',
  id: 'item-1',
  name: 'report.xlsx',
  webUrl: 'https://contoso-my.sharepoint.com/personal/ana/Documents/Reports/report.xlsx',
  kind: 'file',
  size: 24_576,
  lastModifiedDateTime: '2026-05-04T09:15:30.123Z',
  lastModifiedByName: 'Ben Ito',
  folderPath: '/Reports',
  driveType: 'business',
};

/** A folder in a SharePoint library. */
export const libraryFolder: DriveItemView = {
  driveId: 'drive-2',
  id: 'item-2',
  name: 'Onboarding',
  webUrl: 'https://contoso.sharepoint.com/sites/design/Shared%20Documents/Onboarding',
  kind: 'folder',
  folderPath: '/',
  driveType: 'documentLibrary',
  driveName: 'Design Team',
};

/** A file someone else shared with the user. */
export const remoteItem: DriveItemView = {
  driveId: 'drive-3',
  id: 'item-3',
  name: 'Launch Deck v3.pptx',
  webUrl: 'https://fabrikam-my.sharepoint.com/personal/maria/Documents/Launch%20Deck%20v3.pptx',
  kind: 'file',
  size: 3_500_000,
  remote: true,
  sharedByName: 'Maria Garcia',
};

/** A recipient with nothing special about them. */
export const ana: RecipientView = {
  displayName: 'Ana Lopez',
  email: 'ana@contoso.com',
  guest: false,
  external: false,
  group: false,
};

/** A confirm model with one recipient and defaults elsewhere. */
export function confirmModel(overrides: Partial<ConfirmCardModel> = {}): ConfirmCardModel {
  return {
    requestId: 'req-confirm-1',
    item: reportItem,
    recipients: [ana],
    role: 'read',
    notify: true,
    endLine: 'Access does not end on its own. Pick an end below if it should.',
    endInputs: {},
    existingAccess: [],
    notes: [],
    ...overrides,
  };
}

/** People for pick cards: a member, a guest, a group and a contact. */
export const people: PersonInfo[] = [
  {
    kind: 'user',
    id: 'u1',
    displayName: 'Ana Lopez',
    email: 'ana@contoso.com',
    jobTitle: 'Designer',
    department: 'Marketing',
  },
  { kind: 'user', id: 'u2', displayName: 'Ana Lopez', email: 'ana.lopez@contoso.com', jobTitle: 'Engineer' },
  { kind: 'user', id: 'u3', displayName: 'Ana Guest', email: 'ana@fabrikam.com', userType: 'Guest' },
  { kind: 'group', id: 'g1', displayName: 'Analytics', email: 'analytics@contoso.com' },
  { kind: 'contact', displayName: 'Ana Contact', email: 'ana@example.org' },
  { kind: 'user', id: 'u6', displayName: 'Ana Sixth', email: 'ana6@contoso.com' },
];

/** A pick-file model over the given choices. */
export function pickFileModel(choices: DriveItemView[], query = 'report'): PickFileCardModel {
  return { requestId: 'req-pick-file', query, choices };
}

/** A pick-person model over the given choices. */
export function pickPersonModel(choices: PersonInfo[], query = 'Ana'): PickPersonCardModel {
  return { requestId: 'req-pick-person', query, choices };
}

/** A result model with one line per given recipient name. */
export function resultModel(overrides: Partial<ResultCardModel> = {}): ResultCardModel {
  return {
    requestId: 'req-result-1',
    item: reportItem,
    lines: [
      {
        displayName: 'Ana Lopez',
        email: 'ana@contoso.com',
        role: 'write',
        link: 'https://contoso-my.sharepoint.com/:x:/g/personal/ana/EaBc',
        emailSent: true,
      },
    ],
    canUndo: true,
    ...overrides,
  };
}
