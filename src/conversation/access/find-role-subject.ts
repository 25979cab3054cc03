import { noticeCard } from '../../cards/notice-card';
import type { DriveItemInfo } from '../../domain/item';
import type { PermissionInfo } from '../../domain/permission';
import type { PersonInfo } from '../../domain/person';
import { type GraphFailure, GraphRequestError } from '../../graph/port';
import { describeFailure } from '../../wording/failures';
import { tokenRefusalReply } from '../../wording/replies';
import * as words from '../../wording/role-changes';
import type { ItemRef, RecipientRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { recipientQueries } from '../resolve/recipient-queries';
import { itemLabel, resolveQuestion } from '../resolve/resolve-question';

/** The one item and the one person a role change is about, and the item's permissions. */
export interface RoleSubject {
  item: DriveItemInfo;
  person: PersonInfo;
  permissions: PermissionInfo[];
}

/**
 * Finds exactly one item and one person with the question's resolve code (one `$batch`), then
 * reads the item's permissions; never picks. Anything else (not found, several, no token, a Graph
 * failure) is answered in chat, saying no role changed, and gives undefined.
 */
export async function findRoleSubject(
  turn: ChatTurn,
  itemRef: ItemRef,
  recipients: RecipientRef[],
  deps: FlowDeps,
): Promise<RoleSubject | undefined> {
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(tokenRefusalReply(access, 'roleKept'));
    return;
  }
  const found = await recipientQueries(turn, recipients);
  if ('refusal' in found) {
    await turn.sendText(found.refusal);
    return;
  }
  try {
    const resolution = await resolveQuestion(turn, access.port, itemRef, found.queries);
    if (!resolution.ok) {
      if ('text' in resolution) await turn.sendText(resolution.text);
      else await sendRoleFailure(turn, resolution.failure, deps);
      return;
    }
    const [item, ...others] = resolution.items;
    const [recipient, ...morePeople] = resolution.people;
    // "everyone in this chat" is one phrase but many people: still one person's role at a time.
    if (!recipient || morePeople.length > 0) {
      await turn.sendText(words.onePersonAtATimeReply);
      return;
    }
    if (!item) {
      await turn.sendText(words.roleChangeItemMissingReply);
      return;
    }
    if (others.length > 0) {
      await turn.sendText(words.roleChangeItemAmbiguousReply(resolution.items.map(itemLabel)));
      return;
    }
    const [read] = await access.port.lookup([{ kind: 'permissions', item: addressOf(item) }] as const);
    if (!read.ok) {
      await sendRoleFailure(turn, read.error, deps);
      return;
    }
    return { item, person: recipient.person, permissions: read.value };
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    await sendRoleFailure(turn, error.failure, deps);
  }
}

/** Tells the sender a Graph call failed, and that no role changed. */
export async function sendRoleFailure(turn: ChatTurn, failure: GraphFailure, deps: FlowDeps): Promise<void> {
  deps.log('warn', 'Graph failed during a role change', graphFailureFields(failure));
  const text = describeFailure(failure, { unchanged: 'roleKept' });
  await turn.sendCard(noticeCard({ title: text.title, text: text.text, tone: 'warning' }));
}
