import { confirmCard } from '../../cards/confirm-card';
import { groupUndoConfirmCard } from '../../cards/group-result-card';
import { noticeCard } from '../../cards/notice-card';
import { undoConfirmCard } from '../../cards/undo-confirm-card';
import { RequestStore } from '../../state/request-store';
import * as words from '../../wording/conversation';
import * as roleWords from '../../wording/role-changes';
import { contextOwner } from '../context/context-owner';
import { lastShare } from '../context/last-share';
import { itemAgain, recipientsAgain, type ShareAsk } from '../context/open-question';
import { afterShareTurn } from '../context/recent-shares';
import { siblingOf } from '../context/sibling-item';
import { loadGroup } from '../group-share';
import type { ParsedMessage } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { buildConfirmModel } from '../prepare-confirmation';
import type { ShareRequestRecord } from '../share-request';
import { grantedStatuses, moveTo } from '../share-states';
import { changeSharedRole } from './change-role';
import { shareInContext } from './share-in-context';
import { undoModel } from './undo-share';

/**
 * "share it with Bob" (the last share's item, new people) or "and the Q4 one too" (another item,
 * the last share's people; "Q4" after "Q2 summary.docx" is "Q4 summary.docx"): the missing half
 * comes from the last share, and the request goes
 * through the usual lookups to a new confirmation card. Without a last share it is an ordinary
 * request, which asks for what is missing.
 */
export async function shareFollowUp(turn: ChatTurn, request: ShareAsk, deps: FlowDeps): Promise<void> {
  const last = request.refersTo ? await lastShare(turn, deps) : undefined;
  const record = last?.stored.value;
  // The item's own link finds exactly it again, in whichever drive it lives (docs/graph-notes.md §3.3).
  if (request.refersTo === 'lastItem' && record?.item?.webUrl && !request.item) {
    await shareInContext(turn, { ...request, item: itemAgain(record.item.webUrl) }, deps);
    return;
  }
  if (
    request.refersTo === 'lastPeople' &&
    record &&
    record.recipients.length > 0 &&
    request.recipients.length === 0
  ) {
    const sibling = request.item && record.item ? siblingOf(record.item, request.item) : undefined;
    const item = sibling ?? request.item;
    await shareInContext(
      turn,
      { ...request, ...(item ? { item } : {}), recipients: recipientsAgain(record.recipients) },
      deps,
    );
    return;
  }
  await shareInContext(turn, request, deps);
}

/** "undo that": the Undo confirmation card of the last share; it removes nothing until confirmed. */
export async function undoLast(turn: ChatTurn, _message: unknown, deps: FlowDeps): Promise<void> {
  const last = await lastShare(turn, deps);
  if (!last) {
    await turn.sendText(words.noRecentShareReply());
    return;
  }
  const record = last.stored.value;
  const itemName = record.item?.name ?? '';
  if (record.group && record.group.members.length > 1) {
    // Several items shared on one card: "undo that" is about all of them, through the group's question.
    const group = (await loadGroup(record, deps)).map((m) => m.value);
    const granted = group.filter(
      (m) => grantedStatuses.includes(m.status) && m.createdPermissionIds.length > 0,
    );
    if (granted.length > 0) {
      await turn.sendCard(groupUndoConfirmCard(record.group.id, granted.length));
      return;
    }
  }
  if (grantedStatuses.includes(record.status)) {
    await turn.sendCard(undoConfirmCard(undoModel(record)));
  } else if (
    record.status === 'confirming' ||
    record.status === 'pickingFile' ||
    record.status === 'pickingPerson'
  ) {
    await turn.sendText(words.undoBeforeShareReply(itemName));
  } else {
    await turn.sendText(words.nothingToUndoReply(itemName));
  }
}

/**
 * "make it view only" / "actually edit". Before Share the waiting card is replaced: a new request
 * with the new role gets a fresh card, and the old request is cancelled, so a click on the old
 * card can never share with its role. After Share it is a role change of the permission the share
 * gave, with its own confirmation card (flows/change-role.ts); nothing changes before its click.
 */
export async function changeLastRole(
  turn: ChatTurn,
  message: Extract<ParsedMessage, { intent: 'changeRole' }>,
  deps: FlowDeps,
): Promise<void> {
  const last = await lastShare(turn, deps);
  const role = message.role;
  if (!last || role.kind !== 'role') {
    await turn.sendText(last ? words.noPendingCardReply() : words.noRecentShareReply());
    return;
  }
  const record = last.stored.value;
  const now = deps.now().getTime();
  if (grantedStatuses.includes(record.status) && record.item) {
    const permissionIds =
      record.recipients.length === 1 ? record.grants.flatMap((g) => g.permissionId ?? []) : [];
    await changeSharedRole(turn, { item: record.item, permissionIds }, role.role, deps);
    return;
  }
  if (record.status === 'sharing') {
    await turn.sendText(roleWords.stillSharingReply(record.item?.name ?? ''));
    return;
  }
  if (record.status !== 'confirming' || !record.confirmation || now > record.expiresAt) {
    await turn.sendText(words.noPendingCardReply());
    return;
  }
  const cancelled = moveTo(record, 'cancelled', { outcome: { kind: 'cancelled' } }, now);
  if (!(await deps.requests.replace(cancelled, last.stored.eTag))) {
    await turn.sendText(words.noPendingCardReply());
    return;
  }
  const fresh: ShareRequestRecord = {
    ...record,
    id: RequestStore.newId(),
    role: role.role,
    createdAt: now,
    updatedAt: now,
    expiresAt: now + deps.requestTtlMs,
    history: [{ status: 'confirming', at: now }],
    cardActivityId: undefined,
  };
  await deps.requests.create(fresh);
  if (last.cardActivityId) {
    await turn.replaceCard(last.cardActivityId, noticeCard({ ...words.replacedCardNotice, tone: 'info' }));
  }
  const cardActivityId = await turn.sendCard(confirmCard(buildConfirmModel(fresh, fresh.confirmation)));
  await deps.contexts.update(contextOwner(turn), now, (context) =>
    afterShareTurn(context, undefined, { record: fresh, cardActivityId }),
  );
}
