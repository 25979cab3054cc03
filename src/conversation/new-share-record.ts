import { RequestStore } from '../state/request-store';
import type { ItemRef, ParsedMessage } from './parse/parsed-request';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';
import type { ResolvedShare } from './resolve/resolve-share';
import type { ShareRequestRecord } from './share-request';

/** The stored request: what was resolved plus the options asked for; read access unless a role was named. */
export function newShareRecord(
  turn: ChatTurn,
  request: Extract<ParsedMessage, { intent: 'share' }>,
  itemRef: ItemRef,
  share: ResolvedShare,
  deps: FlowDeps,
): ShareRequestRecord {
  const now = deps.now().getTime();
  const { options } = request;
  return {
    id: RequestStore.newId(),
    requesterAadId: turn.user.aadObjectId ?? '',
    requesterName: turn.user.name,
    conversationId: turn.conversation.id,
    conversation: turn.reference,
    privateTo: turn.conversation.kind === 'personal' ? undefined : turn.user.chatUserId,
    createdAt: now,
    updatedAt: now,
    expiresAt: now + deps.requestTtlMs,
    status: 'pickingFile',
    history: [{ status: 'pickingFile', at: now }],
    itemRef,
    ...share,
    // With a role per person, each recipient carries their own; the request's role is the lesser one.
    role: request.role.kind === 'role' ? request.role.role : 'read',
    notify: options.sendInvitation ?? true,
    message: options.message,
    expiration: options.expiration
      ? { at: options.expiration.at.toISOString(), words: options.expiration.words }
      : undefined,
    password: options.password,
    requireSignIn: true,
    existingPermissions: [],
    createdPermissionIds: [],
    grants: [],
    attempts: [],
  };
}
