import {
  ACCESS_NOUNS,
  BOUNDARY_WORDS,
  JOINERS,
  MODAL_WORDS,
  NEED_VERBS,
  PREPOSITIONS,
  SKIP_WORDS,
  VERBS,
  type VerbKind,
} from './lexicon';
import type { Token } from './tokenize';

/** A word or piece that ends one phrase and says what the next phrase is. */
export type Marker =
  | { kind: 'start' }
  | { kind: 'hard' }
  | { kind: 'verb'; verb: VerbKind; word: string }
  | { kind: 'prep'; word: string; afterRole: boolean }
  | { kind: 'arrow' }
  | { kind: 'need' }
  | { kind: 'role'; modal: boolean }
  | { kind: 'access'; word: string }
  | { kind: 'as' }
  | { kind: 'modal' };

/** A phrase between two markers, with the markers around it and the verb that governs it. */
export interface Segment {
  pre: Marker;
  post: Marker | undefined;
  verb: VerbKind | undefined;
  tokens: Token[];
}

/** True when a token is a joiner inside a list ("," "and" "&" "+"). */
export function isJoiner(token: Token): boolean {
  return (
    (token.type === 'punct' || token.type === 'word') &&
    JOINERS.has(token.type === 'word' ? token.lower : token.text)
  );
}

/** The marker a token is, or undefined when it is content; `clauseStart` says no content came before it. */
function markerOf(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
  clauseStart: boolean,
): Marker | undefined {
  if (token.type === 'piece') {
    if (token.piece.kind === 'role') return { kind: 'role', modal: token.piece.entry.modal };
    if (token.piece.kind === 'gap') return { kind: 'hard' };
    return undefined;
  }
  if (token.type === 'punct') {
    if (['->', '=>', '\u2192'].includes(token.text)) return { kind: 'arrow' };
    return isJoiner(token) ? undefined : { kind: 'hard' };
  }
  const word = token.lower;
  if (JOINERS.has(word)) return undefined;
  const verb = VERBS.get(word);
  // Compared with the typed text: a misspelt verb ("shre") has the corrected word as `lower`.
  const lowerCase = token.text === token.text.toLowerCase();
  if (verb && (clauseStart || lowerCase)) return { kind: 'verb', verb, word };
  if (word === 'as') return { kind: 'as' };
  if (PREPOSITIONS.has(word)) {
    const afterRole =
      previous?.type === 'piece'
        ? previous.piece.kind === 'role'
        : previous?.type === 'word' && ACCESS_NOUNS.has(previous.lower);
    return { kind: 'prep', word: word === 'wth' ? 'with' : word, afterRole };
  }
  if (ACCESS_NOUNS.has(word)) return { kind: 'access', word };
  if (NEED_VERBS.has(word)) return { kind: 'need' };
  if (MODAL_WORDS.has(word)) {
    const subjectFollows = next?.type === 'word' || next?.type === 'piece';
    return clauseStart && subjectFollows ? { kind: 'modal' } : { kind: 'hard' };
  }
  if (BOUNDARY_WORDS.has(word)) return { kind: 'hard' };
  return undefined;
}

/**
 * True when a skip word is the auxiliary, not a name: "Will" mid-sentence is a name ("share it
 * with Will"), and so is "Will" before a modal role ("Will can edit it").
 */
function isAuxiliary(
  token: Token & { type: 'word' },
  next: Token | undefined,
  clauseStart: boolean,
): boolean {
  if (token.text === token.lower) return true;
  const modalFollows = next?.type === 'piece' && next.piece.kind === 'role' && next.piece.entry.modal;
  return clauseStart && !modalFollows;
}

/** Cuts the tokens into phrases at markers, remembering which verb governs each phrase. */
export function segment(tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { pre: { kind: 'start' }, post: undefined, verb: undefined, tokens: [] };
  let verb: VerbKind | undefined;
  let clauseStart = true;
  tokens.forEach((token, i) => {
    // "Will" mid-sentence is a name, not the auxiliary ("share it with Will").
    if (
      token.type === 'word' &&
      SKIP_WORDS.has(token.lower) &&
      isAuxiliary(token, tokens[i + 1], clauseStart)
    )
      return;
    const marker = markerOf(token, tokens[i - 1], tokens[i + 1], clauseStart);
    if (!marker) {
      current.tokens.push(token);
      clauseStart = false;
      return;
    }
    current.post = marker;
    segments.push(current);
    if (marker.kind === 'verb') verb = marker.verb;
    if (marker.kind === 'hard') {
      if (token.type === 'punct' && token.text !== '-') clauseStart = true;
    } else {
      clauseStart = false;
    }
    current = { pre: marker, post: undefined, verb, tokens: [] };
  });
  segments.push(current);
  return segments;
}
