import { maxChoices } from '../../domain/limits';
import type { PersonInfo } from '../../domain/person';
import type { GraphFailure } from '../../graph/port';
import type { ChatMember } from '../ports/chat-turn';
import type { PendingRecipient, ResolvedRecipient } from '../share-request';
import type { LookupBatch, LookupSlot } from './lookup-batch';
import { personKey, rankPeople } from './rank-people';

/** A recipient reference made concrete before the Graph round trip (mentions and chat members looked up). */
export type RecipientQuery =
  | { kind: 'email'; email: string }
  | { kind: 'name'; text: string }
  | { kind: 'member'; member: ChatMember; label: string };

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
  groups: LookupSlot<'groupsByName'>;
}
interface MemberSlots {
  kind: 'member';
  label: string;
  user?: LookupSlot<'user'>;
}
type RecipientSlots = EmailSlots | NameSlots | MemberSlots;

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
    return {
      kind: 'name',
      text: query.text,
      people: plan.add({ kind: 'people', query: query.text, top: 10 }),
      users: plan.add({ kind: 'usersByName', query: query.text, top: 10 }),
      groups: plan.add({ kind: 'groupsByName', query: query.text, top: 5 }),
    };
  }
  const id = query.member.aadObjectId;
  return { kind: 'member', label: query.label, user: id ? plan.add({ kind: 'user', id }) : undefined };
}

/**
 * Decides each recipient: exact email or unique exact name resolves; anything else becomes a
 * question (pick card) or a "not found". Never picks among several people on its own.
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
  for (const source of [slot.users, slot.people, slot.groups] as const) {
    const outcome = plan.value(source);
    if ('value' in outcome) found.push(...outcome.value);
    else errors.push(outcome.error);
  }
  const failed = errors.length === 3;
  if (failed) result.failures.push(errors[0] as GraphFailure);
  const ranked = rankPeople(slot.text, found);
  const exact = ranked.filter((entry) => entry.exact);
  if (exact.length === 1) {
    result.resolved.push({ person: exact[0].person, external: false });
  } else if (ranked.length > 0) {
    const offered = (exact.length > 1 ? exact : ranked).slice(0, maxChoices).map((entry) => entry.person);
    result.pending.push({ query: slot.text, choices: offered });
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
