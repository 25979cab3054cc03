import type { RoleAsk } from './parsed-request';
import { hasModal, ROLE_PATTERN, type RoleKind, roleKindOfMatch } from './role-lexicon';
import { negationBefore } from './role-negation';
import { claim, freshMatches, isClaimed, type Scan, spanOf } from './scan';

/** A role word glued to a file name ("review.xlsx", "Budget-review.xlsx") is part of the name. */
export function insideFileName(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const gluedBefore = before !== undefined && !/[\s"'([{,;]/.test(before);
  const extensionAfter = /^\.[\p{L}][\p{L}\p{N}]{0,7}(?![\p{L}\p{N}])/u.test(text.slice(end));
  return (
    extensionAfter ||
    (gluedBefore && /^[^\s]*\.[\p{L}][\p{L}\p{N}]{0,7}(?![\p{L}\p{N}])/u.test(text.slice(end)))
  );
}

/** Words that end a file name written before them ("… notes.docx with Ana"). */
const NAME_BREAKS = /^(?:with|to|for|on|in|as|and|or|via|w\/|from|until|till|by)$/i;
/** Verbs whose object is the item itself, so a capitalised word after them starts its name. */
const ITEM_VERBS = /^(?:share|send|forward|post)$/i;

/**
 * A single role word inside an unquoted multi-word file name ("Editor guide.pdf", "share Code
 * review notes.docx with Ana"): followed by at most four more words and then a word with an
 * extension, with no preposition between, and either capitalised itself (not as the first word)
 * or right after a capitalised word that follows "share"/"send". Anything else stays a role.
 */
export function insideNameRun(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/\s/.test(word)) return false;
  const after = text.slice(end).split(/\s+/).filter(Boolean).slice(0, 5);
  const fileAt = after.findIndex((w) => /\.[\p{L}][\p{L}\p{N}]{0,7}[.,;:!?)]*$/u.test(w));
  if (fileAt < 0 || after.slice(0, fileAt + 1).some((w) => NAME_BREAKS.test(w))) return false;
  const before = text.slice(0, start).split(/\s+/).filter(Boolean);
  const previous = before.at(-1);
  if (/^\p{Lu}/u.test(word)) return before.length > 0 && !/[.!?]$/.test(previous ?? '');
  return !!previous && /^\p{Lu}/u.test(previous) && ITEM_VERBS.test(before.at(-2) ?? '');
}

/**
 * What a negated role phrase asks for: "not edit" is view, "can't view" is no role Graph has (ask),
 * "not as owner" asks for nothing. Never more than the phrase without its negation.
 */
function negatedKind(kind: RoleKind): RoleKind | undefined {
  switch (kind) {
    case 'write':
      return 'read';
    case 'read':
    case 'unsupported':
      return 'unsupported';
    case 'owner':
      return undefined;
  }
}

/**
 * Peels off every role word or phrase ("as editor", "read-only", "should be able to edit",
 * "owner"), each read with any negation before it in its clause ("she must not change it").
 */
export function extractRoles(scan: Scan): void {
  for (const m of freshMatches(scan, ROLE_PATTERN)) {
    const end = m.index + m[0].length;
    if (insideFileName(scan.work, m.index, end) || insideNameRun(scan.work, m.index, end)) continue;
    // A capitalised modal inside a sentence is a name: "let May edit" is May and "edit".
    const name = /^(?:May|Will|Can|Must|Shall)\s+/.exec(scan.original.slice(m.index, end));
    if (name && !/(?:^|[.!?]\s*)$/.test(scan.work.slice(0, m.index))) {
      claimRole(scan, m.index + name[0].length, end, roleKindOfMatch(m), false);
      continue;
    }
    claimRole(scan, m.index, end, roleKindOfMatch(m), hasModal(m[0]));
  }
}

/** Claims a role phrase at [start, end) as `kind`, or as less when its clause negates it. */
export function claimRole(scan: Scan, start: number, end: number, kind: RoleKind, modal: boolean): void {
  const span = spanOf(scan, start, end);
  const negation = negationBefore(scan.work, start);
  if (!negation) {
    claim(scan, { kind: 'role', span, entry: { kind, words: span.text, modal } });
    return;
  }
  // The negating word is read here; it is no part of a name ("she shouldn't" is not a person).
  const words = scan.original.slice(negation.start, end).replace(/\s+/g, ' ');
  if (!isClaimed(scan, negation.start, negation.end))
    claim(scan, { kind: 'gap', span: spanOf(scan, negation.start, negation.end) });
  const lowered = negatedKind(kind);
  if (!lowered) {
    claim(scan, { kind: 'gap', span });
    return;
  }
  claim(scan, { kind: 'role', span, entry: { kind: lowered, words, modal } });
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
