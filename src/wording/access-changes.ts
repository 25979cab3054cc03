// Every sentence about who has access and about removing it (Remove, Stop sharing).
import type { LinkScope, LinkType } from '../domain/sharing-link';
import type { NoticeWords } from './clicks';
import { linkPhrase } from './links';
import { cutText, quotedWordsLimit } from './quote';

const noChange = 'Nothing was changed.';

/** The who-has-access card's title. */
export function whoHasAccessTitle(itemName: string): string {
  return `Who has access to ${cutText(itemName, quotedWordsLimit)}`;
}

/** The card's title for "who can edit …?". */
export function whoCanEditTitle(itemName: string): string {
  return `Who can edit ${cutText(itemName, quotedWordsLimit)}`;
}

/** Said on the who-has-access card when the requester may not change the list. */
export const viewOnlyListNote =
  'Nothing here can be removed by you: you can only view this item, or all of this access comes from its owner or the folder above.';

/** Said on the who-has-access card under lines without Remove. */
export const notRemovableNote =
  "Access from the folder above can't be removed here: remove it on the folder it comes from.";

/** A group's marker on a line. */
export const groupWords = 'group (everyone in it)';

/** Said on the who-has-access card when Graph listed nothing. */
export const emptyAccessText = 'Nobody else has access that I can see.';

/** A permission's role in a few words. */
export const accessRoleWords: Record<'read' | 'write' | 'owner', string> = {
  read: 'can view',
  write: 'can edit',
  owner: 'owner',
};

