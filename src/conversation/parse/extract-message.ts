import { claim, freshMatches, MASK_CHAR, type Scan, spanOf } from './scan';

const MESSAGE_CUE = new RegExp(
  [
    String.raw`\b(?:and\s+)?(?:saying|that\s+says|which\s+says|tell(?:ing)?\s+(?:them|him|her)(?:\s+that)?)\b`,
    String.raw`\b(?:with|w\/|plus|and|add|include)\s+(?:a|the|this|my)?\s*(?:short\s+)?(?:note|message|comment|msg|memo)(?:\s+(?:saying|that\s+says|of|reading))?\b`,
    String.raw`\b(?:note|message|msg|memo|comment)\s*[:=\-\u2013\u2014]`,
  ].join('|'),
  'gi',
);

/** The quoted piece that starts at `at` (after spaces and a colon), if any. */
function quotedAt(scan: Scan, at: number) {
  let i = at;
  while (i < scan.work.length && /[\s:=\-\u2013\u2014]/.test(scan.work[i] ?? '')) i++;
  if (scan.work[i] !== MASK_CHAR) return undefined;
  return scan.pieces.find((p) => p.kind === 'quoted' && p.span.start === i);
}

/** Peels off an explicit message: a quoted text after a cue, or everything after "saying", "note:", "with a note"... */
export function extractMessage(scan: Scan): string | undefined {
  for (const m of freshMatches(scan, MESSAGE_CUE)) {
    const cueEnd = m.index + m[0].length;
    const quoted = quotedAt(scan, cueEnd);
    if (quoted?.kind === 'quoted') {
      claim(scan, { kind: 'gap', span: spanOf(scan, m.index, quoted.span.end) });
      return quoted.inner.text;
    }
    const restStart = cueEnd + (/^[\s:=\-\u2013\u2014]*/.exec(scan.work.slice(cueEnd))?.[0].length ?? 0);
    const text = scan.original.slice(restStart).trim();
    if (text.length === 0) continue;
    claim(scan, { kind: 'gap', span: spanOf(scan, m.index, scan.original.length) });
    return text;
  }
  return undefined;
}
