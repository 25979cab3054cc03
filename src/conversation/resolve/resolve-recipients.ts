import { maxChoices } from '../../domain/limits';
import type { PersonInfo } from '../../domain/person';
import type { GraphFailure } from '../../graph/port';
import { leadingGraphemes } from '../../wording/quote';
import type { ChatMember } from '../ports/chat-turn';
import type { PendingRecipient, ResolvedRecipient } from '../share-request';
import type { LookupBatch, LookupSlot } from './lookup-batch';
import { personKey, rankPeople } from './rank-people';
import { groupSearchText } from './team-words';

/** A recipient reference made concrete before the Graph round trip (mentions and chat members looked up). */
export type RecipientQuery =
  | { kind: 'email'; email: string }
  | { kind: 'name'; text: string }
  | { kind: 'member'; member: ChatMember; label: string }
  /** The team behind a channel, by its Microsoft 365 group id. */
  | { kind: 'team'; groupId: string; label: string };

/** What the planned reads found for all recipients. */
export interface RecipientsResolution {
  resolved: ResolvedRecipient[];
  pending: PendingRecipient[];
  /** What could not be found, as typed. */
  notFound: string[];
  /** Addresses in the organisation's own domain that no one has. */
  unknownInternal: string[];
  failures: GraphFailure[];
}

interface EmailSlots {
  kind: 'email';
  email: string;
  user: LookupSlot<'userByEmail'>;
  groups: LookupSlot<'groupsByName'>;
}
interface NameSlots {
  kind: 'name';
  text: string;
  people: LookupSlot<'people'>;
  users: LookupSlot<'usersByName'>;
  /** Directory users by the start of each typed word: what a misspelt name is close to. */
  similar?: LookupSlot<'usersByWords'>;
  groups: LookupSlot<'groupsByName'>;
}
interface MemberSlots {
  kind: 'member';
  label: string;
  user?: LookupSlot<'user'>;
}
interface TeamSlots {
  kind: 'team';
  label: string;
  group: LookupSlot<'group'>;
}
type RecipientSlots = EmailSlots | NameSlots | MemberSlots | TeamSlots;

/** Plans the reads for each recipient query. */
export function planRecipients(plan: LookupBatch, queries: RecipientQuery[]): RecipientSlots[] {
  return queries.map((query) => planRecipient(plan, query));
}

function planRecipient(plan: LookupBatch, query: RecipientQuery): RecipientSlots {
  if (query.kind === 'email') {
    return {
      kind: 'email',
      email: query.email,
      user: plan.add({ kind: 'userByEmail', email: query.email }),
      groups: plan.add({ kind: 'groupsByName', query: query.email, top: 5 }),
    };
  }
  if (query.kind === 'name') {
    const stems = wordStems(query.text);
    return {
      kind: 'name',
      text: query.text,
      people: plan.add({ kind: 'people', query: query.text, top: 10 }),
      users: plan.add({ kind: 'usersByName', query: query.text, top: 10 }),
      similar: stems.length > 0 ? plan.add({ kind: 'usersByWords', stems, top: 25 }) : undefined,
      groups: plan.add({ kind: 'groupsByName', query: groupSearchText(query.text), top: 5 }),
    };
  }
  if (query.kind === 'team') {
    return { kind: 'team', label: query.label, group: plan.add({ kind: 'group', id: query.groupId }) };
  }
  const id = query.member.aadObjectId;
  return { kind: 'member', label: query.label, user: id ? plan.add({ kind: 'user', id }) : undefined };
}

/**
 * The first three letters of each typed word (at most four words): the People API only knows people
 * the user works with (https://learn.microsoft.com/en-us/graph/people-insights-overview), and
 * `startswith` on the whole name misses a typo, so a word-start search of the directory finds who a
 * misspelt name is close to. A stem is letters and digits only, as it goes into a quoted `$search`.
 */
