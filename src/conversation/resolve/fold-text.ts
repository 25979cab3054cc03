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

/** German umlauts as they are spelt without them: "Müller" is also written "Mueller". */
const umlautSpellings: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

const apostrophes = /[’'`´ʼ]/g;
const hyphens = /[-‐‑‒–—]/g;

/**
 * Every way a name's words may be written, folded: with umlauts dropped (ü = u) or spelt out
 * (ü = ue), and with each hyphen or apostrophe either joining or separating words. So "García-López"
 * is both "garcia lopez" and "garcialopez", and "O'Brien" both "obrien" and "o brien".
 */
export function nameForms(text: string): string[][] {
  const spellings = new Set([text, text.replace(/[äöüÄÖÜ]/g, (letter) => umlautSpellings[letter] ?? letter)]);
  const forms = new Map<string, string[]>();
  for (const spelling of spellings) {
    for (const apostrophe of ['', ' ']) {
      for (const hyphen of ['', ' ']) {
        const words = foldedWords(spelling.replace(apostrophes, apostrophe).replace(hyphens, hyphen));
        if (words.length > 0) forms.set(words.join(' '), words);
      }
    }
  }
  return [...forms.values()];
}

/**
 * Levenshtein distance, bounded: stops early and returns `limit + 1` once it is exceeded. With
 * `transpositions`, two swapped neighbouring letters count as one edit ("Smiht" is one typo from "Smith").
 */
export function editDistance(a: string, b: string, limit = 3, transpositions = false): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (transpositions && swapped) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
