import { looksLikeFileName } from './file-name';
import { DETERMINERS, FOLDER_WORDS, GENERIC_ITEM_WORDS, KIND_WORDS, PRONOUNS } from './lexicon';
import type { FileKindWord, ItemRef } from './parsed-request';
import { type Scan, spanOf } from './scan';
import { isJoiner } from './segments';
import type { Token } from './tokenize';
import { isAcronym } from './word-shape';

/** An item read from a phrase, with the tokens it used, and whether its form alone makes it an item. */
export interface ItemReading {
  item: ItemRef | undefined;
  strong: boolean;
  used: Set<Token>;
}

type WordToken = Extract<Token, { type: 'word' }>;

/** True for a word token. */
function isWord(token: Token | undefined): token is WordToken {
  return token?.type === 'word';
}

/** Builds a name item over a run of word tokens. */
function nameItem(scan: Scan, words: readonly Token[], folder: boolean): ItemRef | undefined {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return undefined;
  const span = spanOf(scan, first.span.start, last.span.end);
  return { kind: 'name', name: span.text, folder, quoted: false, span };
}

const LEADING_PICTOGRAPHS =
  /(?:\p{Extended_Pictographic}[\u200D\uFE0F\p{Emoji_Modifier}\p{Extended_Pictographic}]*) ?$/u;

/**
 * Emoji are blanked out while parsing (they are usually decoration), but one written right before a
 * file name is part of it ("🚀 Roadmap.pptx"), so it is put back.
 */
function withLeadingEmoji(scan: Scan, item: ItemRef | undefined): ItemRef | undefined {
  if (item?.kind !== 'name') return item;
  const match = LEADING_PICTOGRAPHS.exec(scan.original.slice(0, item.span.start));
  if (!match) return item;
  const span = spanOf(scan, item.span.start - match[0].length, item.span.end);
  return { ...item, name: span.text, span };
}

/**
 * Drops articles, pronouns and lower-case generic nouns ("the file", "this doc") from the left of
 * a name; an acronym such as "IT" stays ("IT checklist.xlsx").
 */
function trimLeft(scan: Scan, words: WordToken[]): WordToken[] {
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i] as WordToken;
    const generic = GENERIC_ITEM_WORDS.has(w.lower) && w.text === w.lower;
    if (isAcronym(scan, w.text) || (!DETERMINERS.has(w.lower) && !generic && !PRONOUNS.has(w.lower))) break;
    i++;
  }
  return words.slice(i);
}

/** Drops trailing lower-case generic nouns ("budget file" -> "budget"). */
function trimRight(words: WordToken[]): WordToken[] {
  let end = words.length;
  while (end > 0) {
    const w = words[end - 1] as WordToken;
    if (!(GENERIC_ITEM_WORDS.has(w.lower) && w.text === w.lower) && !DETERMINERS.has(w.lower)) break;
    end--;
  }
  return words.slice(0, end);
}

/** Reads "the X folder", "folder X", "folder called X", or a quoted name before "folder". */
function folderAt(scan: Scan, tokens: readonly Token[], f: number, used: Set<Token>): ItemRef | undefined {
  used.add(tokens[f] as Token);
  const before = tokens[f - 1];
  if (before?.type === 'piece' && before.piece.kind === 'quoted') {
    used.add(before);
    const inner = before.piece.inner;
    return {
      kind: 'name',
      name: inner.text,
      folder: true,
      quoted: true,
      span: spanOf(scan, before.span.start, (tokens[f] as Token).span.end),
    };
  }
  const after: WordToken[] = [];
  for (let i = f + 1; isWord(tokens[i]) && !isJoiner(tokens[i] as Token); i++)
    after.push(tokens[i] as WordToken);
  const named = after.filter((w) => w.lower !== 'called' && w.lower !== 'named');
  const afterQuoted = tokens[f + 1 + (after.length - named.length)];
  if (named.length === 0 && afterQuoted?.type === 'piece' && afterQuoted.piece.kind === 'quoted') {
    used.add(afterQuoted);
    return {
      kind: 'name',
      name: afterQuoted.piece.inner.text,
      folder: true,
      quoted: true,
      span: afterQuoted.span,
    };
  }
  if (
    named.length > 0 &&
    (after.length !== named.length || !isWord(before) || DETERMINERS.has(before.lower))
  ) {
    for (const w of after) used.add(w);
    return nameItem(scan, named, true);
  }
  const name: WordToken[] = [];
  for (let i = f - 1; isWord(tokens[i]) && !isJoiner(tokens[i] as Token); i--) {
    const w = tokens[i] as WordToken;
    if (DETERMINERS.has(w.lower)) {
      used.add(w);
      break;
    }
    name.unshift(w);
  }
  for (const w of name) used.add(w);
  return nameItem(scan, trimRight(name), true);
}

