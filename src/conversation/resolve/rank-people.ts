import type { PersonInfo } from '../../domain/person';
import { foldedWords, foldText } from './fold-text';

export interface RankedPerson {
  person: PersonInfo;
  exact: boolean;
}

/**
 * A stable identity for de-duplicating people found by several lookups. The address comes first
 * because People API results carry no directory id (docs/graph-notes.md §4.1).
 */
export function personKey(person: PersonInfo): string {
  return (person.email ?? person.userPrincipalName ?? person.id ?? person.displayName).toLowerCase();
}

function matches(query: string, person: PersonInfo): 'exact' | 'partial' | undefined {
  const q = foldText(query);
  if (!q) return undefined;
  const addresses = [person.email, person.userPrincipalName].filter((a): a is string => !!a).map(foldText);
  if (foldText(person.displayName) === q || addresses.includes(q)) return 'exact';
  const nameWords = foldedWords(person.displayName);
  const queryWords = foldedWords(query);
  const everyWordStartsAName = queryWords.every((word) => nameWords.some((name) => name.startsWith(word)));
  if (everyWordStartsAName) return 'partial';
  if (addresses.some((address) => address.startsWith(q))) return 'partial';
  return undefined;
}

/**
 * Merges people found by several lookups into one list for a typed name: exact display-name or
 * address matches first, then names whose words start with what was typed. Others are dropped,
 * because the directory search may return loosely related people.
 */
export function rankPeople(query: string, found: PersonInfo[]): RankedPerson[] {
  const byKey = new Map<string, RankedPerson>();
  for (const person of found) {
    const strength = matches(query, person);
    if (!strength) continue;
    const key = personKey(person);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { person, exact: strength === 'exact' });
    } else {
      existing.person = mergePerson(existing.person, person);
      existing.exact ||= strength === 'exact';
    }
  }
  return [...byKey.values()].sort((a, b) => Number(b.exact) - Number(a.exact));
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