function wordStems(text: string): string[] {
  const words = text.split(/[\s\-'’.]+/).map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''));
  const stems = words.filter((word) => word.length >= 2).map((word) => leadingGraphemes(word, 3));
  return [...new Set(stems)].slice(0, 4);
}

/**
 * Decides each recipient: an exact email or one exact name resolves, and so does a partial name
 * with only one candidate (its card says what matched). Several candidates become a pick card,
 * close spellings a "did you mean …?" pick card, nothing a "not found". Never picks among several
 * people on its own, and never takes a misspelt name as meant.
 */
export function evaluateRecipients(
  plan: LookupBatch,
  slots: RecipientSlots[],
  organisationDomain: string | undefined,
): RecipientsResolution {
  const result: RecipientsResolution = {
    resolved: [],
    pending: [],
    notFound: [],
    unknownInternal: [],
    failures: [],
  };
  for (const slot of slots) {
    if (slot.kind === 'email') evaluateEmail(plan, slot, organisationDomain, result);
    else if (slot.kind === 'name') evaluateName(plan, slot, result);
    else if (slot.kind === 'team') evaluateTeam(plan, slot, result);
    else evaluateMember(plan, slot, result);
  }
  return dedupe(result);
}

function evaluateEmail(
  plan: LookupBatch,
  slot: EmailSlots,
  organisationDomain: string | undefined,
  result: RecipientsResolution,
): void {
  const email = slot.email;
  const user = plan.value(slot.user);
  if ('error' in user) {
    result.failures.push(user.error);
    return;
  }
  if (user.value) {
    result.resolved.push({ person: user.value, external: false });
    return;
  }
  const groups = plan.value(slot.groups);
  const group =
    'value' in groups ? groups.value.find((g) => g.email?.toLowerCase() === email.toLowerCase()) : undefined;
  if (group) {
    result.resolved.push({ person: group, external: false });
    return;
  }
  const domain = email.split('@')[1]?.toLowerCase();
  if (organisationDomain && domain === organisationDomain) {
    result.unknownInternal.push(email);
    return;
  }
  result.resolved.push({ person: { kind: 'contact', displayName: email, email }, external: true });
}

function evaluateName(plan: LookupBatch, slot: NameSlots, result: RecipientsResolution): void {
  // Any one source is enough: a tenant may refuse group search (no Group permission) and still
  // find people. Only when every source failed is the failure reported.
  const found: PersonInfo[] = [];
  const errors: GraphFailure[] = [];
  const sources = [slot.users, slot.people, slot.groups, ...(slot.similar ? [slot.similar] : [])];
  for (const source of sources) {
    const outcome = plan.value(source);
    if ('value' in outcome) found.push(...outcome.value);
    else errors.push(outcome.error);
  }
  const failed = errors.length === sources.length;
  if (failed) result.failures.push(errors[0] as GraphFailure);
  const ranked = rankPeople(slot.text, found);
  const exact = ranked.filter((entry) => entry.match === 'exact');
  const [only] = ranked;
  if (exact.length === 1) {
    result.resolved.push({ person: exact[0].person, external: false });
  } else if (ranked.length === 1 && only.match === 'partial') {
    result.resolved.push({ person: only.person, external: false, matchedFrom: slot.text });
  } else if (ranked.length > 0) {
    const offered = (exact.length > 1 ? exact : ranked).slice(0, maxChoices).map((entry) => entry.person);
    const suggested = ranked.every((entry) => entry.match === 'fuzzy');
    result.pending.push({ query: slot.text, choices: offered, ...(suggested ? { suggested } : {}) });
  } else if (!failed) {
    result.notFound.push(slot.text);
  }
}

function evaluateMember(plan: LookupBatch, slot: MemberSlots, result: RecipientsResolution): void {
  if (!slot.user) {
    result.notFound.push(slot.label);
    return;
  }
  const user = plan.value(slot.user);
  if ('error' in user) {
    if (user.error.kind === 'notFound') result.notFound.push(slot.label);
    else result.failures.push(user.error);
    return;
  }
  if (user.value) result.resolved.push({ person: user.value, external: false });
  else result.notFound.push(slot.label);
}

function evaluateTeam(plan: LookupBatch, slot: TeamSlots, result: RecipientsResolution): void {
  const group = plan.value(slot.group);
  if ('error' in group) result.failures.push(group.error);
  else if (group.value) result.resolved.push({ person: group.value, external: false });
  else result.notFound.push(slot.label);
}

function dedupe(result: RecipientsResolution): RecipientsResolution {
  const seen = new Set<string>();
  result.resolved = result.resolved.filter((recipient) => {
    const key = personKey(recipient.person);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return result;
}
