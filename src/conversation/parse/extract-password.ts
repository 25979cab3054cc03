import { claim, freshMatches, MASK_CHAR, type Scan, spanOf } from './scan';

const PASSWORD_CUE =
  /\b(?:(?:with|and|using|use|set)\s+(?:a\s+|the\s+)?)?(?:password|passcode|passwd|pwd|pw)(?=[\s:=])(?:\s+(?:is|of|to|set\s+to))?\s*[:=]?\s*/gi;

/** Peels off a password ("password X", "with password 'X'"); the value is taken verbatim. */
export function extractPassword(scan: Scan): string | undefined {
  for (const m of freshMatches(scan, PASSWORD_CUE)) {
    const at = m.index + m[0].length;
    if (scan.work[at] === MASK_CHAR) {
      const quoted = scan.pieces.find((p) => p.kind === 'quoted' && p.span.start === at);
      if (quoted?.kind !== 'quoted') continue;
      claim(scan, { kind: 'gap', span: spanOf(scan, m.index, quoted.span.end) });
      return quoted.inner.text;
    }
    const token = /^[^\s\uE000]+/.exec(scan.work.slice(at))?.[0].replace(/[,;]+$/, '');
    if (!token) continue;
    claim(scan, { kind: 'gap', span: spanOf(scan, m.index, at + token.length) });
    return scan.original.slice(at, at + token.length);
  }
  return undefined;
}
