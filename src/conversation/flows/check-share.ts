import * as words from '../../wording/clicks';
import type { ActionHandler } from '../action-reply';
import { claimRequest, completeClaim, storeClaim } from '../claimed-share';
import { settleByReading } from '../share-attempt';
import { answerWithinBudget, replayCurrent } from './confirm-share';

/**
 * Handles "Check again" on a share whose outcome is not known: reads who has access to the item
 * and shows what it found (shared, partly shared, or the confirmation card again when nothing was
 * shared). It only reads; it never invites.
 */
export const checkShare: ActionHandler = async (turn, request, click, deps) => {
  const port = await click.graph();
  const claimed = claimRequest(request.value, deps, turn);
  if (!(await storeClaim(claimed, request.eTag, deps))) return await replayCurrent(request.value.id, deps);
  const work = completeClaim(claimed, (r) => settleByReading(r, port, deps), deps);
  return await answerWithinBudget(work, turn, deps, words.checkingNowNotice(request.value.item?.name));
};
