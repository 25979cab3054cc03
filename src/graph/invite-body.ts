import { maxInviteMessageLength } from '../domain/limits';
import type { Role } from '../domain/role';
import { type GraphFailure, GraphRequestError, type InviteRecipient, type InviteRequest } from './types';

/** Invite notification messages longer than this are refused by Graph (graph-contract §1.2). */
export const MAX_INVITE_MESSAGE_LENGTH = maxInviteMessageLength;

const ROLES: readonly Role[] = ['read', 'write'];

/** The JSON body of `POST …/invite`: the request without its address, exactly the documented fields (graph-contract §1.2). */
export type InviteBody = Omit<InviteRequest, 'item'>;

/**
 * Checks an invite against the rules Graph enforces (graph-contract §1.3) and builds its body.
 * Throws GraphRequestError (kind "invalid", status -1) instead of spending a call Graph would refuse.
 */
export function buildInviteBody(request: InviteRequest): InviteBody {
  if (request.recipients.length === 0) refuse('An invite needs at least one recipient');
  if (request.roles.length === 0 || !request.roles.every((role) => ROLES.includes(role))) {
    refuse('Invite roles must be read or write');
  }
  if (!request.requireSignIn && !request.sendInvitation) {
    refuse('requireSignIn and sendInvitation cannot both be false');
  }
  if (request.message !== undefined && request.message.length > MAX_INVITE_MESSAGE_LENGTH) {
    refuse(`The invite message is longer than ${MAX_INVITE_MESSAGE_LENGTH} characters`);
  }
  const body: InviteBody = {
    recipients: request.recipients.map(oneRecipientField),
    roles: [...new Set(request.roles)],
    requireSignIn: request.requireSignIn,
    sendInvitation: request.sendInvitation,
  };
  if (request.message !== undefined) body.message = request.message;
  if (request.expirationDateTime !== undefined) body.expirationDateTime = request.expirationDateTime;
  if (request.password !== undefined) body.password = request.password;
  return body;
}

/** Graph refuses a driveRecipient with more than one of email/objectId/alias (graph-contract §1.2). */
function oneRecipientField(recipient: InviteRecipient): InviteRecipient {
  const fields = (['email', 'objectId', 'alias'] as const).filter((key) => key in recipient);
  if (fields.length !== 1) refuse('Each recipient needs exactly one of email, objectId or alias');
  if ('email' in recipient && recipient.email.trim()) return { email: recipient.email.trim() };
  if ('objectId' in recipient && recipient.objectId.trim()) return { objectId: recipient.objectId.trim() };
  if ('alias' in recipient && recipient.alias.trim()) return { alias: recipient.alias.trim() };
  return refuse('A recipient is empty');
}

function refuse(message: string): never {
  const failure: GraphFailure = { kind: 'invalid', status: -1, code: 'clientValidation', message };
  throw new GraphRequestError(failure);
}
