import { editDistance, foldedWords } from '../resolve/fold-text';

const ORDINALS: Record<string, number> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
};

/** Words that carry no choice ("the second one please", "I mean the 2026 one"). */
const FILLER = new Set(
  'the one a an that this please pls i mean meant want choose pick take option number no yes its it s file folder person ok okay sorry'.split(
    ' ',
  ),
);

const NONE_OF_THESE =
  /^(?:none(?:\s+of\s+(?:these|them|those))?|neither|no(?:ne)?\s+of\s+those|not\s+any\s+of\s+(?:these|them))$/i;

/**
 * Which choice of a pick card a typed answer names: its position ("the second one", "2", "last"),
 * or words that only one choice shows all of ("the final 2026 one", "Ana Silva"), within a small typo
 * when no choice shows them exactly ("the secnod one", "budjet final"); "none" for "none of these";
 * undefined when it names none or several (then Sharebot asks again). `labels`: each choice's
 * words as the card shows them (name plus folder, or name plus address).
 */
export function choiceNamed(answer: string, labels: readonly string[]): number | 'none' | undefined {
  const trimmed = answer.trim().replace(/[.!?]+$/, '');
  if (NONE_OF_THESE.test(trimmed)) return 'none';
  const words = foldedWords(trimmed).filter((word) => !FILLER.has(word));
  const number = ordinalOf(words, labels.length);
  if (number !== undefined) return number;
  if (words.length === 0) return undefined;
  // Only a choice that shows every word of the answer ("the final 2026 one" for "Budget final
  // 2026.xlsx"); "Ana Smith" never picks "Ana Lopez". Exact words first; only when no choice
  // shows them all, words within a typo of a shown word ("budjet final", "Ana Lopes").
  const shown = labels.map((label) => foldedWords(label));
  const exact = onlyChoice(shown, (choice) => words.every((word) => choice.includes(word)));
  if (exact !== undefined || shown.some((choice) => words.every((word) => choice.includes(word))))
    return exact;
  const typo = onlyChoice(shown, (choice) =>
    words.every((word) => choice.some((seen) => isTypoOf(word, seen))),
  );
  if (typo !== undefined) return typo;
  return anyChoiceShowsTypo(shown, words) ? undefined : misspeltOrdinal(words, labels.length);
}

/** The index of the one choice that passes `fits`; undefined for none or several. */
function onlyChoice(choices: string[][], fits: (choice: string[]) => boolean): number | undefined {
  const fitting = choices.flatMap((choice, index) => (fits(choice) ? [index] : []));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** How many edits a typed word of this length may hold: none for short words, one, two for long ones. */
function typosAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * True when a typed word is the shown word or a typo of it (swapped letters count as one edit).
 * Numbers must match exactly: "2025" is never a typo of "2026".
 */
function isTypoOf(typed: string, shownWord: string): boolean {
  if (typed === shownWord) return true;
  if (/\d/.test(typed) || /\d/.test(shownWord)) return false;
  const allowed = typosAllowed(shownWord);
  return allowed > 0 && editDistance(typed, shownWord, allowed, true) <= allowed;
}

/** True when some typed word is a typo of a word a choice shows, so it is not read as a position. */
function anyChoiceShowsTypo(choices: string[][], words: string[]): boolean {
  return choices.some((choice) => words.some((word) => choice.some((seen) => isTypoOf(word, seen))));
}

/** "the secnod one", "the thrid": a misspelt position word, when it is the whole answer and close to one position only. */
function misspeltOrdinal(words: string[], count: number): number | undefined {
  if (words.length !== 1) return undefined;
  const [word = ''] = words;
  const positions = ['last', ...Object.keys(ORDINALS).filter((key) => /^\p{L}+$/u.test(key))];
  const near = positions.filter((position) => isTypoOf(word, position));
  if (near.length !== 1) return undefined;
  const [position = ''] = near;
  const index = position === 'last' ? count - 1 : (ORDINALS[position] ?? -1);
  return index >= 0 && index < count ? index : undefined;
}

/** "the second one", "#2", "2", "number 3", "the last one": a position, when the answer (fillers left out) is only that. */
function ordinalOf(words: string[], count: number): number | undefined {
  if (words.length !== 1) return undefined;
  const [word = ''] = words;
  const index = word === 'last' ? count - 1 : /^\d$/.test(word) ? Number(word) - 1 : ORDINALS[word];
  return index !== undefined && index >= 0 && index < count ? index : undefined;
}
