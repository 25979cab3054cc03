import type { Span } from './parsed-request';
import { MASK_CHAR, type Piece, type Scan, spanOf } from './scan';

/** One unit of the message once the clear forms are peeled off. */
export type Token =
  | { type: 'word'; text: string; lower: string; span: Span }
  | { type: 'punct'; text: string; span: Span }
  | { type: 'piece'; piece: Piece; span: Span };

/**
 * Words, peeled-off pieces and punctuation. A bracket group with no space inside, such as "[Draft]"
 * or "(final).docx", is part of a word: file names carry them. "(read only)" stays punctuation.
 */
const TOKEN =
  /\uE000+|->|=>|\u2192|(?<![^\s])[^\s\uE000,;()[\]{}!?|]*(?:\([^\s()[\]{}\uE000]+\)|\[[^\s()[\]{}\uE000]+\]|\{[^\s()[\]{}\uE000]+\})[^\s\uE000,;()[\]{}!?|]*(?=[\s\uE000,;!?|]|$)|[,;()[\]{}!?\u2014\u2013|]|\s-\s|[^\s\uE000,;()[\]{}!?\u2014\u2013\u2192|]+?(?=->|=>|[\s\uE000,;()[\]{}!?\u2014\u2013\u2192|]|$)/g;
const EDGE_PUNCTUATION = /^["'*_~]+|[.:"'*_~]+$/g;

/** Splits a raw word into the word itself and trailing sentence punctuation ("plan.xlsx." -> "plan.xlsx"). */
function wordToken(scan: Scan, start: number, raw: string): Token[] {
  const lead = /^["'*_~]+/.exec(raw)?.[0].length ?? 0;
  const core = raw.replace(EDGE_PUNCTUATION, '');
  if (core.length === 0) {
    return /[.:]/.test(raw)
      ? [{ type: 'punct', text: '.', span: spanOf(scan, start, start + raw.length) }]
      : [];
  }
  const tokens: Token[] = [
    {
      type: 'word',
      text: core,
      lower: core.toLowerCase(),
      span: spanOf(scan, start + lead, start + lead + core.length),
    },
  ];
  const tail = raw.slice(lead + core.length);
  if (/[.:]/.test(tail)) {
    const at = start + lead + core.length;
    tokens.push({ type: 'punct', text: '.', span: spanOf(scan, at, at + tail.length) });
  }
  return tokens;
}

/** Turns the working text into words, punctuation and peeled-off pieces, in order. */
export function tokenize(scan: Scan): Token[] {
  const pieces = [...scan.pieces].sort((a, b) => a.span.start - b.span.start);
  const tokens: Token[] = [];
  for (const m of scan.work.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw.startsWith(MASK_CHAR)) {
      for (const piece of pieces) {
        if (piece.span.start >= start && piece.span.start < end)
          tokens.push({ type: 'piece', piece, span: piece.span });
      }
    } else if (/^(?:->|=>|\u2192|[,;()[\]{}!?\u2014\u2013|]|\s-\s)$/.test(raw)) {
      tokens.push({ type: 'punct', text: raw.trim(), span: spanOf(scan, start, end) });
    } else {
      tokens.push(...wordToken(scan, start, raw));
    }
  }
  return tokens;
}
