import type { GroupEntity, UserEntity } from '../model/entities';
import { hashHex } from '../model/hash-ids';

/** `{ user: { id, displayName, email } }` — the identitySet drive responses use. */
export function userIdentitySet(user: UserEntity | undefined): Record<string, unknown> | undefined {
  if (!user) return undefined;
  return { user: { email: user.mail ?? user.userPrincipalName, id: user.id, displayName: user.displayName } };
}

/** `{ group: { id, displayName, email } }`. */
export function groupIdentitySet(group: GroupEntity): Record<string, unknown> {
  return { group: { email: group.mail, id: group.id, displayName: group.displayName } };
}

/** The SharePoint site user of a person (sharePointIdentity): a small numeric id and a claims login name. */
export function siteUser(user: UserEntity): Record<string, unknown> {
  return {
    displayName: user.displayName,
    email: user.mail ?? user.userPrincipalName,
    id: String(7 + (Number.parseInt(hashHex('site-user', user.id).slice(0, 6), 16) % 990)),
    loginName: `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}`,
  };
}
