import type { DriveItemInfo } from '../../domain/item';
import type { PersonInfo } from '../../domain/person';
import type { GraphFailure, GraphPort } from '../../graph/port';
import * as replies from '../../wording/replies';
import type { ItemRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { PendingRecipient, ResolvedRecipient } from '../share-request';
import { LookupBatch } from './lookup-batch';
import { evaluateRoledRecipients, type RoledQuery } from './recipient-roles';
import { evaluateItem, planItem } from './resolve-item';
import { planRecipients } from './resolve-recipients';
import { domainOf, planSender, senderOf } from './sender-domain';

/** What the item and people of a request turned out to be, ready for a pick or confirmation card. */
export interface ResolvedShare {
  item?: DriveItemInfo;
  fileChoices?: DriveItemInfo[];
  recipients: ResolvedRecipient[];
  pending: PendingRecipient[];
}

/** The resolution, or what to tell the person instead: a sentence, or a Graph failure to explain. */
export type ShareResolution =
  | { ok: true; share: ResolvedShare }
  | { ok: false; text: string }
  | { ok: false; failure: GraphFailure };

/**
 * Finds the item and the people in one Graph round trip (one `$batch`): search, followed items,
 * path/URL/special-folder reads, people, users, groups, and the sender (for the organisation's
 * domain). Anything missing is reported together, so the person can fix everything at once.
 */
export async function resolveShare(
  turn: ChatTurn,
  port: GraphPort,
  itemRef: ItemRef,
  queries: RoledQuery[],
): Promise<ShareResolution> {
  const plan = new LookupBatch();
  const itemSlots = planItem(plan, itemRef);
  const recipientSlots = planRecipients(
    plan,
    queries.map((q) => q.query),
  );
  const senderSlot = planSender(plan, turn);
  await plan.run(port);

  const sender = senderOf(plan, senderSlot);
  const domain = domainOf(sender);
  const item = await evaluateItem(plan, itemSlots, port);
  const people = evaluateRoledRecipients(plan, recipientSlots, queries, domain);
  if (item.kind === 'failed') return { ok: false, failure: item.error };
  const [peopleFailure] = people.failures;
  if (peopleFailure) return { ok: false, failure: peopleFailure };

  const problems: string[] = [];
  if (item.kind === 'notFound') problems.push(replies.itemNotFoundReply(item.searched, item.suggestions));
  if (people.notFound.length > 0 || people.unknownInternal.length > 0) {
    problems.push(replies.peopleNotFoundReply(people.notFound, people.unknownInternal));
  }
  if (problems.length > 0) return { ok: false, text: problems.join('\n\n') };

  const recipients = people.resolved.filter((r) => !isSender(r.person, turn.user.aadObjectId, sender));
  if (recipients.length === 0 && people.pending.length === 0)
    return { ok: false, text: replies.selfOnlyReply() };
  return {
    ok: true,
    share: {
      item: item.kind === 'found' ? item.item : undefined,
      fileChoices: item.kind === 'ambiguous' ? item.choices : undefined,
      recipients,
      pending: people.pending,
    },
  };
}

function isSender(person: PersonInfo, senderId: string | undefined, sender: PersonInfo | null): boolean {
  if (person.id && person.id === senderId) return true;
  const email = sender?.email?.toLowerCase();
  return !!email && person.email?.toLowerCase() === email;
}
