import type { TabExtendAnswer, TabShareRow } from '../../domain/tab-rows';
import * as words from '../../wording/tab';
import { extendAccessEnd } from '../access/access-end';
import { listDueEnd } from '../access/due-ends';
import { readHistory } from '../history/history-book';
import type { ShareHistoryEntry } from '../history/share-history';
import { itemKey, readItemAccess, shareRow } from './list-my-shares';
import { endOf } from './share-ends';
import type { TabDeps, TabUser } from './tab-user';

/** One share as the tab shows it right now: access from Graph, the end from the ledger. */
export async function tabRowNow(
  deps: TabDeps,
  user: TabUser,
  entry: ShareHistoryEntry,
): Promise<TabShareRow> {
  const access = await readItemAccess(user.graph, [entry]);
  const stored = await deps.requests.get(entry.requestId);
  const end = stored && stored.value.requesterAadId === user.userId ? endOf(stored.value) : undefined;
  return shareRow(entry, access.get(itemKey(entry)), end);
}

/**
 * Extend on the tab: moves the end of the caller's own timed share to `endsAt`, through the same
 * step as Extend on the reminder card (`extendAccessEnd`, listed again in the due-end index, one
 * eTag write). Only a share whose end Sharebot still has to run can be extended, and only into
 * the future.
 */
export async function extendFromTab(
  deps: TabDeps,
  user: TabUser,
  requestId: string,
  endsAt: string,
): Promise<TabExtendAnswer> {
  const history = await readHistory(deps.history, user.userId, deps.now().getTime());
  const entry = history.entries.find((candidate) => candidate.requestId === requestId);
  const stored = entry ? await deps.requests.get(requestId) : undefined;
  if (!entry || (stored && stored.value.requesterAadId !== user.userId)) {
    return { result: 'notYours', message: words.notYourShareMessage };
  }
  const itemName = entry.item.name;
  if (!stored || !endOf(stored.value).extendable) {
    return {
      result: 'notExtended',
      message: words.cannotExtendMessage(itemName),
      share: await tabRowNow(deps, user, entry),
    };
  }
  const at = Date.parse(endsAt);
  const now = deps.now().getTime();
  if (!Number.isFinite(at) || at <= now) {
    return {
      result: 'notExtended',
      message: words.extendInPastMessage,
      share: await tabRowNow(deps, user, entry),
    };
  }
  const extended = extendAccessEnd(stored.value, at, now);
  await listDueEnd(extended, deps);
  if (!(await deps.requests.replace(extended, stored.eTag))) {
    // Someone (the end runner, a chat click) changed it meanwhile: nothing moved, the row shows where it stands.
    return {
      result: 'notExtended',
      message: words.extendRaceMessage(itemName),
      share: await tabRowNow(deps, user, entry),
    };
  }
  deps.log('info', 'tab extended access', { requestId });
  return {
    result: 'extended',
    message: words.extendedMessage(itemName),
    share: await tabRowNow(deps, user, entry),
  };
}
