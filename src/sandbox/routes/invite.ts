import {
  collapseRoles,
  flag,
  objectBody,
  parseFutureDate,
  parseRoles,
  rejectUnknownProperties,
} from '../graph/body-checks';
import type { LocatedItem } from '../graph/locate-item';
import { parseRecipientEntries, type Recipient, recipientKey, resolveRecipients } from '../graph/recipients';
import type { TenantRuntime } from '../graph-runtime';
import { accessDenied, invalidRequest, methodNotAllowed, notAllowed } from '../http/graph-error';
import { context, type GraphResponse, type SandboxCall } from '../http/graph-exchange';
import { stableGuid } from '../model/hash-ids';
import { shareIdFor, sharingLinkWebUrl } from '../model/sharing-links';
import type { SandboxRole, StoredPermission } from '../model/stored-permission';
import { renderPermission } from '../render/render-permission';

const inviteParameters = [
  'recipients',
  'message',
  'requireSignIn',
  'sendInvitation',
  'roles',
  'expirationDateTime',
  'password',
  'retainInheritedPermissions',
];

/** Refuses any permission change on the root of a personal drive (docs/graph-notes.md §1.3, §1.5). */
export function refusePersonalRoot(target: LocatedItem): void {
  if (target.drive.driveType === 'personal' && target.item.parentId === null) {
    throw notAllowed('Permissions on the root of a personal OneDrive cannot be changed.');
  }
}

function granteeMatches(p: StoredPermission, r: Recipient): boolean {
  if (r.kind === 'external')
    return !p.grantee && !p.link && p.invitation?.email.toLowerCase() === r.email.toLowerCase();
  return p.grantee?.kind === r.kind && p.grantee.id === (r.kind === 'user' ? r.user.id : r.group.id);
}

interface InviteOptions {
  roles: SandboxRole[];
  requireSignIn: boolean;
  sendInvitation: boolean;
  expirationDateTime?: string;
  hasPassword: boolean;
  retain: boolean;
}

/** Validates the invite body against every rule of docs/graph-notes.md §1.2–§1.5. */
function parseInvite(
  target: LocatedItem,
  body: Record<string, unknown>,
): { options: InviteOptions; entries: ReturnType<typeof parseRecipientEntries> } {
  rejectUnknownProperties(body, inviteParameters, 'invite');
  const entries = parseRecipientEntries(body.recipients);
  const roles = parseRoles(body.roles ?? ['read']);
  const requireSignIn = flag(body, 'requireSignIn');
  const sendInvitation = flag(body, 'sendInvitation');
  if (!requireSignIn && !sendInvitation)
    throw invalidRequest('RequireSignIn and SendInvitation cannot both be false');
  if (body.message !== undefined && body.message !== null) {
    if (typeof body.message !== 'string') throw invalidRequest('The parameter message must be a string.');
    if (body.message.length > 2000)
      throw invalidRequest('The message is longer than 2000 characters.', 'parameterIsTooLong');
  }
  const personal = target.drive.driveType === 'personal';
  const hasPassword = body.password !== undefined && body.password !== null;
  if (hasPassword) {
    if (!personal) throw invalidRequest('The parameter password does not exist in method invite.');
    if (typeof body.password !== 'string' || body.password.length === 0)
      throw invalidRequest('The parameter password must be a non-empty string.');
  }
  let expirationDateTime: string | undefined;
  if (body.expirationDateTime !== undefined && body.expirationDateTime !== null) {
    if (!personal) throw invalidRequest('The parameter expirationDateTime does not exist in method invite.');
    if (!target.drive.premium) throw invalidRequest('Account Upgrade is required for this operation');
    expirationDateTime = parseFutureDate(body.expirationDateTime, 'expirationDateTime');
  }
  const retainRaw = body.retainInheritedPermissions;
  if (retainRaw !== undefined && retainRaw !== null && typeof retainRaw !== 'boolean') {
    throw invalidRequest('The parameter retainInheritedPermissions must be true or false.');
  }
  return {
    entries,
    options: {
      roles,
      requireSignIn,
      sendInvitation,
      expirationDateTime,
      hasPassword,
      retain: retainRaw !== false,
    },
  };
}

