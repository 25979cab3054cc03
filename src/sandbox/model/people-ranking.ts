import { foldForMatching, typoDistance, words } from './text-match';

/** How well a person matches: 4 exact full name, 3 exact name part, 2 prefix of a name part, 1 fuzzy. */
export interface Relevance {
  tier: number;
  total: number;
}

/**
 * Ranks a candidate against a people query: every query word must match some name part (exact,
 * prefix, or within a small edit distance), accents and case folded. Undefined when it does not match.
 */
export function rankPerson(
  query: string,
  names: Array<string | null | undefined>,
  addresses: Array<string | null | undefined>,
): Relevance | undefined {
  const q = words(query);
  if (q.length === 0) return undefined;
  const display = names[0] ? words(names[0]).join(' ') : '';
  if (display && display === q.join(' ')) return { tier: 4, total: 4 * q.length };
  const parts = new Set<string>();
  for (const n of names) for (const w of n ? words(n) : []) parts.add(w);
  for (const a of addresses) {
    if (!a) continue;
    const local = foldForMatching(a.split('@')[0]);
    parts.add(local);
    for (const w of local.split(/[._-]+/)) if (w) parts.add(w);
  }
  let tier = 4;
  let total = 0;
  for (const w of q) {
    let best = 0;
    for (const part of parts) {
      if (part === w) best = Math.max(best, 3);
      else if (part.startsWith(w)) best = Math.max(best, 2);
      else if (w.length >= 4) {
        const allowed = w.length <= 6 ? 1 : 2;
        const whole = typoDistance(w, part, allowed) <= allowed;
        const prefix = part.length > w.length && typoDistance(w, part.slice(0, w.length), 1) <= 1;
        if (whole || prefix) best = Math.max(best, 1);
      }
    }
    if (best === 0) return undefined;
    tier = Math.min(tier, best);
    total += best;
  }
  return { tier, total };
}
