import { hasStrongItem, type ItemReading, isStrongItemToken, readItem } from './extract-item';
import { pieceRecipient, readRecipients } from './extract-recipients';
import {
  BOUNDARY_WORDS,
  DETERMINERS,
  GENERIC_ITEM_WORDS,
  JOINERS,
  PREPOSITIONS,
  PRONOUNS,
  SKIP_WORDS,
  VERBS,
} from './lexicon';
import type { ItemRef, RecipientRef } from './parsed-request';
import type { Scan } from './scan';
import { type Marker, type Segment, segment } from './segments';
import { type Slot, slotOf } from './slots';
import type { Token } from './tokenize';

/** Verbs whose object may be a person followed by the item ("send Ana the deck"). */
const DOUBLE_OBJECT_VERBS = new Set(['send', 'show', 'forward', 'fwd', 'give', 'grant', 'provide']);

/** What the phrases of a message say about the item and the people, plus the signs that it is a share. */
export interface RequestReading {
  item: ItemRef | undefined;
  /** Items by their form beyond the first one ("plan.xlsx and budget.xlsx"). */
  otherItems: ItemRef[];
  /** True when the item is one by its form (extension, quotes, URL, path, folder). */
  strongItem: boolean;
  recipients: RecipientRef[];
  /** The first share verb, lower-case, if any. */
  verb: string | undefined;
  /** True for verbless shapes that still ask for access ("Mateo needs...", "can Priya see...", "X -> Y"). */
  implicit: boolean;
  arrow: boolean;
  /** True when "access", "rights", "permission" or "link" was said. */
  accessNoun: boolean;
}

interface Part {
  slot: Slot;
  seg: Segment;
  tokens: Token[];
}

/** Splits "Ana the budget" after a double-object verb into people ("Ana") and item ("the budget"). */
function splitDoubleObject(seg: Segment, slot: Slot, hasOtherPeople: boolean): Part[] {
  const pre = seg.pre;
  const verbWord = pre.kind === 'verb' ? pre.word : undefined;
  if (!verbWord || !DOUBLE_OBJECT_VERBS.has(verbWord) || hasOtherPeople)
    return [{ slot, seg, tokens: seg.tokens }];
  const tokens = seg.tokens;
  const first = tokens[0];
  const startsLikeName =
    first?.type === 'word' && !DETERMINERS.has(first.lower) && !GENERIC_ITEM_WORDS.has(first.lower);
  const strongAt = tokens.findIndex((t, i) => i > 0 && hasStrongItem([t]));
  const determinerAt = tokens.findIndex((t, i) => i > 0 && t.type === 'word' && DETERMINERS.has(t.lower));
  const cut = determinerAt > 0 && (strongAt < 0 || determinerAt < strongAt) ? determinerAt : strongAt;
  if (!startsLikeName || cut <= 0) return [{ slot, seg, tokens }];
  return [
    { slot: 'people', seg, tokens: tokens.slice(0, cut) },
    { slot: 'item', seg, tokens: tokens.slice(cut) },
  ];
}

/** Turns "Lee -> plan.xlsx" around: the file by its form is the item, whichever side it is on. */
function swapReversedArrow(parts: Part[]): void {
  const before = parts.find((p) => p.seg.post?.kind === 'arrow');
  const after = parts.find((p) => p.seg.pre.kind === 'arrow');
  if (!before || !after || hasStrongItem(before.tokens) || !hasStrongItem(after.tokens)) return;
  before.slot = 'people';
  after.slot = 'item';
}

/** True when the marker after an object says the object was a person ("send Ana a link to X"). */
function objectIsPerson(post: Marker | undefined): boolean {
  return post?.kind === 'access' || post?.kind === 'role';
}

