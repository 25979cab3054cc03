import type { Role } from '../../domain/role';
import type { RecipientRef, RoleAsk } from './parsed-request';
import type { Piece, Scan } from './scan';

type RolePiece = Extract<Piece, { kind: 'role' }>;

/** What may stand between a person and the role written after them: "Ana as editor", "Ana (edit)", "Ana: view", "Ana gets edit". */
const PERSON_THEN_ROLE = /^[\s,:(–-]*(?:(?:as|gets?|has|having|with|should\s+get)(?:\s+an?)?)?[\s:(–-]*$/i;
/** What may stand between a role and the person after it: "edit for Ana", "view access to Bob". */
const ROLE_THEN_PERSON = /^\s*(?:(?:access|rights?|permissions?)\s+)?(?:for|to)\s+$/i;
/** What may separate one person's role from the next person: ",", "and", ";", ")". */
const BETWEEN_PAIRS = /^[\s),;]*(?:(?:and|&|\+|,)[\s,]*)?(?:while\s+|but\s+)?(?:with\s+|to\s+|for\s+)?$/i;

/**
 * Reads "Ana as editor and Bob as viewer", "give Ana edit and Bob view access", "edit for Ana,
 * view for Bob": a role per person, when the roles differ and every role phrase sits right next to
 * exactly one person. Anything looser ("Ana and Bob, edit and view", a person without a role of
 * their own) stays a conflict, which the flow asks about: Sharebot never guesses who gets edit.
 */
export function readPersonRoles(scan: Scan, recipients: RecipientRef[], role: RoleAsk): RoleAsk {
  if (role.kind !== 'conflict' || recipients.length < 2) return role;
  const pieces = scan.pieces
    .filter((p): p is RolePiece => p.kind === 'role')
    .sort((a, b) => a.span.start - b.span.start);
  if (pieces.length !== recipients.length) return role;
  if (pieces.some((p) => p.entry.kind !== 'read' && p.entry.kind !== 'write')) return role;
  const people = [...recipients].sort((a, b) => a.span.start - b.span.start);
  const pairs = pairAfter(scan.original, people, pieces) ?? pairBefore(scan.original, people, pieces);
  if (!pairs) return role;
  const roles = recipients.map((r) => pairs.get(r) as Role);
  return { kind: 'perPerson', roles, words: pieces.map((p) => p.entry.words) };
}

/** Person i with role i written after them, pairs one after the other. */
function pairAfter(
  text: string,
  people: RecipientRef[],
  pieces: RolePiece[],
): Map<RecipientRef, Role> | undefined {
  const pairs = new Map<RecipientRef, Role>();
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as RecipientRef;
    const piece = pieces[i] as RolePiece;
    if (piece.span.start < person.span.end) return undefined;
    if (!PERSON_THEN_ROLE.test(text.slice(person.span.end, piece.span.start))) return undefined;
    const next = people[i + 1];
    if (next && !BETWEEN_PAIRS.test(text.slice(piece.span.end, next.span.start))) return undefined;
    pairs.set(person, piece.entry.kind as Role);
  }
  return pairs;
}

/** Role i written before person i ("edit for Ana and view for Bob"). */
function pairBefore(
  text: string,
  people: RecipientRef[],
  pieces: RolePiece[],
): Map<RecipientRef, Role> | undefined {
  const pairs = new Map<RecipientRef, Role>();
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as RecipientRef;
    const piece = pieces[i] as RolePiece;
    if (person.span.start < piece.span.end) return undefined;
    if (!ROLE_THEN_PERSON.test(text.slice(piece.span.end, person.span.start))) return undefined;
    const next = pieces[i + 1];
    if (next && !BETWEEN_PAIRS.test(text.slice(person.span.end, next.span.start))) return undefined;
    pairs.set(person, piece.entry.kind as Role);
  }
  return pairs;
}
