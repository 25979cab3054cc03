import type { Versioned } from '../../state/request-store';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import type { ShareRequestRecord } from '../share-request';
import { contextOwner } from './context-owner';

/** The person's last share in this conversation, with the message holding its card; only their own. */
export async function lastShare(
  turn: ChatTurn,
  deps: FlowDeps,
): Promise<{ stored: Versioned<ShareRequestRecord>; cardActivityId?: string } | undefined> {
  const context = await deps.contexts.read(contextOwner(turn), deps.now().getTime());
  const last = context.recentShares[0];
  const stored = last ? await deps.requests.get(last.requestId) : undefined;
  if (!stored || stored.value.requesterAadId !== (turn.user.aadObjectId ?? '')) return undefined;
  return { stored, cardActivityId: last?.cardActivityId };
}