/** Reads the item and the people from the tokens, phrase by phrase. */
export function readRequest(scan: Scan, tokens: readonly Token[]): RequestReading {
  const segments = segment(tokens);
  const verbMarker = segments.find((s) => s.pre.kind === 'verb')?.pre;
  const hasVerb = verbMarker !== undefined;
  let parts: Part[] = segments.map((seg) => ({ slot: slotOf(seg, hasVerb), seg, tokens: seg.tokens }));
  const peopleElsewhere = (part: Part) =>
    parts.some((o) => o !== part && o.slot === 'people' && o.tokens.length > 0 && o.seg.pre.kind !== 'verb');
  parts = parts.flatMap((part) => {
    if (part.seg.pre.kind !== 'verb' || part.tokens.length === 0) return [part];
    if (part.slot === 'people' && hasStrongItem(part.tokens) && peopleElsewhere(part))
      return [{ ...part, slot: 'item' as Slot }];
    return splitDoubleObject(part.seg, part.slot, peopleElsewhere(part));
  });

  swapReversedArrow(parts);
  const readings = parts.map((part): ItemReading => {
    const extend = part.slot === 'item' || part.slot === 'itemOrPeople' || part.slot === 'object';
    return readItem(scan, part.tokens, extend);
  });
  let chosen = readings.findIndex((r) => r.strong && r.item);
  for (const slot of ['item', 'itemOrPeople', 'object'] as Slot[]) {
    if (chosen < 0) chosen = parts.findIndex((p, i) => p.slot === slot && readings[i]?.item !== undefined);
  }

  const recipients: RecipientRef[] = [];
  parts.forEach((part, i) => {
    const reading = readings[i] as ItemReading;
    const takesPeople =
      part.slot === 'people' ||
      (i !== chosen && !reading.strong && part.slot === 'itemOrPeople') ||
      (i !== chosen && !reading.strong && part.slot === 'object' && objectIsPerson(part.seg.post));
    if (takesPeople) {
      const skip = part.slot === 'people' ? reading.used : new Set<Token>();
      recipients.push(...readRecipients(scan, part.tokens, skip));
    } else {
      for (const t of part.tokens) {
        const r = pieceRecipient(t);
        if (r) recipients.push(r);
      }
    }
  });

  const item = chosen >= 0 ? readings[chosen]?.item : undefined;
  const usedByItem = chosen >= 0 ? (readings[chosen]?.used ?? new Set<Token>()) : new Set<Token>();
  const otherItems = tokens
    .flatMap((t, k) =>
      isStrongItemToken(t) && !usedByItem.has(t) ? [listedItemPhrase(tokens, k, usedByItem)] : [],
    )
    .map((phrase) => readItem(scan, phrase, phrase.length > 1).item)
    .filter((other): other is ItemRef => other !== undefined && other.span.start !== item?.span.start);
  return {
    item,
    otherItems,
    strongItem: chosen >= 0 && (readings[chosen]?.strong ?? false),
    recipients: dedupe(recipients),
    verb: verbMarker?.kind === 'verb' ? verbMarker.word : undefined,
    implicit: segments.some(
      (s) => s.pre.kind === 'need' || s.pre.kind === 'modal' || (s.post?.kind === 'role' && s.post.modal),
    ),
    arrow: segments.some((s) => s.pre.kind === 'arrow'),
    accessNoun: segments.some((s) => s.pre.kind === 'access'),
  };
}

/** The identity of a recipient for de-duplication. */
function recipientKey(r: RecipientRef): string {
  switch (r.kind) {
    case 'email':
      return `email:${r.email.toLowerCase()}`;
    case 'mention':
      return `mention:${r.teamsId}`;
    case 'name':
      return `name:${r.text.toLowerCase()}`;
    case 'chatMembers':
      return r.team ? 'team' : 'chat';
  }
}

/** Keeps the first of each recipient, in the order they were written. */
function dedupe(recipients: RecipientRef[]): RecipientRef[] {
  const seen = new Set<string>();
  return [...recipients]
    .sort((a, b) => a.span.start - b.span.start)
    .filter((r) => {
      const key = recipientKey(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Words a further item's name never reaches back over: joiners, verbs, prepositions, negations. */
const BEFORE_LISTED_NAME = new Set(['or', 'also', 'not', 'instead', 'rather', 'than', 'of']);

/** Whether a word ends the phrase of a further item in a list; a capitalised "IT" is a name word, "it" is not. */
function endsListedName(token: Extract<Token, { type: 'word' }>): boolean {
  const word = token.lower;
  return (
    JOINERS.has(word) ||
    BEFORE_LISTED_NAME.has(word) ||
    VERBS.has(word) ||
    PREPOSITIONS.has(word) ||
    BOUNDARY_WORDS.has(word) ||
    SKIP_WORDS.has(word) ||
    (PRONOUNS.has(word) && token.text === word)
  );
}

/**
 * The phrase of a further item in a list: its file-name token with the plain words before it back
 * to the list's joiner, a comma or the main item ("and Q2 summary.docx", ", Launch Deck v3.pptx"),
 * so a spaced name is read whole, never as its last word ("v3.pptx").
 */
function listedItemPhrase(tokens: readonly Token[], index: number, usedByItem: ReadonlySet<Token>): Token[] {
  let start = index;
  while (start > 0) {
    const previous = tokens[start - 1] as Token;
    if (previous.type !== 'word' || usedByItem.has(previous) || endsListedName(previous)) break;
    if (isStrongItemToken(previous)) break;
    start--;
  }
  return tokens.slice(start, index + 1);
}