/** A link's line ("A view link for people in your organisation"). */
export function linkLineWords(type: string, scope: string): string {
  const known =
    (type === 'view' || type === 'edit') && ['anonymous', 'organization', 'users'].includes(scope);
  if (!known) return 'A sharing link';
  const phrase = linkPhrase(type as LinkType, scope as LinkScope);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** A person's place on a specific-people link, as a removal target ("Lee Chen, on a view link for specific people"). */
export function onLinkWords(name: string, link: string): string {
  return `${cutText(name, quotedWordsLimit)}, on ${link.charAt(0).toLowerCase()}${link.slice(1)} (the link stays for anyone else on it)`;
}

/** Who a specific-people link is for. */
export function forWhomWords(names: string[]): string {
  return `for ${names.map((n) => cutText(n, quotedWordsLimit)).join(', ')}`;
}

/** Where a permission comes from. */
export const inheritedWords = 'from the folder above';
export const directWords = 'given on this item';

/** "until Thu 3 Dec, 17:52 (your time)": timed access Sharebot removes then. */
export function endsWords(when: string, zone: string): string {
  return `until ${when} ${zone}`;
}

/** "expires 5 Dec 2026". */
export function expiresWords(date: string): string {
  return `expires ${date}`;
}

/** Asked when a removal names no file. */
export const removeItemMissingReply =
  "Which file or folder should I remove access to? Say, for example, 'remove Ana Lopez from report.xlsx'. Nothing was changed.";

/** Asked when a removal names no person. */
export function removeNobodyNamedReply(itemName: string): string {
  return `Whose access to ${cutText(itemName, quotedWordsLimit)} should I remove? Say, for example, 'remove Ana Lopez from ${cutText(itemName, quotedWordsLimit)}', or 'stop sharing ${cutText(itemName, quotedWordsLimit)}' for everyone. ${noChange}`;
}

/** Said when a removal names several files. */
export const oneItemAtATimeReply = `I change access on one file or folder at a time, so the confirmation names exactly what changes. Name one. ${noChange}`;

/** Said when a removal names several people: one at a time keeps the confirmation exact. */
export const oneAtATimeReply = `I remove one person's access at a time, so each confirmation says exactly who loses access. Name one person, or say "stop sharing …" for everyone. ${noChange}`;

/** Said for "stop sharing the link …": links are deleted by name. */
export const aboutLinkReply = `To delete a sharing link, say which one, for example 'delete the anyone link on report.xlsx'; 'which links does report.xlsx have?' lists them. ${noChange}`;

/** Said when the requester can only view the item. */
export function viewerReply(itemName: string): string {
  return `You can only view ${cutText(itemName, quotedWordsLimit)}, so you can't change who has access to it; ask its owner. ${noChange}`;
}

/** Said when the person named has no access at all. */
export function noAccessReply(name: string, itemName: string): string {
  return `${cutText(name, quotedWordsLimit)} has no access to ${cutText(itemName, quotedWordsLimit)} that I can see, so there is nothing to remove. ${noChange}`;
}

/** Said when the person named owns the item. */
export function ownerReply(name: string, itemName: string): string {
  return `${cutText(name, quotedWordsLimit)} owns ${cutText(itemName, quotedWordsLimit)}; an owner's access can't be removed. ${noChange}`;
}

/** Said when the person's access comes only from the folder above. */
export function inheritedReply(name: string, itemName: string): string {
  return `${cutText(name, quotedWordsLimit)}'s access to ${cutText(itemName, quotedWordsLimit)} comes from the folder above it, not from the item itself. Remove them from that folder to take it away. ${noChange}`;
}

/** Said when the person is reached only through a link anyone in the organisation (or anyone) can open. */
export function throughLinkReply(
  name: string,
  itemName: string,
  scope: 'organization' | 'anonymous',
): string {
  const who = scope === 'anonymous' ? 'anyone' : 'anyone in your organisation';
  return `${cutText(name, quotedWordsLimit)} has no access of their own to ${cutText(itemName, quotedWordsLimit)}; they can open it through a link ${who} can use. Deleting that link ('delete the ${scope === 'anonymous' ? 'anyone' : 'organisation'} link on ${cutText(itemName, quotedWordsLimit)}') removes it for everyone who uses it. ${noChange}`;
}

/** Said when the person may be reached through groups or specific-people links. */
export function throughGroupReply(
  name: string,
  itemName: string,
  groups: string[],
  peopleLinks: boolean,
): string {
  const via = [
    ...(groups.length > 0 ? [`the group${groups.length > 1 ? 's' : ''} ${groups.join(', ')}`] : []),
    ...(peopleLinks ? ['a link for specific people'] : []),
  ].join(' and ');
  const fix =
    groups.length > 0
      ? `Removing ${groups.length > 1 ? 'a group' : 'the group'} from it would take access away from all its members; a member leaves by being removed from the group.`
      : "Deleting that link ('delete the specific-people link on …') removes it for everyone it was given to.";
  return `${cutText(name, quotedWordsLimit)} has no access of their own to ${cutText(itemName, quotedWordsLimit)}; it is shared with ${via}, which may include them. ${fix} ${noChange}`;
}

/** Said when a stop-sharing finds nothing Sharebot may remove. */
export function nothingToStopReply(itemName: string): string {
  return `${cutText(itemName, quotedWordsLimit)} isn't shared with anyone I could remove: its owner's access, your own and access from the folder above stay. ${noChange}`;
}

/** The confirmation card's title for one person. */
export function confirmRemoveTitle(name: string): string {
  return `Remove ${cutText(name, quotedWordsLimit)}'s access?`;
}

/** The confirmation card's title for one link chosen on the who-has-access card. */
export const confirmRemoveLinkTitle = 'Delete this sharing link?';

/** Refused when a click names a line the card does not offer to remove. */
export const notOnTheListRefusal = `That line can't be removed here. ${noChange}`;

/** The confirmation card's title for everyone. */
export const confirmStopSharingTitle = 'Stop sharing with everyone?';

/** Under the confirmation's list: what is removed. */
export const willBeRemovedText = 'These will be removed:';

/** Under the confirmation's list: what stays. */
export const willStayText = 'These stay (the owner, your own access, and access from the folder above):';

/** The pick card's question. */
export const pickWhoToRemoveQuestion = {
  before: 'Several people with access match',
  after: '. Whose access should I remove?',
};

/** Said when a pick is answered with "None of these". */
export const pickNoneText = `Nobody was chosen. ${noChange}`;

/** Shown while a removal runs past the invoke budget. */
export const removingNotice: NoticeWords = {
  title: 'Removing access…',
  text: 'I’ll update this card when it’s done.',
};

/** The result card's title. */
export const removalDoneTitle = 'Access removed';
export const removalPartlyTitle = 'Some access was not removed';
export const removalFailedTitle = 'Access was not removed';

/** Per permission on the result card. */
export const removedWords = 'removed';
export const alreadyGoneWords = 'already gone';

/** A failure's line: why, and whether it may have gone. */
export function failedWords(reason: string, mayHaveActed: boolean): string {
  return mayHaveActed
    ? "not removed for certain: Microsoft 365's answer was lost, so it may or may not be gone. Ask 'who has access to …' to check."
    : `not removed: ${reason}`;
}

/** The result card's summary: whether anything was removed. */
export function removalSummary(removed: number, failed: number): string {
  if (failed === 0) return removed === 0 ? 'Nothing needed removing: it was already gone.' : 'Done.';
  if (removed === 0) return 'Nothing was removed.';
  return `${removed} removed; ${failed} not removed.`;
}

/** Said when Graph refuses because the requester may not manage the item's access (403). */
export const removeForbiddenText =
  "you don't have the right to change who has access to this item: ask its owner.";

/** Said when Graph refuses because the permission comes from a folder above (403 notAllowed). */
export const removeInheritedRefusedText =
  'Microsoft 365 says this access comes from the folder above, so it can only be removed on that folder.';

/** Cancelled. */
export const keptTitle = 'Access kept';
export const keptText = `Nobody's access was removed. ${noChange}`;

/** Said when an open card has expired. */
export const accessExpiredText = `This card has expired. ${noChange} Ask again if you still want it.`;

/** Said while a removal is already running. */
export const removalBusyText = 'Removing access…';

/**
 * "who has access" or "stop sharing X" in a group chat or channel: the list names everyone with
 * access (external addresses too), so it is shown only in the personal chat.
 */
export const accessListPrivateReply = `The list of who has access names everyone who can open the file, so I only show it to you: ask me in our personal chat. ${noChange}`;
