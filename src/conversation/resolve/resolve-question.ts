import type { DriveItemInfo } from '../../domain/item';
import type { GraphFailure, GraphPort } from '../../graph/port';
import * as answers from '../../wording/access-answers';
import * as replies from '../../wording/replies';
import type { ItemRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { ResolvedRecipient } from '../share-request';
import { LookupBatch } from './lookup-batch';
import { describeItemRef, evaluateItem, planItem } from './resolve-item';
import { evaluateRecipients, planRecipients, type RecipientQuery } from './resolve-recipients';
import { domainOf, planSender, senderOf } from './sender-domain';

/** The item and people a question is about, or what to say instead. */
export type QuestionResolution =
  /** One item, or the few that match equally well: a question may be answered for each. */
  | { ok: true; items: DriveItemInfo[]; people: ResolvedRecipient[] }
  | { ok: false; text: string }
  | { ok: false; failure: GraphFailure };

/** Most items a question is answered for at once when its name matches several. */
export const maxAnsweredItems = 3;

/**
 * Finds the item and the people of a question with the share's own resolve code, in one `$batch`
 * (item search or read, people, users, groups, the sender for the organisation's domain). A
 * question never picks among several matches: up to `maxAnsweredItems` are all answered for,
 * more are named and the person is asked again, in words, since a pick card would lead to a share.
 */
export async function resolveQuestion(
  turn: ChatTurn,
  port: GraphPort,
  itemRef: ItemRef,
  queries: RecipientQuery[],
): Promise<QuestionResolution> {
  const plan = new LookupBatch();
  const itemSlots = planItem(plan, itemRef);
  const recipientSlots = planRecipients(plan, queries);
  const senderSlot = planSender(plan, turn);
  await plan.run(port);

  const domain = domainOf(senderOf(plan, senderSlot));
  const item = await evaluateItem(plan, itemSlots, port);
  const people = evaluateRecipients(plan, recipientSlots, domain);
  if (item.kind === 'failed') return { ok: false, failure: item.error };
  const [peopleFailure] = people.failures;
  if (peopleFailure) return { ok: false, failure: peopleFailure };

  const problems: string[] = [];
  if (item.kind === 'notFound') problems.push(replies.itemNotFoundReply(item.searched, item.suggestions));
  if (item.kind === 'ambiguous' && item.choices.length > maxAnsweredItems) {
    const names = item.choices.map(itemLabel);
    problems.push(answers.questionItemAmbiguous(describeItemRef(itemRef), names));
  }
  if (people.notFound.length > 0 || people.unknownInternal.length > 0)
    problems.push(replies.peopleNotFoundReply(people.notFound, people.unknownInternal));
  for (const pending of people.pending) {
    const names = pending.choices.map((p) => (p.email ? `${p.displayName} (${p.email})` : p.displayName));
    problems.push(answers.questionPersonAmbiguous(pending.query, names));
  }
  if (problems.length > 0) return { ok: false, text: problems.join('\n\n') };
  const items = item.kind === 'found' ? [item.item] : item.kind === 'ambiguous' ? item.choices : [];
  return { ok: true, items, people: people.resolved };
}

/** An item's name with its folder, when it has one ("/Finance/2026/budget.xlsx"). */
export function itemLabel(item: DriveItemInfo): string {
  const folder = item.folderPath?.replace(/\/+$/, '');
  return folder ? `${folder}/${item.name}` : item.name;
}
