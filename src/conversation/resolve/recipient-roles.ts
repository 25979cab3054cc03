import type { Role } from '../../domain/role';
import type { RecipientRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { LookupBatch } from './lookup-batch';
import { personKey } from './rank-people';
import { recipientQueries } from './recipient-queries';
import { evaluateRecipients, type RecipientQuery, type RecipientsResolution } from './resolve-recipients';

/** A directory query and the role asked for the person it names, if one was. */
export interface RoledQuery {
  query: RecipientQuery;
  role?: Role;
}

/** The recipients' queries, each with the role written for its person (`roles[i]` is for `refs[i]`). */
export async function roledQueries(
  turn: ChatTurn,
  refs: RecipientRef[],
  roles: Role[] | undefined,
): Promise<{ queries: RoledQuery[] } | { refusal: string }> {
  if (!roles) {
    const found = await recipientQueries(turn, refs);
    return 'refusal' in found ? found : { queries: found.queries.map((query) => ({ query })) };
  }
  const queries: RoledQuery[] = [];
  for (const [index, ref] of refs.entries()) {
    const found = await recipientQueries(turn, [ref]);
    if ('refusal' in found) return found;
    for (const query of found.queries) queries.push({ query, role: roles[index] });
  }
  return { queries };
}

/**
 * Decides each recipient (slots planned from `queries`, in order) as `evaluateRecipients` does, and gives everyone found (or still to pick)
 * the role asked for them. A person named twice with different roles gets the lesser one: never
 * more access than was asked.
 */
export function evaluateRoledRecipients(
  plan: LookupBatch,
  slots: Parameters<typeof evaluateRecipients>[1],
  queries: RoledQuery[],
  organisationDomain: string | undefined,
): RecipientsResolution {
  if (queries.every((q) => q.role === undefined)) return evaluateRecipients(plan, slots, organisationDomain);
  const merged: RecipientsResolution = {
    resolved: [],
    pending: [],
    notFound: [],
    unknownInternal: [],
    failures: [],
  };
  slots.forEach((slot, index) => {
    const role = queries[index]?.role;
    const one = evaluateRecipients(plan, [slot], organisationDomain);
    merged.resolved.push(...one.resolved.map((r) => ({ ...r, role })));
    merged.pending.push(...one.pending.map((p) => ({ ...p, role })));
    merged.notFound.push(...one.notFound);
    merged.unknownInternal.push(...one.unknownInternal);
    merged.failures.push(...one.failures);
  });
  const byKey = new Map<string, (typeof merged.resolved)[number]>();
  for (const recipient of merged.resolved) {
    const key = personKey(recipient.person);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, recipient);
    else if (recipient.role === 'read') seen.role = 'read';
  }
  merged.resolved = [...byKey.values()];
  return merged;
}
