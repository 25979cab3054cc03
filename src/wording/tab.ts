// Every sentence the "Shared from chat" tab shows: the API's answers and the page's labels.
// The page bundles this module, so it imports nothing that needs Node.
import type { TabAccessState } from '../domain/tab-rows';

/** The page's fixed labels. */
export const tabLabels = {
  title: 'Shared from chat',
  intro: 'Everything you shared through Sharebot, with who can still open it.',
  filter: 'Filter by file or person',
  sortBy: 'Sort by',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortName: 'File name',
  item: 'File or folder',
  people: 'People',
  sharedOn: 'Shared',
  ends: 'Access ends',
  noEnd: 'No end',
  loading: 'Loading your shares…',
  empty: 'Nothing shared from chat yet. In a chat, type for example: share report.xlsx with Ana as editor.',
  noMatch: 'No share matches the filter.',
  refresh: 'Refresh',
  remove: 'Remove',
  cancel: 'Cancel',
  confirmRemove: 'Yes, remove',
  canView: 'Can view',
  canEdit: 'Can edit',
  loadFailed: 'Your shares could not be loaded. Try Refresh in a moment; nothing was changed.',
  extend: 'Extend',
  confirmExtend: 'Extend access',
  newEndDate: 'New end date',
  newEndTime: 'New end time',
} as const;

/** What each access state reads as next to a person (words, never colour alone). */
export const accessStateLabels: Record<TabAccessState, string> = {
  active: 'Has access',
  changed: 'Access changed since',
  removed: 'Removed',
  hadBefore: 'Had access before',
  itemGone: 'File no longer available',
  unknown: 'Could not check',
};

/** The line the page shows in a plain browser in sandbox mode. */
export function outsideTeamsNote(name: string): string {
  return `This page runs outside Teams, as ${name} (LOCAL_USER), against the local Graph sandbox.`;
}

/** The question before Remove. */
export function confirmRemoveQuestion(person: string, item: string): string {
  return `Remove ${person}'s access to ${item}? They will no longer be able to open it. Nothing else changes.`;
}

/** After Remove: the permission is gone. */
export function removedMessage(person: string, item: string): string {
  return `${person} no longer has access to ${item}.`;
}

/** After Remove: someone had already removed it. */
export function alreadyGoneMessage(person: string, item: string): string {
  return `${person} already had no access to ${item} from this share. Nothing was changed.`;
}

/** Remove on access the person had before the share: left alone. */
export function hadBeforeMessage(person: string, item: string): string {
  return `${person} had this access to ${item} before you shared it, so Sharebot leaves it alone. Access was not removed; use Manage access in OneDrive to change it.`;
}

/** Remove on a share that is not in the caller's history (another person's, or expired). */
export const notYourShareMessage = 'That share is not in your history, so nothing was changed.';

/** Remove where Graph failed and may have acted: the list shows what Graph says now. */
export function unsureRemovalMessage(person: string, item: string): string {
  return `I couldn't tell whether ${person}'s access to ${item} was removed. The list now shows what Microsoft 365 says.`;
}

/** The API refused the caller: no or an invalid Teams token. */
export const signInNeededMessage =
  'Sharebot could not confirm who you are. Open this tab in Teams again; nothing was changed.';

/** The API could not get a Graph token for the caller. */
export const graphUnavailableMessage =
  'Sharebot could not reach Microsoft 365 for you just now. Try again in a moment; nothing was changed.';

/** The API's answer to an Extend call without a readable end (the page always sends one). */
export const badExtendRequestMessage = 'Send the new end as { "endsAt": "<ISO 8601>" }. Nothing was changed.';

/** The question before Extend. */
export function confirmExtendQuestion(item: string): string {
  return `Until when should access to ${item} last? Sharebot removes it then.`;
}

/** After Extend: the end moved. */
export function extendedMessage(item: string): string {
  return `Access to ${item} now ends later; the list shows the new end.`;
}

/** Extend on a share whose end Sharebot no longer runs (ended, kept, or carried by Microsoft 365). */
export function cannotExtendMessage(item: string): string {
  return `The end of access to ${item} can't be moved here any more (it has ended, was kept, or Microsoft 365 ends it). Nothing was changed.`;
}

/** Extend with an end that is not in the future. */
export const extendInPastMessage = 'Choose a new end in the future. Nothing was changed.';

/** Extend lost a race with another change of the same share. */
export function extendRaceMessage(item: string): string {
  return `Access to ${item} changed just now (in chat or at its end), so nothing was extended. The list shows where it stands.`;
}
