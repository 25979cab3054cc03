import { claim, type Scan, spanOf } from './scan';

const WORDISH = /[\p{L}\p{N}]/u;
const MAX_QUOTED = 300;

/** Finds where a quote opened at `open` closes, or -1; single quotes must not be apostrophes. */
function closingQuote(work: string, open: number): number {
  const q = work[open];
  for (let i = open + 1; i < work.length && i - open <= MAX_QUOTED; i++) {
    if (work[i] !== q) continue;
    if (q === '"') return i;
    const after = work[i + 1];
    if (after === undefined || !WORDISH.test(after)) return i;
  }
  return -1;
}

/** True when a quote at `i` can open a quoted string (a single quote must not follow a letter). */
function canOpen(work: string, i: number): boolean {
  if (work[i] === '"') return true;
  if (work[i] !== "'") return false;
  const before = work[i - 1];
  return before === undefined || !WORDISH.test(before);
}

/** Peels off quoted strings (straight or curly, single or double); the inner text is kept as a span. */
export function extractQuoted(scan: Scan): void {
  let i = 0;
  while (i < scan.work.length) {
    if (!canOpen(scan.work, i)) {
      i++;
      continue;
    }
    const close = closingQuote(scan.work, i);
    if (close < 0) {
      i++;
      continue;
    }
    const innerText = scan.work.slice(i + 1, close);
    const lead = innerText.length - innerText.trimStart().length;
    const trail = innerText.length - innerText.trimEnd().length;
    const innerStart = i + 1 + lead;
    const innerEnd = close - trail;
    if (innerEnd > innerStart && /[^\uE000]/.test(scan.work.slice(innerStart, innerEnd))) {
      claim(scan, {
        kind: 'quoted',
        span: spanOf(scan, i, close + 1),
        inner: spanOf(scan, innerStart, innerEnd),
      });
    }
    i = close + 1;
  }
}
