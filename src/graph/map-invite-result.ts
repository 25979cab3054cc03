import type { Permission } from '@microsoft/microsoft-graph-types';
import { isRecord, listValue, stringField } from './graph-json';
import { innermostCode } from './map-graph-error';
import { toPermissionInfo } from './map-permission';
import type { InvitedPermission, InviteResult } from './types';

/**
 * Maps an invite answer. 200 and 207 both list one permission per recipient; on 207 an entry
 * whose notification failed carries `error` (graph-contract §1.7): access was still granted.
 */
export function toInviteResult(status: number, body: unknown): InviteResult {
  return { partial: status === 207, permissions: listValue(body).map(toInvitedPermission) };
}

function toInvitedPermission(entry: unknown): InvitedPermission {
  const permission = (isRecord(entry) ? entry : {}) as Permission & Record<string, unknown>;
  const invited: InvitedPermission = withId(permission);
  const invitationEmail = stringField(permission.invitation, 'email');
  if (invitationEmail) invited.invitationEmail = invitationEmail;
  const error = permission.error;
  if (isRecord(error)) {
    invited.notificationError = {
      code: stringField(error, 'code') ?? '',
      message: stringField(error, 'message') ?? '',
    };
    const localizedMessage = stringField(error, 'localizedMessage');
    if (localizedMessage) invited.notificationError.localizedMessage = localizedMessage;
    const innerCode = innermostCode(error);
    if (innerCode) invited.notificationError.innerCode = innerCode;
  }
  return invited;
}

/** An entry without an id still means a grant happened, so it is kept (with id "") rather than lost. */
function withId(permission: Permission): InvitedPermission {
  if (permission.id) return toPermissionInfo(permission);
  return { ...toPermissionInfo({ ...permission, id: 'unknown' }), id: '' };
}
