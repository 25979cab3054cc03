import type { TenantRuntime } from '../graph-runtime';
import { accessDenied, invalidRequest, itemNotFound } from '../http/graph-error';
import type { GroupEntity, UserEntity } from '../model/entities';

/** A driveRecipient resolved against the directory. */
export type Recipient =
  | { kind: 'user'; user: UserEntity; email?: string }
  | { kind: 'group'; group: GroupEntity; email?: string }
  | { kind: 'external'; email: string };

/** The key that makes two grants "the same grantee", so a re-invite merges instead of duplicating. */
export function recipientKey(r: Recipient): string {
  if (r.kind === 'user') return `user:${r.user.id}`;
  if (r.kind === 'group') return `group:${r.group.id}`;
  return `email:${r.email.toLowerCase()}`;
}

const unresolvable = 'One of the provided recipients could not be found';

/** Checks each entry has exactly one of email, alias or objectId (docs/graph-notes.md §1.2). */
export function parseRecipientEntries(
  value: unknown,
): Array<{ email?: string; alias?: string; objectId?: string }> {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidRequest('The recipients parameter must list at least one recipient.');
  return value.map((entry) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const given = ['email', 'alias', 'objectId'].filter((k) => e[k] !== undefined && e[k] !== null);
    if (given.length !== 1 || typeof e[given[0]] !== 'string' || (e[given[0]] as string).trim() === '') {
      throw invalidRequest('Each recipient must have exactly one of email, alias or objectId.');
    }
    return { [given[0]]: (e[given[0]] as string).trim() };
  });
}

function isInternalDomain(rt: TenantRuntime, email: string): boolean {
  const domain = email.split('@')[1]?.toLowerCase();
  return rt.model.tenant.domains.some((d) => d.toLowerCase() === domain);
}

/**
 * Resolves recipients: users by mail/UPN/id, groups by mail/id/alias; unknown in-tenant addresses
 * and ids give 404 itemNotFound (docs/graph-notes.md §1.3). Outsiders follow `tenant.externalSharing`:
 * disabled refuses guests and new addresses, existingGuestsOnly refuses only new addresses.
 */
export function resolveRecipients(
  rt: TenantRuntime,
  entries: Array<{ email?: string; alias?: string; objectId?: string }>,
): Recipient[] {
  const policy = rt.model.tenant.externalSharing;
  return entries.map((entry) => {
    let recipient: Recipient | undefined;
    if (entry.email) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(entry.email))
        throw invalidRequest(`'${entry.email}' is not a valid email address.`);
      const user = rt.index.user(entry.email);
      const group = rt.index.group(entry.email);
      if (user && user.id.toLowerCase() !== entry.email.toLowerCase())
        recipient = { kind: 'user', user, email: entry.email };
      else if (group) recipient = { kind: 'group', group, email: entry.email };
      else if (isInternalDomain(rt, entry.email)) throw itemNotFound(unresolvable);
      else recipient = { kind: 'external', email: entry.email };
    } else if (entry.objectId) {
      const user = rt.model.users.find((u) => u.id.toLowerCase() === entry.objectId?.toLowerCase());
      const group = rt.model.groups.find((g) => g.id.toLowerCase() === entry.objectId?.toLowerCase());
      if (user) recipient = { kind: 'user', user };
      else if (group) recipient = { kind: 'group', group };
    } else if (entry.alias) {
      const alias = entry.alias.toLowerCase();
      const group = rt.model.groups.find(
        (g) => g.mailNickname.toLowerCase() === alias || g.displayName.toLowerCase() === alias,
      );
      const user = rt.model.users.find((u) => u.mailNickname.toLowerCase() === alias);
      if (group) recipient = { kind: 'group', group };
      else if (user) recipient = { kind: 'user', user };
    }
    if (!recipient) throw itemNotFound(unresolvable);
    const isGuest = recipient.kind === 'user' && recipient.user.userType === 'Guest';
    if (policy === 'disabled' && (isGuest || recipient.kind === 'external')) {
      throw accessDenied('Sharing with people outside the organization is turned off for this tenant.');
    }
    if (policy === 'existingGuestsOnly' && recipient.kind === 'external') {
      throw accessDenied(
        'This tenant only allows sharing with existing guests; the recipient is not a guest in the directory.',
      );
    }
    return recipient;
  });
}
