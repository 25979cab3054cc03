import * as words from '../../wording/timed-access';
import { listDueEnd } from '../access/due-ends';
import { type EndAttempt, endAccess, withEndState } from '../access/end-access';
import {
  changedAccessCardFor,
  reminderCardFor,
  removeNowCardFor,
  timedAccessFacts,
} from '../access/timed-access-cards';
import { claimRequest, settleClaim, storeClaim } from '../claimed-share';
import type { ChatTurn } from '../ports/chat-turn';
import type { ConversationReopener } from '../ports/conversations';
import type { FlowDeps } from '../ports/flow-deps';
import { currentCard } from '../request-guard';
import type { ShareRequestRecord } from '../share-request';
import { grantedStatuses } from '../share-states';
import { restored } from './undo-share';

/** What one pass over the due ends did. */
export interface EndPass {
  reminded: number;
  ended: number;
  /** Ends that asked the sharer instead (no token, refused, a changed role). */
  asked: number;
}

/**
 * Looks at every timed share that is due (its reminder or its end), in the order they fell due:
 * one missed while the bot was down runs at the next start. Each request is taken with an eTag
 * write (the end under the request's `undoing` lease), so with several instances exactly one acts;
 * the others find it taken and go on. One request's failure does not stop the pass.
 */
export async function runDueEnds(deps: FlowDeps, chats: ConversationReopener): Promise<EndPass> {
  const pass: EndPass = { reminded: 0, ended: 0, asked: 0 };
  for (const id of await deps.dueEnds.due(deps.now().getTime())) {
    try {
      await lookAt(id, deps, chats, pass);
    } catch (error) {
      deps.log('error', 'timed access step failed; tried again next pass', {
        requestId: id,
        error: error instanceof Error ? error.name : typeof error,
      });
    }
  }
  return pass;
}

async function lookAt(id: string, deps: FlowDeps, chats: ConversationReopener, pass: EndPass): Promise<void> {
  const stored = await deps.requests.get(id);
  const record = stored?.value;
  const end = record?.accessEnd;
  if (!stored || !record || !end) {
    await deps.dueEnds.remove(id);
    return;
  }
  const now = deps.now().getTime();
  if (end.state === 'ending') {
    // An end whose instance died: taken over once its lease ran out.
    if (record.status !== 'undoing' || (record.lease?.until ?? 0) > now) return;
    const claimed = claimRequest(record, deps, undefined, 'undoing');
    if (await deps.requests.replace(claimed, stored.eTag)) await finishEnd(claimed, deps, chats, pass);
    return;
  }
  if (end.state !== 'scheduled') {
    await deps.dueEnds.remove(id);
    return;
  }
  if (!grantedStatuses.includes(record.status)) {
    // Undone meanwhile (or an Undo is running, whose outcome is stored with the end as it was).
    if (record.status !== 'undoing') await deps.dueEnds.remove(id);
    return;
  }
  if (now < end.at) {
    if (end.remindAt !== undefined && now >= end.remindAt)
      await remind(record, stored.eTag, deps, chats, pass);
    else await refresh(record, stored.eTag, deps);
    return;
  }
  const claimed = withEndState(claimRequest(record, deps, undefined, 'undoing'), 'ending');
  if (await storeClaim(claimed, stored.eTag, deps)) await finishEnd(claimed, deps, chats, pass);
}

/**
 * Nothing due yet (the index said to look again, due-ends.ts `refreshEveryMs`): the record is
 * written again unchanged, so storage that deletes what has not changed for days keeps it, and
 * listed for its next look. A conflict means someone else just wrote it: as good.
 */
async function refresh(record: ShareRequestRecord, eTag: string, deps: FlowDeps): Promise<void> {
  await listDueEnd(record, deps);
  await deps.requests.replace(record, eTag);
}

/**
 * Sends the reminder once: the request is stored as reminded first (so of two instances one
 * sends it), then the card goes to the conversation.
 */
async function remind(
  record: ShareRequestRecord,
  eTag: string,
  deps: FlowDeps,
  chats: ConversationReopener,
  pass: EndPass,
): Promise<void> {
  const end = record.accessEnd;
  if (!end) return;
  const { remindAt: _sent, ...rest } = end;
  const reminded: ShareRequestRecord = { ...record, accessEnd: rest };
  await listDueEnd(reminded, deps);
  if (!(await deps.requests.replace(reminded, eTag))) return;
  if (!record.conversation) return;
  await chats.reopen(record.conversation, async (turn) => {
    await turn.sendCard(reminderCardFor(reminded));
  });
  pass.reminded += 1;
}

/**
 * Ends a claimed timed share in its conversation, with the sharer's own token (a proactive turn
 * as the sharer: the Bot Framework token service in Graph mode, the sandbox's token source in
 * sandbox mode). Afterwards the result card is replaced and a note posted; when Sharebot could not
 * act (no token, a refusal, a changed role) the sharer gets a card that lets them decide.
 */
async function finishEnd(
  claimed: ShareRequestRecord,
  deps: FlowDeps,
  chats: ConversationReopener,
  pass: EndPass,
): Promise<void> {
  const retry = (record: ShareRequestRecord) =>
    withEndState(restored(record, record.createdPermissionIds, deps), 'scheduled');
  const reference = claimed.conversation;
  if (!reference) {
    // Nowhere to act or ask from: it waits for the sharer (Undo on the result card still works).
    await settleClaim(
      claimed,
      async (record) => withEndState(retry(record), 'waitingForSharer'),
      deps,
      retry,
    );
    pass.asked += 1;
    return;
  }
  await chats.reopen(reference, async (turn) => {
    const access = await turn.openGraph();
    let attempt: EndAttempt | undefined;
    const stored = await settleClaim(
      claimed,
      async (record) => {
        if (!access.ok) return withEndState(retry(record), 'waitingForSharer');
        attempt = await endAccess(record, access.port, deps, { planned: true, force: false });
        return attempt.record;
      },
      deps,
      retry,
    );
    await tellSharer(turn, stored, attempt, pass);
  });
}

/** What the conversation hears after an end ran: the note, or the question for the sharer. */
async function tellSharer(
  turn: ChatTurn,
  stored: ShareRequestRecord,
  attempt: EndAttempt | undefined,
  pass: EndPass,
): Promise<void> {
  const state = stored.accessEnd?.state;
  if (state === 'ended' && stored.outcome?.kind === 'ended') {
    if (stored.cardActivityId) await turn.replaceCard(stored.cardActivityId, currentCard(stored));
    const facts = timedAccessFacts(stored);
    await turn.sendText(words.endedAsPlannedNote(stored.outcome.names, facts.itemName));
    pass.ended += 1;
    return;
  }
  if (state === 'changed') {
    await turn.sendCard(changedAccessCardFor(stored));
    pass.asked += 1;
    return;
  }
  if (state === 'waitingForSharer') {
    await turn.sendCard(removeNowCardFor(stored, attempt?.kind === 'refused' ? attempt.reason : undefined));
    pass.asked += 1;
  }
}
