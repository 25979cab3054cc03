import { looksLikeFileName } from './file-name';
import { BOUNDARY_WORDS, JOINERS, PREPOSITIONS } from './lexicon';
import { claim, freshMatches, MASK_CHAR, type Scan, spanOf } from './scan';

const PATH_START = /(?<=^|[\s([,:])\/[^\s/\uE000]+(?:\/[^\s/\uE000]*)*/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Extends a path across spaces while a later word still continues it ("/Finance/Q3 plans/plan.xlsx"). */
function extendAcrossSpaces(work: string, end: number): number {
  const rest = work.slice(end);
  const words = rest.split(/(?<=\S)(?=\s)/);
  let offset = 0;
  let best = 0;
  for (const chunk of words) {
    const word = chunk.trim();
    if (!/^ \S/.test(chunk) || word.includes(MASK_CHAR)) break;
    const lower = word.toLowerCase();
    if (
      BOUNDARY_WORDS.has(lower) ||
      PREPOSITIONS.has(lower) ||
      JOINERS.has(lower) ||
      lower === 'as' ||
      /^[,;()]/.test(word)
    ) {
      break;
    }
    offset += chunk.length;
    const clean = word.replace(TRAILING_PUNCTUATION, '');
    if (clean.includes('/') || looksLikeFileName(clean)) best = offset - (word.length - clean.length);
    if (offset > 120) break;
  }
  return end + best;
}

/** Peels off drive paths ("/Reports/report.xlsx", "/Finance/2027/plan.xlsx"); quoted paths come from quotes. */
export function extractPaths(scan: Scan): void {
  for (const m of freshMatches(scan, PATH_START)) {
    const raw = m[0].replace(TRAILING_PUNCTUATION, '');
    let end = m.index + raw.length;
    if (raw.length === m[0].length) end = extendAcrossSpaces(scan.work, end);
    const path = normalizePath(scan.original.slice(m.index, end));
    if (path.length > 1) claim(scan, { kind: 'path', span: spanOf(scan, m.index, end), path });
  }
}

/** Keeps a leading slash and drops a trailing one ("/Reports/" -> "/Reports"). */
export function normalizePath(path: string): string {
  const trimmed = path.trim();
  return trimmed.length > 1 ? trimmed.replace(/\/+$/, '') : trimmed;
}
