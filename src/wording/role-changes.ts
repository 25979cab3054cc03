// Every sentence about changing the role someone already has on an item.
import { roleLabel } from '../cards/role-label';
import type { Role } from '../domain/role';
import type { NoticeWords } from './clicks';
import { cutText, quotedWordsLimit } from './quote';

const nothingChanged = 'No role was changed.';

function name(text: string): string {
  return cutText(text, quotedWordsLimit);
}

/** "viewer" / "editor": the role word of an example sentence. */
function roleNoun(role: Role): string {
  return role === 'write' ? 'editor' : 'viewer';
}

/** Asked when a role change names no file and there is no last share to fall back on. */
export const roleChangeItemMissingReply =
  "Which file or folder is that about? Say, for example, 'make Ana a viewer on plan.xlsx'. No role was changed.";

/** Said when a role change names several people. */
export const onePersonAtATimeReply =
  "I change one person's role at a time. Say, for example, 'make Ana a viewer on plan.xlsx'. No role was changed.";

/** Said when the item's name matches several files. */
export function roleChangeItemAmbiguousReply(names: string[]): string {
  return `Several files match: ${names.join('; ')}. Which one? Say its folder too, for example '/Finance/2026/plan.xlsx'. ${nothingChanged}`;
}

/** The person has no permission of their own: nothing to change, and a share is what would give access. */
export function noAccessReply(personName: string, itemName: string, role: Role): string {
  return `${name(personName)} has no access of their own to ${name(itemName)}, so there is no role to change. To give them access, say 'share ${name(itemName)} with ${name(personName)} as ${roleNoun(role)}'. ${nothingChanged}`;
}

/** Someone else's item: only the requester's own access is visible, so others' roles cannot be seen. */
export function notYourItemReply(personName: string, itemName: string): string {
  return `${name(itemName)} is someone else's file and I can only see your own access to it, so I can't change ${name(personName)}'s role there. Ask its owner. ${nothingChanged}`;
}

/** The requester can only view the item. */
export function viewOnlyRequesterReply(itemName: string): string {
  return `You can only view ${name(itemName)}, so you can't change who may view or edit it. Ask its owner. ${nothingChanged}`;
}

/** The person's access comes from a folder above: it cannot change on this item. */
export function inheritedReply(personName: string, itemName: string): string {
  return `${name(personName)}'s access to ${name(itemName)} comes from the folder above, so it can't be changed on ${name(itemName)}. Change it on the folder it comes from. ${nothingChanged}`;
}

/** The person owns the item. */
export function ownerReply(personName: string, itemName: string): string {
  return `${name(personName)} owns ${name(itemName)}; an owner's role can't be changed. ${nothingChanged}`;
}

/** The person reaches the item only through a sharing link, whose role Graph cannot change. */
export function throughLinkReply(personName: string, itemName: string, role: Role): string {
  return `${name(personName)} can open ${name(itemName)} only through a sharing link, and a link's role can't be changed. For a new link, say 'get me ${linkArticle(role)} link to ${name(itemName)}'. ${nothingChanged}`;
}

/** The person may reach the item through a group or a specific-people link; neither is theirs alone. */
export function throughGroupReply(personName: string, itemName: string, groups: string[]): string {
  const via =
    groups.length > 0
      ? `it is shared with ${groups.map(name).join(', ')}`
      : 'it is shared through a link for chosen people';
  return `${name(personName)} has no access of their own to ${name(itemName)}; ${via}, which may include them. I only change a role given to someone directly. ${nothingChanged}`;
}

/** "change the link to edit": Graph has no call that changes a link's role. */
export function linkRoleReply(itemName: string | undefined, role: Role): string {
  const item = itemName ? name(itemName) : 'the file';
  const old = role === 'write' ? 'view' : 'edit';
  return `A sharing link's role can't be changed in Microsoft 365. Make a new link instead, for example 'get me ${linkArticle(role)} link to ${item}', then delete the old one ('delete the ${old} link on ${item}'). ${nothingChanged}`;
}

/** The person already has the role asked. */
export function sameRoleReply(personName: string, itemName: string, role: Role): string {
  return `${name(personName)} ${roleLabel(role)} ${name(itemName)} already. ${nothingChanged}`;
}

