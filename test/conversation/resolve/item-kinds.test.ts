import assert from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { rankItems } from '../../../src/conversation/resolve/rank-items';
import type { DriveItemInfo } from '../../../src/domain/item';
import { type FileKind, isOfKind } from '../../../src/domain/item-kind';
import { MADRID } from '../parse/expectations';

function item(name: string, kind: 'file' | 'folder' = 'file'): DriveItemInfo {
  return { driveId: 'd', id: name, name, webUrl: `https://contoso.example/${name}`, kind };
}

const candidates = [
  item('Induction', 'folder'),
  item('Induction slides.pptx'),
  item('Induction checklist.docx'),
  item('Induction budget.xlsx'),
  item('Induction handbook.pdf'),
  item('Induction photo.jpg'),
];

/** A kind word is read apart from the name, and narrows the search to that kind. */
const rows: Array<[string, string, FileKind | 'folder' | undefined, string[]]> = [
  ['share the induction slides with Ana', 'induction', 'presentation', ['Induction slides.pptx']],
  ['share the induction deck with Ana', 'induction', 'presentation', ['Induction slides.pptx']],
  ['share the induction presentation with Ana', 'induction', 'presentation', ['Induction slides.pptx']],
  ['share the induction spreadsheet with Ana', 'induction', 'spreadsheet', ['Induction budget.xlsx']],
  ['send the induction workbook to Ana', 'induction', 'spreadsheet', ['Induction budget.xlsx']],
  ['give Ana the induction sheet', 'induction', 'spreadsheet', ['Induction budget.xlsx']],
  ['share the induction pdf with Ana', 'induction', 'pdf', ['Induction handbook.pdf']],
  [
    'share the induction doc with Ana',
    'induction',
    'document',
    ['Induction checklist.docx', 'Induction handbook.pdf'],
  ],
  ['share the induction picture with Ana', 'induction', 'image', ['Induction photo.jpg']],
  ['share the induction photo with Ana', 'induction', 'image', ['Induction photo.jpg']],
  ['share the induction folder with Ana', 'induction', 'folder', ['Induction']],
  [
    'share the induction file with Ana',
    'induction',
    'file',
    candidates.filter((c) => c.kind === 'file').map((c) => c.name),
  ],
  ['share induction with Ana', 'induction', undefined, candidates.map((c) => c.name)],
];

describe('item kinds', () => {
  for (const [sentence, name, kind, expected] of rows) {
    it(`"${sentence}" looks for ${kind ?? 'any item'} named "${name}"`, () => {
      const parsed = parseMessage(sentence, MADRID);
      assert.equal(parsed.intent, 'share');
      if (parsed.intent !== 'share') return;
      const ref = parsed.item;
      assert.equal(ref?.kind, 'name');
      if (ref?.kind !== 'name') return;
      assert.equal(ref.name, name);
      assert.equal(ref.folder ? 'folder' : ref.fileKind?.kind, kind);
      const ranked = rankItems(ref.name, candidates, ref.folder, ref.fileKind).map((r) => r.item.name);
      assert.deepEqual([...ranked].sort(), [...expected].sort());
    });
  }

  it('counts the kind word as part of the name when the file is named with it', () => {
    const ranked = rankItems('induction', candidates, false, { kind: 'presentation', word: 'slides' });
    assert.deepEqual(
      ranked.map((r) => [r.item.name, r.strength]),
      [['Induction slides.pptx', 'exact']],
    );
  });

  it('never counts a folder as a file of any kind', () => {
    for (const kind of ['presentation', 'spreadsheet', 'document', 'pdf', 'image', 'file'] as const) {
      assert.equal(isOfKind(item('Slides.pptx', 'folder'), kind), false, kind);
    }
  });
});
