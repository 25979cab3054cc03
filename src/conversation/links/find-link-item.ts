import { noticeCard } from '../../cards/notice-card';
import type { DriveItemInfo } from '../../domain/item';
import type { PersonInfo } from '../../domain/person';
import { type GraphPort, GraphRequestError } from '../../graph/port';
import { describeFailure } from '../../wording/failures';
import * as words from '../../wording/links';
import { tokenRefusalReply } from '../../wording/replies';
import { type UnchangedNote, unchangedSentence } from '../../wording/unchanged';
import type { ItemRef, RecipientRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { recipientQueries } from '../resolve/recipient-queries';
import { itemLabel, resolveQuestion } from '../resolve/resolve-question';

/** The one item (and the people) a link message is about, with Graph acting as the sender. */
export interface FoundLinkItem {
  port: GraphPort;
  item: DriveItemInfo;
  people: PersonInfo[];
}

/**
 * Finds exactly one item and the named people with the question's resolve code (one `$batch`),
 * for a link message or a change of access (`missingItemReply` asks for the item), never
 * picking: no item, several, or people not pinned down are answered in chat, saying that nothing
 * changed, and give undefined. A Graph failure is answered too.
 */
export async function findLinkItem(
  turn: ChatTurn,
  itemRef: ItemRef | undefined,
  recipients: RecipientRef[],
  unchanged: UnchangedNote,
  deps: FlowDeps,
  missingItemReply: string = words.linkItemMissingReply,
): Promise<FoundLinkItem | undefined> {
  if (!itemRef) {
    await turn.sendText(missingItemReply);
    return;
  }
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(tokenRefusalReply(access, unchanged));
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
      if ('text' in resolution) await turn.sendText(`${resolution.text} ${unchangedSentence(unchanged)}`);
      else await sendLinkFailure(turn, resolution.failure, unchanged, deps);
      return;
    }
    const [item, ...others] = resolution.items;
    if (!item) return;
    if (others.length > 0) {
      await turn.sendText(
        `${words.linkItemAmbiguousReply(resolution.items.map(itemLabel))} ${unchangedSentence(unchanged)}`,
      );
      return;
    }
    return { port: access.port, item, people: resolution.people.map((r) => r.person) };
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    await sendLinkFailure(turn, error.failure, unchanged, deps);
  }
}

/** Tells the sender a Graph read failed, and what did not change. */
export async function sendLinkFailure(
  turn: ChatTurn,
  failure: GraphRequestError['failure'],
  unchanged: UnchangedNote,
  deps: FlowDeps,
): Promise<void> {
  deps.log('warn', 'Graph failed during a link request', graphFailureFields(failure));
  const text = describeFailure(failure, { unchanged });
  await turn.sendCard(noticeCard({ title: text.title, text: text.text, tone: 'warning' }));
}
