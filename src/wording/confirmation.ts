import { cutText, quotedWordsLimit } from './quote';

/** The notes under a confirmation card's details, one function per situation; a person's words are quoted in bounded pieces. */

/**
 * A message for the email while Notify by email is off: Graph only sends the message inside the
 * invitation email (docs/graph-notes.md §1.2), so it would be lost. Share is held back until the
 * person turns Notify on or clears the message.
 */
export const messageWithoutEmailNote =
  'Notify by email is off, so your message would not be sent. Turn Notify by email on to send it, or clear the message to share without an email. Nothing was shared.';

/** A password was given; whether it applies depends on the drive. */
export function passwordNote(personalDrive: boolean): string {
  return personalDrive
    ? 'People will also need the password you gave to open it.'
    : 'Passwords only work on personal OneDrive, so no password will be set. People still need to sign in.';
}

/** A recipient already has access; `heldNoun` is "view" or "edit". */
export function alreadyHasAccessNote(name: string, heldNoun: string, upgradesToEdit: boolean): string {
  return upgradesToEdit
    ? `${name} can already view this; sharing gives them edit access.`
    : `${name} can already ${heldNoun} this.`;
}

/**
 * A recipient already has access through a group the item is shared with. Without an upgrade they
 * are not invited again; with one (edit asked, the group gives view) the invite still goes out.
 */
export function groupAccessNote(
  name: string,
  heldNoun: string,
  groupName: string,
  upgradesToEdit: boolean,
): string {
  const held = `${name} already has ${heldNoun} access through the ${groupName} group`;
  return upgradesToEdit
    ? `${held}; sharing gives them edit access.`
    : `${held}, so they won't be invited again.`;
}

/** A recipient named only in part, with the one person who matched: "“Mateo” matched only Mateo Rossi (…)". */
export function partialNameNote(typed: string, name: string, address: string | undefined): string {
  const who = address ? `${name} (${address})` : name;
  return `“${cutText(typed, quotedWordsLimit)}” matched only ${who}. Check this is who you meant.`;
}

/** A recipient outside the organisation. */
export function externalRecipientNote(address: string): string {
  return `${cutText(address, quotedWordsLimit)} is outside your organisation. Your sharing policy decides whether they can be invited.`;
}

/** A group recipient. */
export function groupRecipientNote(groupName: string): string {
  return `Everyone in ${groupName} will get access.`;
}

/** The item's current permissions could not be read. */
/** The note everyone but the requester sees on a confirmation card in a group chat or channel. */
export function detailsForRequesterNote(requesterName: string): string {
  return `Who already has access is shown to ${requesterName} only.`;
}

export const permissionsUnreadableNote = "I couldn't read who already has access to this item.";

/** The requester can only view someone else's item, so the invite will probably be refused. */
export const viewOnlyRequesterNote =
  'You can only view this item, so Microsoft 365 will probably refuse to share it. If it does, ask its owner to share it or to give you edit access.';

/** Who a sharing link lets in, as the existing-access list names it. */
export function linkAudience(scope: string | undefined): string {
  if (scope === 'anonymous') return 'Anyone with the link';
  if (scope === 'organization') return 'People in your organisation with the link';
  return 'Specific people with the link';
}

/** A grantee Graph gives neither a name nor an address. */
export const unnamedGrantee = 'Someone';
