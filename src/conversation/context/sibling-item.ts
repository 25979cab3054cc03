import type { DriveItemInfo } from '../../domain/item';
import type { ItemRef } from '../parse/parsed-request';

/** A word's shape: letters as "a", digits as "0" ("Q3" → "a0", "2027" → "0000", "v4" → "a0"). */
function shapeOf(word: string): string {
  return word.replace(/\p{L}/gu, 'a').replace(/\p{N}/gu, '0');
}

/** `text` with its one word shaped like `word` swapped for it; undefined for none or several such words. */
function swapSameShape(text: string, word: string, separators: RegExp): string | undefined {
  const parts = text.split(separators);
  const sameShape = parts.flatMap((part, index) =>
    shapeOf(part) === shapeOf(word) && part.toLowerCase() !== word.toLowerCase() ? [index] : [],
  );
  const [at] = sameShape;
  if (sameShape.length !== 1 || at === undefined) return undefined;
  return parts.map((part, index) => (index === at ? word : part)).join('');
}

/**
 * "and the Q3 one too" after sharing "Q2 summary.docx": the last item's name with its one word of
 * the same shape swapped for the new word ("Q3 summary.docx"), so "the Q3 one" means the sibling
 * file, not any folder called Q3. When the name has no such word but the folder does
 * ("/Finance/2026/budget.xlsx", "the 2027 one"), the same name in the swapped folder, as a path in
 * the person's own drive. Only a single unquoted word holding a digit ("Q3", "2027", "v4") is
 * read this way; undefined otherwise, and the words are looked up as they are.
 */
export function siblingOf(last: DriveItemInfo, added: ItemRef): ItemRef | undefined {
  if (added.kind !== 'name' || added.quoted || added.folder) return undefined;
  const word = added.name.trim();
  if (!/^[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*$/u.test(word)) return undefined;
  const name = swapSameShape(last.name, word, /([\s._-]+)/);
  if (name) return { ...added, name };
  const ownDrive = !last.remote && !last.shareId && last.driveType !== 'documentLibrary';
  const folder = ownDrive && last.folderPath ? swapSameShape(last.folderPath, word, /(\/)/) : undefined;
  return folder ? { kind: 'path', path: `${folder}/${last.name}`, span: added.span } : undefined;
}
