import type { PersonInfo } from '../../domain/person';
import type { ChatTurn } from '../ports/chat-turn';
import type { LookupBatch, LookupSlot } from './lookup-batch';

/** Adds a read of the sender to the batch, when the turn names them. */
export function planSender(plan: LookupBatch, turn: ChatTurn): LookupSlot<'user'> | undefined {
  const senderId = turn.user.aadObjectId;
  return senderId ? plan.add({ kind: 'user', id: senderId }) : undefined;
}

/** The sender as the directory answered, or null when not read. */
export function senderOf(plan: LookupBatch, slot: LookupSlot<'user'> | undefined): PersonInfo | null {
  const outcome = slot ? plan.value(slot) : undefined;
  return outcome && 'value' in outcome ? outcome.value : null;
}

/** The organisation's mail domain, from the sender's address (to tell outside addresses apart). */
export function domainOf(sender: PersonInfo | null): string | undefined {
  return (sender?.email ?? sender?.userPrincipalName)?.split('@')[1]?.toLowerCase();
}
