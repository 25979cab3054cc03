import type { RoleAsk } from './parsed-request';
import { hasModal, ROLE_PATTERN, roleKindOfMatch } from './role-lexicon';
import { claim, freshMatches, type Scan, spanOf } from './scan';

/** A role word glued to a file name ("review.xlsx", "Budget-review.xlsx") is part of the name. */
function insideFileName(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const gluedBefore = before !== undefined && !/[\s"'([{,;]/.test(before);
  const extensionAfter = /^\.[\p{L}][\p{L}\p{N}]{0,7}(?![\p{L}\p{N}])/u.test(text.slice(end));
  return (
    extensionAfter ||
    (gluedBefore && /^[^\s]*\.[\p{L}][\p{L}\p{N}]{0,7}(?![\p{L}\p{N}])/u.test(text.slice(end)))
  );
}

/** Peels off every role word or phrase ("as editor", "read-only", "should be able to edit", "owner"). */
export function extractRoles(scan: Scan): void {
  for (const m of freshMatches(scan, ROLE_PATTERN)) {
    if (insideFileName(scan.work, m.index, m.index + m[0].length)) continue;
    const words = scan.original.slice(m.index, m.index + m[0].length);
    claim(scan, {
      kind: 'role',
      span: spanOf(scan, m.index, m.index + m[0].length),
      entry: { kind: roleKindOfMatch(m), words, modal: hasModal(m[0]) },
    });
  }
}

/** Folds the role phrases found into one ask: none, one role, owner, unsupported, or a conflict. */
export function decideRole(scan: Scan): RoleAsk {
  const entries = scan.pieces
    .filter((p) => p.kind === 'role')
    .sort((a, b) => a.span.start - b.span.start)
    .map((p) => p.entry);
  const first = entries[0];
  if (!first) return { kind: 'unspecified' };
  const kinds = new Set(entries.map((e) => e.kind));
  if (kinds.size > 1) {
    const words: string[] = [];
    const seen = new Set<string>();
    for (const e of entries) {
      if (!seen.has(e.kind)) words.push(e.words);
      seen.add(e.kind);
    }
    return { kind: 'conflict', words };
  }
  switch (first.kind) {
    case 'read':
    case 'write':
      return { kind: 'role', role: first.kind, words: first.words };
    case 'owner':
      return { kind: 'owner', words: first.words };
    case 'unsupported':
      return { kind: 'unsupported', words: first.words };
  }
}