/** The kind of file the words around a name say ("the induction slides"), the last such word winning. */
function kindWordOf(words: readonly WordToken[]): FileKindWord | undefined {
  const word = words.filter((w) => KIND_WORDS.has(w.lower)).at(-1);
  const kind = word ? KIND_WORDS.get(word.lower) : undefined;
  return word && kind ? { kind, word: word.lower } : undefined;
}

/** Reads a piece that is an item by its form (URL, path, special folder, quoted name). */
function pieceItem(_scan: Scan, token: Token): ItemRef | undefined {
  if (token.type !== 'piece') return undefined;
  const p = token.piece;
  switch (p.kind) {
    case 'url':
      return { kind: 'url', url: p.url, span: p.span };
    case 'path':
      return { kind: 'path', path: p.path, span: p.span };
    case 'special':
      return { kind: 'special', name: p.name, span: p.span };
    case 'quoted':
      if (p.inner.text.startsWith('/'))
        return { kind: 'path', path: p.inner.text.replace(/(.)\/+$/, '$1'), span: p.span };
      return { kind: 'name', name: p.inner.text, folder: false, quoted: true, span: p.span };
    default:
      return undefined;
  }
}

/** True when a token is an item by its form alone (URL, path, special folder, quoted file name, a word with an extension). */
export function isStrongItemToken(token: Token): boolean {
  if (token.type === 'word') return looksLikeFileName(token.text);
  if (token.type !== 'piece') return false;
  const p = token.piece;
  if (p.kind === 'quoted') return looksLikeFileName(p.inner.text) || p.inner.text.startsWith('/');
  return p.kind === 'url' || p.kind === 'path' || p.kind === 'special';
}

/**
 * Reads the item in a phrase. In an item slot (`extend`) a file name grows left to the phrase's start
 * ("Launch Deck v3.pptx") and bare words count ("budget"); elsewhere only forms that are items on
 * their own are taken.
 */
export function readItem(scan: Scan, tokens: readonly Token[], extend: boolean): ItemReading {
  const used = new Set<Token>();
  const strongIndex = tokens.findIndex(isStrongItemToken);
  const folderIndex = tokens.findIndex((t) => t.type === 'word' && FOLDER_WORDS.has(t.lower));
  if (strongIndex >= 0 && (folderIndex < 0 || strongIndex < folderIndex)) {
    const token = tokens[strongIndex] as Token;
    used.add(token);
    const fromPiece = pieceItem(scan, token);
    if (fromPiece) return { item: fromPiece, strong: true, used };
    const run: WordToken[] = [token as WordToken];
    if (extend) {
      for (let i = strongIndex - 1; isWord(tokens[i]) && (tokens[i] as WordToken).text !== ','; i--) {
        run.unshift(tokens[i] as WordToken);
      }
    }
    const kept = trimLeft(scan, run);
    for (const w of run) used.add(w);
    return { item: withLeadingEmoji(scan, nameItem(scan, kept, false)), strong: true, used };
  }
  if (folderIndex >= 0) {
    return { item: folderAt(scan, tokens, folderIndex, used), strong: true, used };
  }
  if (!extend) return { item: undefined, strong: false, used };
  const quoted = tokens.find((t) => t.type === 'piece' && t.piece.kind === 'quoted');
  if (quoted) {
    used.add(quoted);
    return { item: pieceItem(scan, quoted), strong: false, used };
  }
  const words = tokens.filter((t): t is WordToken => isWord(t) && !isJoiner(t));
  for (const w of words) used.add(w);
  const kept = trimRight(trimLeft(scan, words));
  const meaningful = kept.some(
    (w) =>
      isAcronym(scan, w.text) ||
      (!GENERIC_ITEM_WORDS.has(w.lower) && !PRONOUNS.has(w.lower) && !DETERMINERS.has(w.lower)),
  );
  if (!meaningful) return { item: undefined, strong: false, used };
  const first = kept[0] as WordToken;
  const last = kept.at(-1) as WordToken;
  const inner = tokens.filter((t) => t.span.start >= first.span.start && t.span.end <= last.span.end);
  const item = nameItem(scan, inner, false);
  const fileKind = kindWordOf(words.filter((w) => !kept.includes(w)));
  return { item: item?.kind === 'name' && fileKind ? { ...item, fileKind } : item, strong: false, used };
}

/** True when a phrase contains something that is an item by its form alone. */
export function hasStrongItem(tokens: readonly Token[]): boolean {
  return tokens.some((t) => isStrongItemToken(t) || (t.type === 'word' && FOLDER_WORDS.has(t.lower)));
}