function notificationError(
  rt: TenantRuntime,
  call: SandboxCall,
  r: Recipient,
  options: InviteOptions,
): Record<string, unknown> | undefined {
  if (!options.sendInvitation) return undefined;
  const senderMissing = call.user.mailboxUnavailable;
  const recipientMissing = r.kind === 'user' && r.user.mailboxUnavailable;
  if (!senderMissing && !recipientMissing) return undefined;
  const who = senderMissing ? 'the sender' : 'the recipient';
  return {
    code: 'notAllowed',
    message: `The sharing invitation email could not be sent because ${who} has no mailbox. Access was granted.`,
    localizedMessage: `We couldn't send the invitation email because ${who} doesn't have a mailbox. They still have access.`,
    fixItUrl: `https://${rt.model.tenant.domains[0]}/sharing-help`,
    innererror: { code: 'exchangeInvalidUser' },
  };
}

/**
 * `POST …/invite`: validates, checks the caller may share (owner or write), resolves recipients,
 * then grants or merges one permission per recipient under the item's lock. 207 when a
 * notification could not be sent; access is still granted (docs/graph-notes.md §1.6, §1.7, §8.3).
 */
export async function invite(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
): Promise<GraphResponse> {
  if (call.method !== 'POST') throw methodNotAllowed('The invite action only supports POST.');
  if (!rt.access.canWrite(call.user, target.item)) throw accessDenied();
  const body = objectBody(call.body, call.invalidJson);
  const { entries, options } = parseInvite(target, body);
  refusePersonalRoot(target);
  const recipients = resolveRecipients(rt, entries);
  const { drive, item } = target;
  const granted = await rt.state.update(drive.id, item.id, (current) => {
    const result: StoredPermission[] = [];
    for (const r of recipients) {
      let p = current.find((c) => granteeMatches(c, r));
      if (p) {
        p.roles = collapseRoles([...p.roles, ...options.roles]);
        if (p.invitation) p.invitation.signInRequired = p.invitation.signInRequired || options.requireSignIn;
      } else {
        const id = stableGuid('permission', drive.id, item.id, recipientKey(r));
        p = {
          id,
          roles: collapseRoles(options.roles),
          ...(r.kind === 'user' ? { grantee: { kind: 'user' as const, id: r.user.id } } : {}),
          ...(r.kind === 'group' ? { grantee: { kind: 'group' as const, id: r.group.id } } : {}),
        };
        current.push(p);
      }
      const email = r.email;
      if (email && !p.invitation)
        p.invitation = { email, signInRequired: options.requireSignIn, invitedBy: call.user.id };
      if (p.invitation && !p.shareId) p.shareId = shareIdFor(p.id);
      if (drive.driveType === 'personal') {
        p.invitationLinkUrl = p.invitationLinkUrl ?? sharingLinkWebUrl(rt.model, drive, item, p.id);
        p.shareId = p.shareId ?? shareIdFor(p.id);
        if (options.hasPassword) p.hasPassword = true;
      }
      if (options.expirationDateTime) p.expirationDateTime = options.expirationDateTime;
      result.push({ ...p, roles: [...p.roles] });
    }
    return { next: current, breakInheritance: !options.retain, result };
  });
  let anyError = false;
  const value = granted.map((p, i) => {
    const rendered = renderPermission(rt, drive, p, { revealSecrets: true, withType: true });
    const error = notificationError(rt, call, recipients[i], options);
    if (!error) return rendered;
    anyError = true;
    return { ...rendered, error };
  });
  return {
    status: anyError ? 207 : 200,
    headers: {},
    body: { '@odata.context': context('Collection(permission)'), value },
  };
}
