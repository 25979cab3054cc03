import { claim, freshMatches, type Scan, spanOf } from './scan';

const EMAIL_PATTERN =
  /(?:mailto:)?(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+'-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/giu;

const WRAPPERS: Record<string, string> = { '<': '>', '(': ')', '[': ']' };

/** Peels off email addresses (with or without "mailto:"), lower-casing nothing: the directory decides. */
export function extractEmails(scan: Scan): void {
  for (const m of freshMatches(scan, EMAIL_PATTERN)) {
    const prefix = /^mailto:/i.exec(m[0])?.[0].length ?? 0;
    const start = m.index + prefix;
    const end = m.index + m[0].length;
    const email = scan.original.slice(start, end);
    if (prefix > 0) claim(scan, { kind: 'gap', span: spanOf(scan, m.index, start) });
    // "Maria <maria@contoso.com>" and "Maria (maria@contoso.com)": the brackets belong to the address.
    const closer = WRAPPERS[scan.work[m.index - 1] ?? ''];
    const wrapped = closer !== undefined && closer === scan.work[end];
    const span = wrapped ? spanOf(scan, m.index - 1, end + 1) : spanOf(scan, start, end);
    claim(scan, { kind: 'email', span, email });
  }
}