/** The person holds several permissions of their own: which one to change is not clear. */
export function severalPermissionsReply(personName: string, itemName: string): string {
  return `${name(personName)} has more than one permission on ${name(itemName)}, so I can't tell which one to change. Use Manage access in OneDrive or SharePoint. ${nothingChanged}`;
}

/** "make it view only" after a share with several people. */
export function lastShareSeveralReply(itemName: string, role: Role): string {
  return `Your last share of ${name(itemName)} was with several people. Say whose role to change, for example 'make Ana a ${roleNoun(role)} on ${name(itemName)}'. ${nothingChanged}`;
}

/** "make it view only" while the last share's invite is still running. */
export function stillSharingReply(itemName: string): string {
  return `${name(itemName)} is still being shared. Ask again once its card shows the result. ${nothingChanged}`;
}

/** The confirmation card's title. */
export const confirmRoleChangeTitle = 'Change this role?';

/** The confirmation card's question. */
export function confirmRoleChangeText(personName: string, from: Role, to: Role, itemName: string): string {
  return `Change ${name(personName)} from ${capital(roleLabel(from))} to ${capital(roleLabel(to))} on ${name(itemName)}?`;
}

/** The confirmation card's note on what the change does. */
export function roleChangeNote(personName: string, to: Role): string {
  return to === 'read'
    ? `${name(personName)} will be able to open it but no longer change it. No email is sent.`
    : `${name(personName)} will be able to change it too. No email is sent.`;
}

/** The result card's title. */
export const roleChangedTitle = 'Role changed';

/** The result card's text. */
export function roleChangedText(personName: string, to: Role, itemName: string): string {
  return `${name(personName)} ${roleLabel(to)} ${name(itemName)} now.`;
}

/** The title of a refused or unknown change. */
export const roleRefusedTitle = "Couldn't change the role";

/** Graph refused the change (403). */
export const roleNotAllowedText =
  "Microsoft 365 didn't allow this change: you may only be able to view the file, or the access comes from a folder above (change it there). No role was changed.";

/** The permission disappeared between the card and the click. */
export function permissionGoneText(personName: string, itemName: string): string {
  return `${name(personName)}'s permission on ${name(itemName)} is no longer there; it was removed in the meantime. ${nothingChanged}`;
}

/** After a lost answer the permission still shows the old role. */
export function roleStillOldText(personName: string, from: Role, itemName: string): string {
  return `I didn't get Microsoft 365's answer, and ${name(personName)} still ${roleLabel(from)} ${name(itemName)}. ${nothingChanged} Try again.`;
}

/** Graph answered, but the permission it returned does not hold the role asked. */
export function roleNotTakenText(personName: string, held: Role, itemName: string): string {
  return `Microsoft 365 answered, but ${name(personName)} ${roleLabel(held)} ${name(itemName)} after it. Check Manage access in OneDrive or SharePoint.`;
}

/** After a lost answer the permission could not be read either. */
export function roleUnknownText(personName: string, itemName: string): string {
  return `I didn't get Microsoft 365's answer and couldn't read ${name(itemName)}'s access, so I don't know yet whether ${name(personName)}'s role changed. Ask 'can ${name(personName)} edit ${name(itemName)}?' in a moment.`;
}

/** Cancel was clicked. */
export const roleCancelledTitle = 'Cancelled';

/** The cancelled card's text. */
export const roleCancelledText = nothingChanged;

/** Said on a role-change card clicked after it expired. */
export const roleChangeExpiredText = `This card has expired. ${nothingChanged} Ask again for a new one.`;

/** Said while a click is already changing the role. */
export const roleChangeBusyText = 'This role change is already being worked on.';

/** The role change behind a card is gone from storage. */
export const roleChangeGoneNotice: NoticeWords = {
  title: 'This request is no longer available',
  text: `I no longer have this role change. ${nothingChanged} Please ask again.`,
};

/** Shown at once when Graph is slower than the click may wait; the card is replaced when it ends. */
export const changingRoleNotice: NoticeWords = {
  title: 'Changing the role…',
  text: 'This card will say when the role has changed.',
};

/** "an edit" / "a view": the link words of an example sentence. */
function linkArticle(role: Role): string {
  return role === 'write' ? 'an edit' : 'a view';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
