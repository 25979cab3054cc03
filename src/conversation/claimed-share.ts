import { randomBytes } from 'node:crypto';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { listDueEnd, unlistDoneEnd } from './access/due-ends';
import { recordInHistory } from './history/history-book';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';
import { currentCard } from './request-guard';
import { unknown } from './share-attempt';
import type { ShareRequestRecord } from './share-request';
import { moveTo } from './share-states';

/** The two statuses in which one instance works on a request under a lease: inviting, or removing access. */
export type ClaimedStatus = 'sharing' | 'undoing';

/**
 * The request moved to `sharing` (or `undoing`) under a fresh lease, with what a later instance
 * needs to finish it and update its card: the conversation reference and the card's message id.
 * The caller stores it with the eTag it read, so of two racing clicks (or instances) only one wins.
 */
export function claimRequest(
  record: ShareRequestRecord,
  deps: FlowDeps,
  turn?: ChatTurn,
  status: ClaimedStatus = 'sharing',
): ShareRequestRecord {
  const now = deps.now().getTime();
  return moveTo(
    record,
    status,
    {
      lease: { token: randomBytes(9).toString('base64url'), until: now + deps.shareLeaseMs },
      conversation: turn?.reference ?? record.conversation,
      cardActivityId: turn?.cardActivityId ?? record.cardActivityId,
    },
    now,
  );
}

/**
 * Stores a claim: first in the in-flight index (so a crash right after the claim is still found by
 * the recovery), then the request itself. False when another click or instance claimed it first.
 */
export async function storeClaim(
  claimed: ShareRequestRecord,
  eTag: string,
  deps: FlowDeps,
): Promise<boolean> {
  await deps.inFlight.add(claimed.id);
  return await deps.requests.replace(claimed, eTag);
}

/**
 * Runs a claimed request to its outcome, stores that outcome if the claim is still ours, and
 * returns the card showing where the request stands. A settle step that throws leaves the request
 * `unknown` (with "Check again"), never `sharing`.
 */
export async function completeClaim(
  claimed: ShareRequestRecord,
  settle: (record: ShareRequestRecord) => Promise<ShareRequestRecord>,
  deps: FlowDeps,
): Promise<AdaptiveCard> {
  return currentCard(await settleClaim(claimed, settle, deps, (record) => unknown(record, deps)));
}

/**
 * Runs a claimed request to its outcome and stores it if the claim is still ours; returns the
 * record as stored. When `settle` throws, `fallback` gives the outcome (the request never stays
 * claimed: `unknown` for a share, back to shared for an undo).
 */
export async function settleClaim(
  claimed: ShareRequestRecord,
  settle: (record: ShareRequestRecord) => Promise<ShareRequestRecord>,
  deps: FlowDeps,
  fallback: (record: ShareRequestRecord) => ShareRequestRecord,
): Promise<ShareRequestRecord> {
  let outcome: ShareRequestRecord;
  try {
    outcome = await settle(claimed);
  } catch (error) {
    deps.log('error', 'request could not be settled', { requestId: claimed.id, error: errorName(error) });
    outcome = fallback(claimed);
  }
  return await saveIfStillClaimed(outcome, claimed, deps);
}

/**
 * Writes the outcome only while the request is still claimed under this claim's lease: if the
 * lease ran out and another instance took the request over, its outcome stands (it read the same
 * access list). Returns the record as stored.
 */
async function saveIfStillClaimed(
  outcome: ShareRequestRecord,
  claimed: ShareRequestRecord,
  deps: FlowDeps,
): Promise<ShareRequestRecord> {
  const current = await deps.requests.get(claimed.id);
  if (!current) return outcome;
  const ours = current.value.status === claimed.status && current.value.lease?.token === claimed.lease?.token;
  // Listed before the outcome is stored, so an end is never stored without any instance finding it.
  if (ours) await listDueEnd(outcome, deps);
  if (!ours || !(await deps.requests.replace(outcome, current.eTag))) {
    const latest = await deps.requests.get(claimed.id);
    return latest?.value ?? outcome;
  }
  // The tab's history: a busy history item must not cost the person the card either; the share
  // itself is in the ledger and the Graph permission, whatever happens here.
  await recordInHistory(deps.history, outcome, deps.now().getTime()).catch((error: unknown) => {
    deps.log('warn', 'share history not written', { requestId: claimed.id, error: errorName(error) });
  });
  // Housekeeping only: the next recovery pass (or due-end scan) unlists a request that is no longer
  // claimed, so a busy index must not cost the person the card with the outcome already stored.
  await unlistDoneEnd(outcome, deps).catch((error: unknown) => {
    deps.log('warn', 'due-end index busy; the next scan unlists the request', {
      requestId: claimed.id,
      error: errorName(error),
    });
  });
  await deps.inFlight.remove(claimed.id).catch((error: unknown) => {
    deps.log('warn', 'in-flight index busy; the recovery unlists the request later', {
      requestId: claimed.id,
      error: errorName(error),
    });
  });
  return outcome;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
