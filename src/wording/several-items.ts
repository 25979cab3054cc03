// What Sharebot says about a request that names several files or folders.
import { quoted } from './replies';

/** More items than one card lists. */
export function tooManyItemsReply(count: number, limit: number): string {
  return `You named ${count} files or folders; I share at most ${limit} at once, so each can be checked on the card. Split the request. Nothing was shared.`;
}

/** One item of several that is not clear, and why. */
export type UnclearItem = { words: string; why: 'several' | 'notFound' | 'failed'; count?: number };

/** Several items, some of them not clear: which, and what to do. Nothing is shared. */
export function unclearItemsReply(unclear: readonly UnclearItem[]): string {
  const lines = unclear.map((item) => {
    if (item.why === 'several')
      return `- ${quoted(item.words)} matches ${item.count ?? 'several'} files or folders`;
    if (item.why === 'notFound') return `- I found nothing called ${quoted(item.words)}`;
    return `- I couldn't look up ${quoted(item.words)} just now`;
  });
  return `To share several files at once, each one must be clear:\n${lines.join('\n')}\n\nName each exactly (a path such as /Reports/report.xlsx, or a link works), or share the unclear one on its own. Nothing was shared.`;
}

/** The people of a several-item request are not clear: ask with one item first. */
export const peopleUnclearForSeveralReply =
  'I could not tell exactly who you mean for these files. Share one of them first (I will ask which person), then say "and the others too"… or name the people by their full names or addresses. Nothing was shared.';

/** The group card's title. */
export function groupTitle(count: number): string {
  return `Share these ${count} items?`;
}

/** The group result card's title. */
export function groupResultTitle(shared: number, count: number): string {
  return shared === count ? `Shared ${count} items` : `Shared ${shared} of ${count} items`;
}

/** The group result card's line for one item that reached everyone. */
export function itemSharedLine(item: string, people: string): string {
  return `${item}: shared with ${people}`;
}

/** The line for an item shared with only some of the people. */
export function itemPartlySharedLine(item: string, people: string, missing: string): string {
  return `${item}: shared with ${people}; not with ${missing}`;
}

/** The line for an item not shared, with the reason. */
export function itemNotSharedLine(item: string, reason: string): string {
  return `${item}: not shared. ${reason}`;
}

/** Why an item that Graph did nothing for was not shared, when Graph said no more. */
export const notSharedTryAgain =
  'Microsoft 365 did not take it just now. Nothing was shared for it; share it again in a moment.';

/** The line for an item whose outcome is not known yet. */
export function itemUnknownLine(item: string): string {
  return `${item}: Microsoft 365's answer got lost, so I don't know yet whether it was shared. Ask "who has access to ${item}?" to check.`;
}

/** The line for an item whose access Undo removed. */
export function itemUndoneLine(item: string): string {
  return `${item}: the access this share gave was removed`;
}

/** The question before Undo on several items. */
export function groupUndoQuestion(count: number): string {
  return `Remove the access this share gave on all ${count} items?`;
}

/** The note under the group Undo question. */
export const groupUndoNote = 'Access people had before is not touched.';

/** The note on the group card about each item's current access. */
export const groupAccessNote =
  'People who already have access to one of these keep it; I only add what is missing.';
