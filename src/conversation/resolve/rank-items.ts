import type { DriveItemInfo } from '../../domain/item';
import { isOfKind } from '../../domain/item-kind';
import type { FileKindWord } from '../parse/parsed-request';
import { editDistance, foldedWords, foldText } from './fold-text';

/** How well an item's name matched what the person typed. */
export type MatchStrength = 'exact' | 'partial' | 'fuzzy';

export interface RankedItem {
  item: DriveItemInfo;
  strength: MatchStrength;
}

/** Strips a file extension ("report.xlsx" -> "report"). */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function hasExtension(name: string): boolean {
  return /\.[\p{L}\p{N}]{1,8}$/u.test(name);
}

function strengthOf(query: string, item: DriveItemInfo): MatchStrength | undefined {
  const q = foldText(query);
  const name = foldText(item.name);
  const base = foldText(baseName(item.name));
  if (name === q || (!hasExtension(query) && base === q)) return 'exact';
  const queryWords = foldedWords(query);
  const nameWords = new Set(foldedWords(item.name));
  if (queryWords.length > 0 && queryWords.every((word) => nameWords.has(word))) return 'partial';
  if (name.startsWith(q) || base.startsWith(q)) return 'partial';
  const target = hasExtension(query) ? name : base;
  const limit = q.length <= 4 ? 1 : q.length <= 10 ? 2 : 3;
  if (editDistance(q, target, limit) <= limit) return 'fuzzy';
  return undefined;
}

const order: Record<MatchStrength, number> = { exact: 0, partial: 1, fuzzy: 2 };

/** The better of two match strengths. */
function stronger(a: MatchStrength | undefined, b: MatchStrength | undefined): MatchStrength | undefined {
  if (!a || !b) return a ?? b;
  return order[a] <= order[b] ? a : b;
}

/**
 * Ranks candidate items for a typed name: exact names first, then word or prefix matches, then
 * near-misses. Duplicates (the same item found twice) are dropped; items that do not match at all
 * are left out, and so are items of another kind: only folders for "folder", only files of the
 * kind for a kind word ("the induction slides" never picks the folder Induction). The kind word
 * may be part of the name too ("Induction slides.pptx" is exact for "induction slides"). Ties keep
 * the order Graph returned (its relevance), newest first when dated.
 */
export function rankItems(
  query: string,
  candidates: DriveItemInfo[],
  folderWanted: boolean,
  fileKind?: FileKindWord,
): RankedItem[] {
  const seen = new Set<string>();
  const ranked: RankedItem[] = [];
  for (const item of candidates) {
    const key = `${item.driveId}/${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (folderWanted && item.kind !== 'folder') continue;
    if (fileKind && !isOfKind(item, fileKind.kind)) continue;
    const withWord = fileKind ? strengthOf(`${query} ${fileKind.word}`, item) : undefined;
    const strength = stronger(strengthOf(query, item), withWord);
    if (strength) ranked.push({ item, strength });
  }
  return ranked.sort((a, b) => order[a.strength] - order[b.strength]);
}
