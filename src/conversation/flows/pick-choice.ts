import type { AdaptiveCard } from '../../cards/adaptive-card';
import { noticeCard } from '../../cards/notice-card';
import * as words from '../../wording/clicks';
import type { ActionClick, ActionHandler, ActionReply } from '../action-reply';
import { cardForRecord } from '../card-for-record';
import { outcomeCard } from '../outcome-card';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { personKey } from '../resolve/rank-people';
import type { ShareOutcome, ShareRequestRecord } from '../share-request';
import { moveTo } from '../share-states';

/** Reads a pick card's choice: an index into the stored choices, or "none". */
export function chosenIndex(choice: unknown, count: number): number | 'none' | undefined {
  if (choice === 'none') return 'none';
  const index = typeof choice === 'string' && /^\d+$/.test(choice) ? Number(choice) : Number.NaN;
  return Number.isInteger(index) && index >= 0 && index < count ? index : undefined;
}

/** Handles a click on a file pick card. */
export const pickFile: ActionHandler = async (turn, request, click, deps) => {
  const record = request.value;
  const choices = record.fileChoices ?? [];
  const index = chosenIndex(click.choice, choices.length);
  if (index === undefined) return { refusal: words.notOnCardRefusal('files') };
  if (index === 'none') {
    return finish(record, request.eTag, { kind: 'noneOfTheseFiles' }, deps);
  }
  return advance(
    turn,
    click,
    { ...record, item: choices[index], fileChoices: undefined },
    request.eTag,
    deps,
  );
};

/** Handles a click on a person pick card (the first pending recipient). */
export const pickPerson: ActionHandler = async (turn, request, click, deps) => {
  const record = request.value;
  const [pending, ...rest] = record.pending;
  if (!pending)
    return {
      card: noticeCard({ ...words.nothingToPickNotice, tone: 'info' }),
    };
  const index = chosenIndex(click.choice, pending.choices.length);
  if (index === undefined) return { refusal: words.notOnCardRefusal('people') };
  const recipients =
    index === 'none'
      ? record.recipients
      : [...record.recipients, { person: pending.choices[index], external: false, role: pending.role }];
  if (recipients.length === 0 && rest.length === 0) {
    return finish(record, request.eTag, { kind: 'noneOfThesePeople' }, deps);
  }
  const unique = recipients.filter(
    (r, i) => recipients.findIndex((o) => personKey(o.person) === personKey(r.person)) === i,
  );
  return advance(turn, click, { ...record, recipients: unique, pending: rest }, request.eTag, deps);
};

/** Moves a request to its next card and stores it, answering with that card. */
async function advance(
  turn: ChatTurn,
  click: ActionClick,
  record: ShareRequestRecord,
  eTag: string,
  deps: FlowDeps,
): Promise<ActionReply> {
  const next = await cardForRecord(record, await click.graph(), turn.timeZone, deps.now().getTime());
  const stored = await deps.requests.replace(next.record, eTag);
  return stored ? { card: next.card } : { refusal: words.justUsedRefusal };
}

async function finish(
  record: ShareRequestRecord,
  eTag: string,
  outcome: ShareOutcome,
  deps: FlowDeps,
): Promise<ActionReply> {
  const cancelled = moveTo(record, 'cancelled', { outcome }, deps.now().getTime());
  await deps.requests.replace(cancelled, eTag);
  return { card: outcomeCard(cancelled) as AdaptiveCard };
}
