import type { PersonInfo } from '../../domain/person';
import { editDistance, foldText, nameForms } from './fold-text';
import { withoutTeamWords } from './team-words';

/**
 * How well a person matched what was typed: `exact` the whole name or address (accents, umlauts,
 * hyphens and apostrophes folded), `partial` every typed word starts one of their name or address
 * words, `fuzzy` close but misspelt ("Ana Lopes" for Ana Lopez). Only `exact` may ever stand alone.
 */
export type PersonMatch = 'exact' | 'partial' | 'fuzzy';

/** A person found for a typed name, with how well they matched. */
export interface RankedPerson {
  person: PersonInfo;
  match: PersonMatch;
}

/**
 * A stable identity for de-duplicating people found by several lookups. The address comes first
 * because People API results carry no directory id (docs/graph-notes.md §4.1).
 */
export function personKey(person: PersonInfo): string {
  return (person.email ?? person.userPrincipalName ?? person.id ?? person.displayName).toLowerCase();
}

/**
 * The name parts of an address: "wei.chen@contoso.com" -> wei, chen, weichen. This is how a person
 * whose display name is in another script (陈伟) is found by the Latin name their address spells.
 * A guest's `#EXT#` principal name is left out: its local part is a mangled outside address.
 */
function addressWords(person: PersonInfo): string[] {
  const words: string[] = [];
  for (const address of [person.email, person.userPrincipalName]) {
    if (!address || /#ext#/i.test(address)) continue;
    const local = foldText(address.split('@')[0] ?? '');
    const parts = local.split(/[._\s-]+/).filter((part) => part.length > 0);
    words.push(...parts, parts.join(''));
  }
  return words;
}

/** Typos allowed in one typed word: none up to 3 letters, one up to 6, two beyond. */
function typosAllowed(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 6 ? 1 : 2;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

function startsSome(word: string, names: string[]): boolean {
  return names.some((name) => name.startsWith(word));
}

function closeToSome(word: string, names: string[]): boolean {
  const limit = typosAllowed(word);
  return limit > 0 && names.some((name) => editDistance(word, name, limit, true) <= limit);
}

/**
 * Whether a group's name matches once the team words are set aside: "design team" is exactly the
 * group "Design", and "Atlas project team" exactly "Atlas Project". Only when the typed words
 * carried team words: plain "design" is a partial match of "Design Team", never an exact one.
 */
function sameGroupName(typed: string[][], name: string[][]): boolean {
  return typed.some((form) => {
    const core = withoutTeamWords(form);
    if (core.length === form.length) return false;
    return name.some((nameForm) => sameWords(core, withoutTeamWords(nameForm)));
  });
}

function matchOf(query: string, person: PersonInfo): PersonMatch | undefined {
  const typed = nameForms(query);
  if (typed.length === 0) return undefined;
  const folded = foldText(query);
  const addresses = [person.email, person.userPrincipalName].filter((a): a is string => !!a).map(foldText);
  if (addresses.includes(folded)) return 'exact';
  const name = nameForms(person.displayName);
  if (typed.some((form) => name.some((nameForm) => sameWords(form, nameForm)))) return 'exact';
  if (person.kind === 'group' && sameGroupName(typed, name)) return 'exact';
  const words = [...new Set([...name.flat(), ...addressWords(person)])];
  if (typed.some((form) => form.every((word) => startsSome(word, words)))) return 'partial';
  if (addresses.some((address) => address.startsWith(folded))) return 'partial';
  const close = (form: string[]) => form.every((word) => startsSome(word, words) || closeToSome(word, words));
  if (typed.some(close)) return 'fuzzy';
  return undefined;
}

const order: Record<PersonMatch, number> = { exact: 0, partial: 1, fuzzy: 2 };

/**
 * Merges people found by several lookups into one list for a typed name: exact matches first, then
 * names whose words start with what was typed, then near misses. Others are dropped, because the
 * directory search may return loosely related people. Ties keep the order the lookups found them in.
 */
export function rankPeople(query: string, found: PersonInfo[]): RankedPerson[] {
  const byKey = new Map<string, RankedPerson>();
  for (const person of found) {
    const match = matchOf(query, person);
    if (!match) continue;
    const key = personKey(person);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { person, match });
    } else {
      existing.person = mergePerson(existing.person, person);
      if (order[match] < order[existing.match]) existing.match = match;
    }
  }
  return [...byKey.values()].sort((a, b) => order[a.match] - order[b.match]);
}

/** Keeps the richer of two records for the same person (directory fields win over People API ones). */
function mergePerson(a: PersonInfo, b: PersonInfo): PersonInfo {
  return {
    ...b,
    ...a,
    email: a.email ?? b.email,
    jobTitle: a.jobTitle ?? b.jobTitle,
    department: a.department ?? b.department,
    userType: a.userType ?? b.userType,
  };
}
