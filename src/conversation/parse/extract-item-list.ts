import type { ItemRef } from './parsed-request';

/** A list of short names before one plural noun: "Q1, Q2 and Q3 reports", "the March and April budgets". */
const SHARED_NOUN_LIST =
  /^((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,2}?[\p{L}\p{N}][\p{L}\p{N}'’-]*)((?:\s*,\s*(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,2}?[\p{L}\p{N}][\p{L}\p{N}'’-]*)*)\s*,?\s+(?:and|&)\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,2}?[\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+(\p{L}{3,}s)$/u;

/** Plural nouns that say nothing about the name ("the Q1 and Q2 files"): the names stand alone. */
const NAMELESS_NOUNS = new Set(['files', 'items', 'things', 'copies', 'versions', 'ones']);

/** The singular of a plural item noun ("reports" → "report", "decks" → "deck"), kept in each name as a kind word. */
function singularOf(plural: string): string | undefined {
  if (NAMELESS_NOUNS.has(plural.toLowerCase())) return undefined;
  return /ies$/i.test(plural) ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
}

/**
 * Reads "the Q1, Q2 and Q3 reports" as three items ("Q1 report", "Q2 report", "Q3 report"): a list
 * of short names sharing one plural noun written once at the end. Only that shape is split; "budget
 * and forecast" (no plural noun for both) stays one name, as a file may be called that.
 */
export function splitSharedNounList(item: ItemRef): ItemRef[] | undefined {
  if (item.kind !== 'name' || item.quoted || item.folder || /\.[\p{L}\p{N}]{1,8}$/u.test(item.name))
    return undefined;
  // A plural kind word ("the design and launch decks") is read apart from the name as its kind; the
  // list still shares it, so it is put back for the split.
  const plural = item.fileKind && /s$/i.test(item.fileKind.word) ? item.fileKind.word : undefined;
  const m = SHARED_NOUN_LIST.exec(plural ? `${item.name} ${plural}` : item.name);
  if (!m) return undefined;
  const noun = singularOf(m[4] as string);
  const heads = [
    m[1] as string,
    ...(m[2] ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    m[3] as string,
  ];
  return heads.map((head) => ({ ...item, name: noun ? `${head} ${noun}` : head }));
}
