// What Sharebot says when asked "what did I share …?".
import type { TabAccessState } from '../domain/tab-rows';

const stateWords: Record<TabAccessState, string> = {
  active: 'has access',
  changed: 'access changed since',
  removed: 'removed',
  hadBefore: 'had access before',
  itemGone: 'file no longer available',
  unknown: 'could not check',
};

/** One person on a listed share: role and where their access stands. */
export function sharedWithWords(name: string, role: 'read' | 'write', state: TabAccessState): string {
  return `${name} (${role === 'write' ? 'can edit' : 'can view'}, ${stateWords[state]})`;
}

/** The title above the list. */
export function mySharesTitle(
  periodWords: string | undefined,
  person: string | undefined,
  shown: number,
  total: number,
): string {
  const when = periodWords ? ` ${periodWords}` : '';
  const who = person ? ` with “${person}”` : '';
  const count = total > shown ? `the latest ${shown} of ${total}` : `${total}`;
  return `What you shared through Sharebot${who}${when} (${count}), and where each person's access stands now:`;
}

/** Nothing matched. */
export function noSharesReply(periodWords: string | undefined, person: string | undefined): string {
  const when = periodWords ? ` ${periodWords}` : ' yet';
  const who = person ? ` with “${person}”` : '';
  return `You haven't shared anything through Sharebot${who}${when}. Shares made in OneDrive directly are not in this list.`;
}

/** The line under a list that was cut. */
export const moreInTabLine = 'The **Shared from chat** tab lists all of them, with Remove for each person.';

/** Asked in a group chat or channel, where everyone would read the list. */
export const mySharesPrivateReply =
  'Your list of shares names the people you shared with, so I only show it to you: ask me in our personal chat, or open the **Shared from chat** tab.';

/** Graph could not be read for the list. */
export const mySharesUnreadableReply =
  "I couldn't read the current access from Microsoft 365 just now. Nothing was changed; please try again in a minute.";
