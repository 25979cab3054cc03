import type { MentionInfo, Span, SpecialFolderName } from './parsed-request';
import type { RoleEntry } from './role-lexicon';

/** A piece of the message that has a clear form and was peeled off before reading the rest. */
export type Piece =
  | { kind: 'mention'; span: Span; mention: MentionInfo }
  | { kind: 'url'; span: Span; url: string }
  | { kind: 'email'; span: Span; email: string }
  | { kind: 'path'; span: Span; path: string }
  | { kind: 'quoted'; span: Span; inner: Span }
  | { kind: 'special'; span: Span; name: SpecialFolderName }
  | { kind: 'chatMembers'; span: Span; team?: true }
  | { kind: 'role'; span: Span; entry: RoleEntry }
  /** Something already read (a message, an option, a date, politeness): it only separates phrases. */
  | { kind: 'gap'; span: Span };

/** The character that hides a peeled-off piece in the working text. */
export const MASK_CHAR = '\uE000';

/** The message being read: the original text, a working copy with peeled pieces masked, and the pieces. */
export interface Scan {
  readonly original: string;
  work: string;
  readonly pieces: Piece[];
}

/** Starts a scan over an already normalized copy of the original text. */
export function createScan(original: string, normalized: string): Scan {
  return { original, work: normalized, pieces: [] };
}

/** Builds a span over the original text. */
export function spanOf(scan: Scan, start: number, end: number): Span {
  return { start, end, text: scan.original.slice(start, end) };
}

/** Records a piece (dropping pieces it contains) and masks its characters so later readers skip them. */
export function claim(scan: Scan, piece: Piece): void {
  const { start, end } = piece.span;
  for (let i = scan.pieces.length - 1; i >= 0; i--) {
    const inner = scan.pieces[i];
    if (inner && inner.span.start >= start && inner.span.end <= end) scan.pieces.splice(i, 1);
  }
  scan.work = scan.work.slice(0, start) + MASK_CHAR.repeat(end - start) + scan.work.slice(end);
  scan.pieces.push(piece);
}

/** True when any character of [start, end) is already claimed. */
export function isClaimed(scan: Scan, start: number, end: number): boolean {
  return scan.work.slice(start, end).includes(MASK_CHAR);
}

/** Runs a global regex over the working text and yields matches that touch no claimed character. */
export function* freshMatches(scan: Scan, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(scan.work); m !== null; m = re.exec(scan.work)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!isClaimed(scan, m.index, m.index + m[0].length)) {
      yield m;
    }
  }
}
