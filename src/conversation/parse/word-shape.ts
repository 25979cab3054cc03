import type { Scan } from './scan';

/**
 * True when a word that could be a pronoun or article is written as an acronym in a message that
 * is not all capitals: "IT" in "share IT checklist.xlsx" or "share it with IT" names something,
 * "IT" in "SHARE IT WITH ANA" does not.
 */
export function isAcronym(scan: Scan, text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text) && /\p{Ll}/u.test(scan.original);
}
