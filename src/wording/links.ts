// Every sentence about sharing links (create, list, delete).
import type { LinkScope, LinkType } from '../domain/sharing-link';
import type { NoticeWords } from './clicks';

/** How a link's type reads ("view", "edit"). */
export const linkTypeWords: Record<LinkType, string> = { view: 'View', edit: 'Edit' };

/** How a link's scope reads. */
export const linkScopeWords: Record<LinkScope, string> = {
  organization: 'People in your organisation',
  users: 'Specific people',
  anonymous: 'Anyone with the link',
};

/** A link in a few words: "an edit link for anyone with the link". */
export function linkPhrase(type: LinkType, scope: LinkScope): string {
  const kind = type === 'edit' ? 'an edit link' : 'a view link';
  return `${kind} for ${linkScopeWords[scope].toLowerCase()}`;
}

/** Asked when a link sentence names no file. */
export const linkItemMissingReply =
  "Which file should the link be for? Say, for example, 'get me a link to report.xlsx'.";

/** Said when a link sentence names several files, or a name that matches several. */
export function linkItemAmbiguousReply(names: string[]): string {
  return `Several files match: ${names.join('; ')}. Which one? Say its folder too, for example '/Finance/2026/plan.xlsx'.`;
}

/** Said when a specific-people link names nobody Sharebot could pin down exactly. */
export function linkPeopleUnclearReply(names: string[]): string {
  return `I'm not sure who ${names.join(', ')} is; nothing was shared. Say their full name or email address.`;
}

/** Said when a specific-people link is asked with nobody named. */
export const linkNobodyNamedReply =
  "Who should the link work for? Say, for example, 'send Lee Chen a view link to report.xlsx'. Nothing was shared.";

/** The confirmation card's title. */
export const confirmLinkTitle = 'Create this sharing link?';

/** The note on a confirmation for anyone: the link works without signing in. */
export const anyoneLinkNote = 'Anyone who gets this link can open it without signing in.';

/** The result card's title. */
export const linkCreatedTitle = 'Link ready';

/** The result card's line above the copyable URL. */
export const copyLinkHint = 'Copy the link:';

/** Said when Graph refused an anyone link because the tenant turns them off. */
export const anyoneLinksOffText =
  'Your organisation does not allow links that work for anyone. Nothing was shared; try a link for people in your organisation.';

/** Said when a created link has no URL in Graph's answer. */
export const linkWithoutUrlText =
  'Graph created the link but did not return its address; open the file in OneDrive to copy it.';

/** Said when the answer to createLink was lost and the permissions show no such link. */
export const linkUnknownText =
  "I didn't get Graph's answer and can't see the link on the file yet. Ask 'which links does this file have?' in a moment.";

/** Said when Cancel was clicked. */
export const linkCancelledTitle = 'Cancelled';

/** The cancelled card's text. */
export const linkCancelledText = 'Nothing was shared.';

/** Said while a click is already creating or deleting. */
export const linkBusyText = 'This link request is already being worked on.';

/** The title of the list of links. */
export function linksListTitle(itemName: string): string {
  return `Sharing links on ${itemName}`;
}

/** Said when a file has no sharing links. */
export function noLinksReply(itemName: string): string {
  return `${itemName} has no sharing links.`;
}

/** One line of the list of links, in plain text. */
export function linkLine(type: LinkType, scope: LinkScope, expiry?: string): string {
  return `${linkTypeWords[type]} link for ${linkScopeWords[scope].toLowerCase()}${expiry ? `, expires ${expiry}` : ''}`;
}

/** Said when no link on the file matches what should be deleted. */
export function noMatchingLinkReply(itemName: string, asked: string): string {
  return `${itemName} has no ${asked}. Nothing was removed.`;
}

/** Said when several links match what should be deleted. */
export function severalLinksReply(itemName: string, lines: string[]): string {
  return `${itemName} has several links like that:\n${lines.map((l) => `- ${l}`).join('\n')}\nWhich one? Say its type and who it is for, for example 'delete the edit link for anyone on ${itemName}'.`;
}

/** The title of the delete confirmation. */
export const confirmDeleteTitle = 'Delete this sharing link?';

/** The text of the delete confirmation. */
export const deleteLinkWarning = 'Everyone who uses this link loses access through it.';

/** The title after a link was deleted. */
export const linkDeletedTitle = 'Link deleted';

/** The text after a link was deleted. */
export function linkDeletedText(itemName: string): string {
  return `The link no longer opens ${itemName}.`;
}

/** The title of a refusal from Graph. */
export const linkRefusedTitle = "Couldn't do that";

/** The link-words for the phrase used in a refusal ("anyone link"). */
export function askedLinkWords(type: LinkType | undefined, scope: LinkScope | undefined): string {
  const kind = type ? `${type} ` : '';
  const who = scope ? ` for ${linkScopeWords[scope].toLowerCase()}` : '';
  return `${kind}link${who}`;
}

/** Said after a lost DELETE answer when the permissions show the link still there. */
export const deleteUnsureText =
  "I didn't get Graph's answer and the link is still on the file. Access was not removed; try again.";

/** Said on a link card clicked after it expired. */
export const linkExpiredText = 'This card has expired. Nothing was shared; ask again for a new one.';

/** Said when "Keep it" was clicked on a delete confirmation. */
export const linkKeptText = 'The link was kept. Access was not removed.';

/** Said after a lost DELETE answer when the permissions could not be read either. */
export const deleteUnknownText =
  "I didn't get Graph's answer and couldn't read the file's links; the link may still work. Ask 'which links does this file have?' in a moment.";

/** Shown at once when Graph is slower than the click may wait; the card is replaced when it ends. */
export const creatingLinkNotice: NoticeWords = {
  title: 'Creating the link…',
  text: 'This card will show the link when Microsoft 365 has made it.',
};

/** Shown at once when deleting takes longer than the click may wait. */
export const deletingLinkNotice: NoticeWords = {
  title: 'Deleting the link…',
  text: 'This card will say when the link is gone.',
};
