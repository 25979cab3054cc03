import type { SpecialFolderName } from './parsed-request';
import { claim, freshMatches, type Scan, spanOf } from './scan';

const SPECIAL_NAMES: Array<[RegExp, SpecialFolderName]> = [
  [/^(?:documents|docs|my\s+documents)$/i, 'documents'],
  [/^(?:photos|pictures|pics)$/i, 'photos'],
  [/^camera\s*roll$/i, 'cameraroll'],
  [/^desktop$/i, 'desktop'],
  [/^music$/i, 'music'],
  [/^(?:apps?\s+folder|app\s*root|apps?)$/i, 'approot'],
];

const SPECIAL_FOLDER =
  /\bmy\s+(?:onedrive(?:'s)?\s+)?(documents|docs|photos|pictures|pics|camera\s*roll|desktop|music|apps?\s+folder|app\s*root)(?:\s+folder)?\b/gi;

/** The special folder a word names ("Documents" -> documents, "camera roll" -> cameraroll), if any. */
export function specialFolderNamed(word: string): SpecialFolderName | undefined {
  return SPECIAL_NAMES.find(([re]) => re.test(word.trim()))?.[1];
}

/** Peels off "my Documents folder", "my photos", "my camera roll", "my app folder" (docs/graph-notes.md §3.5). */
export function extractSpecialFolders(scan: Scan): void {
  for (const m of freshMatches(scan, SPECIAL_FOLDER)) {
    const name = specialFolderNamed(m[1] ?? '');
    if (name) claim(scan, { kind: 'special', span: spanOf(scan, m.index, m.index + m[0].length), name });
  }
}
