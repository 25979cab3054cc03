/**
 * Negation before a role phrase ("don't let him edit", "she must not change it", "read but not
 * write"). A negated edit asks for less than edit, so it reads as view; a negated view or owner
 * never adds access. Precision first: a false alarm here only ever lowers the role.
 */

/** Where the clause of a role phrase begins: punctuation, a peeled-off piece, or a joining word. */
const CLAUSE_BREAK =
  /[,;.!?:()\uE000]|\s-\s|\b(?:but|and|or|so|then|because|while|though|although|however|yet|also|plus)\b/gi;

/** A negating word, with or without its apostrophe ("don't", "dont", "can't", "cannot", "never", "no"). */
const NEGATOR =
  /^(?:not|no|never|nor|without|cannot|unable|none|(?:do|does|did|ca|could|should|must|need|would|wo|is|are|was|were|might|sha|has|have|had|ai)n'?t)$/i;

/** How many words before a role phrase a negation may stand ("I don't want her to edit"). */
const WINDOW = 5;

/** The negating word before a role phrase, as a range of the working text. */
export interface Negation {
  start: number;
  end: number;
}

/**
 * The negation of the phrase starting at `start` in the scan's working text, or undefined when
 * the phrase is not negated. Only the phrase's own clause is looked at.
 */
export function negationBefore(work: string, start: number): Negation | undefined {
  const before = work.slice(0, start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const words = [...before.slice(clauseStart).matchAll(/\S+/g)].slice(-WINDOW);
  const negator = words.find((w) => NEGATOR.test(w[0].replace(/^["'*_~]+|["'*_~]+$/g, '')));
  if (!negator) return undefined;
  const at = clauseStart + negator.index;
  return { start: at, end: at + negator[0].length };
}
