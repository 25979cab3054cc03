/** Letters that carry no combining accent in Unicode, so NFKD alone does not fold them. */
const letterFolds: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** Folds text for matching: lower case, accents and punctuation removed, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðłþı]/g, (letter) => letterFolds[letter] ?? letter)
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}.@]+/gu, ' ')
    .trim();
}

/** Splits folded text into words. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[\s.]+/)
    .filter((word) => word.length > 0);
}

/** Levenshtein distance, bounded: stops early and returns `limit + 1` once it is exceeded. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
