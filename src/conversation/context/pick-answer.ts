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
 * or words that only one choice shows all of ("the final 2026 one", "Ana Silva"); "none" for "none of these";
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
  // 2026.xlsx"); "Ana Smith" never picks "Ana Lopez".
  const exact = choicesShowing(words, labels, (word, shown) => shown.includes(word));
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  // A typo in a word of the answer ("budjet final") still names a choice, but only one letter off,
  // only in words, never in numbers ("2025" never picks "2026"), and only when one choice fits.
  const close = choicesShowing(words, labels, (word, shown) =>
    shown.some((other) => other === word || isOneTypoAway(word, other)),
  );
  return close.length === 1 ? close[0] : undefined;
}

/** The choices whose label shows every word of the answer, by the given test of one word. */
function choicesShowing(
  words: readonly string[],
  labels: readonly string[],
  shows: (word: string, shown: readonly string[]) => boolean,
): number[] {
  return labels.flatMap((label, index) => {
    const shown = foldedWords(label);
    return words.every((word) => shows(word, shown)) ? [index] : [];
  });
}

/** One letter wrong, missing, added or two swapped, in words of four letters or more. */
function isOneTypoAway(word: string, other: string): boolean {
  if (word.length < 4 || other.length < 4 || /\d/.test(word) || /\d/.test(other)) return false;
  return editDistance(word, other, 1, true) <= 1;
}

/** "the second one", "#2", "2", "number 3", "the last one": a position, when the answer (fillers left out) is only that. */
function ordinalOf(words: string[], count: number): number | undefined {
  if (words.length !== 1) return undefined;
  const [word = ''] = words;
  const index =
    word === 'last'
      ? count - 1
      : /^\d$/.test(word)
        ? Number(word) - 1
        : (ORDINALS[word] ?? misspeltOrdinal(word));
  return index !== undefined && index >= 0 && index < count ? index : undefined;
}

/** "secnod", "thrid", "fouth": an ordinal one typo away, when exactly one ordinal word is that close. */
function misspeltOrdinal(word: string): number | undefined {
  const close = Object.keys(ORDINALS).filter(
    (ordinal) => /^[a-z]+$/.test(ordinal) && isOneTypoAway(word, ordinal),
  );
  return close.length === 1 ? ORDINALS[close[0] as string] : undefined;
}
