import type { Group, Person, User } from '@microsoft/microsoft-graph-types';
import type { PersonInfo } from '../domain/person';

/**
 * Maps a `/me/people` result. The email is `scoredEmailAddresses[0].address` because people have
 * no `mail` (graph-contract §4.1). `personType.class` "Group" is a group; a person whose subclass
 * is not OrganizationUser (PersonalContact, ImplicitContact) is a contact outside the directory.
 * `id` is left out on purpose: whether `person.id` is the Entra object id is UNCONFIRMED
 * (graph-contract §4.1), so flows must not send it as an invite `objectId`.
 */
export function fromPerson(person: Person): PersonInfo {
  const info: PersonInfo = { kind: personKind(person), displayName: person.displayName ?? '' };
  const email = person.scoredEmailAddresses?.find((scored) => scored.address)?.address ?? undefined;
  if (email) info.email = email;
  if (person.userPrincipalName) info.userPrincipalName = person.userPrincipalName;
  if (person.jobTitle) info.jobTitle = person.jobTitle;
  if (person.department) info.department = person.department;
  return info;
}

function personKind(person: Person): PersonInfo['kind'] {
  const type = person.personType;
  if (type?.class === 'Group') return 'group';
  if (!type?.subclass || type.subclass === 'OrganizationUser') return 'user';
  return 'contact';
}

/** Maps a directory user (`/users`, `/me`). */
export function fromUser(user: User): PersonInfo {
  const info: PersonInfo = { kind: 'user', displayName: user.displayName ?? user.userPrincipalName ?? '' };
  if (user.id) info.id = user.id;
  if (user.mail) info.email = user.mail;
  if (user.userPrincipalName) info.userPrincipalName = user.userPrincipalName;
  if (user.jobTitle) info.jobTitle = user.jobTitle;
  if (user.department) info.department = user.department;
  if (user.userType === 'Member' || user.userType === 'Guest') info.userType = user.userType;
  return info;
}

/** Maps a directory group (`/groups`). */
export function fromGroup(group: Group): PersonInfo {
  const info: PersonInfo = { kind: 'group', displayName: group.displayName ?? group.mail ?? '' };
  if (group.id) info.id = group.id;
  if (group.mail) info.email = group.mail;
  return info;
}
