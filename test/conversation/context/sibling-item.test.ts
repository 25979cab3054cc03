import { deepEqual } from 'node:assert/strict';
import { siblingOf } from '../../../src/conversation/context/sibling-item';
import type { ItemRef } from '../../../src/conversation/parse/parsed-request';
import type { DriveItemInfo } from '../../../src/domain/item';

const span = { start: 0, end: 0, text: '' };
const named = (name: string, quoted = false): ItemRef => ({
  kind: 'name',
  name,
  folder: false,
  quoted,
  span,
});
const file = (name: string, folderPath: string, more: Partial<DriveItemInfo> = {}): DriveItemInfo => ({
  driveId: 'd',
  id: 'i',
  name,
  webUrl: 'https://contoso-my.sharepoint.com/x',
  kind: 'file',
  folderPath,
  driveType: 'business',
  ...more,
});

/** What "the <word> one" after a share of `last` stands for: a name, a path, or the words as typed. */
const rows: [string, DriveItemInfo, ItemRef, string | undefined][] = [
  ['a quarter in the name', file('Q2 summary.docx', '/Reports/2026/Q2'), named('Q3'), 'name Q3 summary.docx'],
  ['a version in the name', file('Launch Deck v3.pptx', ''), named('v2'), 'name Launch Deck v2.pptx'],
  [
    'a year in the folder',
    file('budget.xlsx', '/Finance/2026'),
    named('2027'),
    'path /Finance/2027/budget.xlsx',
  ],
  [
    'a year in a library of a site: looked up as typed',
    file('budget.xlsx', '/Finance/2026', { driveType: 'documentLibrary' }),
    named('2027'),
    undefined,
  ],
  [
    'a file shared with the person: looked up as typed',
    file('budget.xlsx', '/Finance/2026', { remote: true }),
    named('2027'),
    undefined,
  ],
  ['two words of that shape: looked up as typed', file('Q1 vs Q2.xlsx', '/Reports'), named('Q3'), undefined],
  [
    'a word with no digit: looked up as typed',
    file('Q2 summary.docx', '/Reports'),
    named('budget'),
    undefined,
  ],
  ['quoted words: looked up as typed', file('Q2 summary.docx', '/Reports'), named('Q3', true), undefined],
  ['the same word again: looked up as typed', file('Q2 summary.docx', '/Reports'), named('Q2'), undefined],
];

describe('"the Q3 one" after a share is the sibling of the last item', () => {
  for (const [title, last, added, expected] of rows) {
    it(title, () => {
      const found = siblingOf(last, added);
      const shown =
        found?.kind === 'name'
          ? `name ${found.name}`
          : found?.kind === 'path'
            ? `path ${found.path}`
            : undefined;
      deepEqual(shown, expected);
    });
  }
});
