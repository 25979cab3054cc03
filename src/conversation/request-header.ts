import { RequestStore } from '../state/request-store';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';

/** What every stored card request starts with: its id, who asked where, and when it expires. */
export interface RequestHeader {
  id: string;
  requesterAadId: string;
  requesterName: string;
  conversationId: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
}

/** A fresh request header for the turn's person and conversation, actionable for REQUEST_TTL_MINUTES. */
export function newRequestHeader(
  turn: ChatTurn,
  deps: Pick<FlowDeps, 'now' | 'requestTtlMs'>,
): RequestHeader {
  const now = deps.now().getTime();
  return {
    id: RequestStore.newId(),
    requesterAadId: turn.user.aadObjectId ?? '',
    requesterName: turn.user.name,
    conversationId: turn.conversation.id,
    createdAt: now,
    updatedAt: now,
    expiresAt: now + deps.requestTtlMs,
  };
}
