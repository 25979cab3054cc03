/** Lower-cases and strips accents so "José" and "jose" compare equal. */
export function foldForMatching(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits folded text into words (letters and digits). */
export function words(text: string): string[] {
  return foldForMatching(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Levenshtein distance, bounded: returns max + 1 as soon as the distance exceeds max. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** True when every query word occurs in the name (any order), ignoring case and accents. */
export function nameMatchesQuery(name: string, query: string): boolean {
  const haystack = foldForMatching(name);
  const needles = words(query);
  return needles.length > 0 && needles.every((w) => haystack.includes(w));
}
