import { DETERMINERS, PRONOUNS } from './lexicon';
import type { RecipientRef } from './parsed-request';
import { type Scan, spanOf } from './scan';
import { isJoiner } from './segments';
import type { Token } from './tokenize';
import { isAcronym } from './word-shape';

type WordToken = Extract<Token, { type: 'word' }>;

/** A recipient read from a piece that is a person by its form (mention, email, "everyone in this chat"). */
export function pieceRecipient(token: Token): RecipientRef | undefined {
  if (token.type !== 'piece') return undefined;
  const p = token.piece;
  switch (p.kind) {
    case 'mention':
      return {
        kind: 'mention',
        teamsId: p.mention.teamsId,
        ...(p.mention.aadObjectId ? { aadObjectId: p.mention.aadObjectId } : {}),
        name: p.mention.name,
        span: p.span,
      };
    case 'email':
      return { kind: 'email', email: p.email, span: p.span };
    case 'chatMembers':
      return { kind: 'chatMembers', span: p.span, ...(p.team ? { team: p.team } : {}) };
    default:
      return undefined;
  }
}

/** A name recipient from a run of words, without articles, a leading "@", the requester or bare pronouns. */
function nameRecipient(scan: Scan, run: WordToken[]): RecipientRef | undefined {
  // A bracketed aside is not part of a name ("Lee (finance)").
  let words = run.filter((w) => !/^[([{].*[)\]}]$/.test(w.text));
  while (words.length > 0 && DETERMINERS.has((words[0] as WordToken).lower)) words = words.slice(1);
  while (words.length > 0 && DETERMINERS.has((words.at(-1) as WordToken).lower)) words = words.slice(0, -1);
  const pronoun = (w: WordToken) => PRONOUNS.has(w.lower.replace(/^@/, '')) && !isAcronym(scan, w.text);
  if (words.length === 0 || words.every(pronoun)) return undefined;
  const first = words[0] as WordToken;
  const last = words.at(-1) as WordToken;
  const start = first.span.start + (first.text.startsWith('@') ? 1 : 0);
  const span = spanOf(scan, start, last.span.end);
  const text = span.text.trim();
  return text.length > 0 ? { kind: 'name', text, span } : undefined;
}

/**
 * Reads the people in a phrase: pieces as they are, word runs split at commas, "and", "&", "+".
 * A quoted text is a person only where a name could start (`with "Ana Lopez"`, not `with Ana "see tab 2"`).
 */
export function readRecipients(
  scan: Scan,
  tokens: readonly Token[],
  skip: ReadonlySet<Token>,
): RecipientRef[] {
  const recipients: RecipientRef[] = [];
  let run: WordToken[] = [];
  const flush = () => {
    const r = nameRecipient(scan, run);
    if (r) recipients.push(r);
    run = [];
  };
  for (const token of tokens) {
    if (skip.has(token) || isJoiner(token)) {
      flush();
      continue;
    }
    if (token.type === 'word') {
      run.push(token);
      continue;
    }
    const followsWords = run.length > 0;
    const fromPiece = pieceRecipient(token);
    // Words right before an address or a mention describe that person ("the new hire
    // maria@contoso.com", "Maria <maria@contoso.com>"): the address alone identifies them.
    if (fromPiece && fromPiece.kind !== 'chatMembers') run = [];
    flush();
    if (fromPiece) {
      recipients.push(fromPiece);
    } else if (token.type === 'piece' && token.piece.kind === 'quoted' && !followsWords) {
      recipients.push({ kind: 'name', text: token.piece.inner.text, span: token.piece.inner });
    }
  }
  flush();
  return recipients;
}
