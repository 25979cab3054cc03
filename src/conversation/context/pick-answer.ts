import { foldedWords } from '../resolve/fold-text';

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
  const scored = labels.map((label, index) => {
    const shown = new Set(foldedWords(label));
    return { index, score: words.filter((word) => shown.has(word)).length };
  });
  const top = scored.filter((choice) => choice.score === words.length);
  return top.length === 1 ? top[0]?.index : undefined;
}

/** "the second one", "#2", "2", "number 3", "the last one": a position, when the answer (fillers left out) is only that. */
function ordinalOf(words: string[], count: number): number | undefined {
  if (words.length !== 1) return undefined;
  const [word = ''] = words;
  const index = word === 'last' ? count - 1 : /^\d$/.test(word) ? Number(word) - 1 : ORDINALS[word];
  return index !== undefined && index >= 0 && index < count ? index : undefined;
}
