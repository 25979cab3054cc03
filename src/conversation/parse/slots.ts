import { isJoiner, type Segment } from './segments';

/** What a phrase is expected to hold, from the words around it. */
export type Slot =
  /** Certainly the item ("edit rights on X", "let Y see X", "invite Y to X"). */
  | 'item'
  /** The item unless another phrase names it ("access to X"); otherwise people ("read-only to Ana"). */
  | 'itemOrPeople'
  /** The object of share/send: the item, or people when followed by "a link"/"access"/a role. */
  | 'object'
  /** People ("with Y", "-> Y", "give Y ...", the subject of "needs"). */
  | 'people'
  /** Nothing to read ("as", "from my drive", text before the verb). */
  | 'none';

/** The slot a phrase fills, from its markers and the verb that governs it. */
export function slotOf(seg: Segment, messageHasVerb: boolean): Slot {
  const { pre, post } = seg;
  switch (pre.kind) {
    case 'verb':
      return pre.verb === 'share' ? 'object' : 'people';
    case 'prep':
      return prepositionSlot(pre.word, pre.afterRole, seg);
    case 'arrow':
    case 'modal':
      return 'people';
    case 'need':
      return post?.kind === 'role' || post?.kind === 'access' || (post?.kind === 'prep' && post.word === 'to')
        ? 'people'
        : 'item';
    case 'role':
    case 'access':
      return startsWithJoiner(seg) ? 'people' : 'item';
    case 'as':
      return startsWithJoiner(seg) ? 'people' : 'none';
    case 'start':
    case 'hard':
      if (post?.kind === 'need' || (post?.kind === 'role' && post.modal)) return 'people';
      if (post?.kind === 'arrow') return 'item';
      if (!messageHasVerb && post?.kind === 'prep' && ['with', 'w/', 'to', 'for'].includes(post.word))
        return 'item';
      return 'none';
  }
}

/** True when a phrase goes on with a list ("as viewer and Bob as editor"). */
function startsWithJoiner(seg: Segment): boolean {
  const first = seg.tokens[0];
  return first !== undefined && isJoiner(first) && seg.tokens.length > 1;
}

/** The slot after a preposition: "with" brings people; "on/of/in" bring the item; "to/for" depend. */
function prepositionSlot(word: string, afterRole: boolean, seg: Segment): Slot {
  switch (word) {
    case 'with':
    case 'w/':
      return 'people';
    case 'to':
      if (afterRole) return 'itemOrPeople';
      return seg.verb === 'invite' ? 'item' : 'people';
    case 'for':
      return afterRole ? 'itemOrPeople' : 'people';
    case 'on':
    case 'of':
    case 'in':
    case 'into':
    case 'onto':
    case 'at':
      return 'item';
    default:
      return 'none';
  }
}
