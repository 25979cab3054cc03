import { type GraphPort, GraphRequestError, mayHaveActed } from '../../graph/port';
import { describeFailure } from '../../wording/failures';
import * as words from '../../wording/links';
import { findLinkItem, sendLinkFailure } from '../links/find-link-item';
import type { LinkActionHandler } from '../links/link-action-handler';
import { currentLinkCard } from '../links/link-card-for-record';
import { linksAmong } from '../links/link-permissions';
import { type LinkRequestRecord, moveLink } from '../links/link-request';
import type { LinkAsk } from '../links/read-link-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { newRequestHeader } from '../request-header';
import { answerWithinBudget } from './confirm-share';
import { replayLink, storeSettled } from './create-link';

/**
 * "delete the anyone link on report.xlsx": reads the item's links and, when exactly one matches
 * the type and scope asked, answers with a confirmation card naming it; none or several are
 * answered in words. Only link permissions are ever offered for deletion.
 */
export async function startLinkDeletion(
  turn: ChatTurn,
  ask: Extract<LinkAsk, { action: 'delete' }>,
  deps: FlowDeps,
): Promise<void> {
  const found = await findLinkItem(turn, ask.item, [], 'accessKept', deps);
  if (!found) return;
  const [read] = await found.port.lookup([{ kind: 'permissions', item: addressOf(found.item) }] as const);
  if (!read.ok) {
    await sendLinkFailure(turn, read.error, 'accessKept', deps);
    return;
  }
  const matching = linksAmong(read.value).filter(
    (l) => (!ask.type || l.type === ask.type) && (!ask.scope || l.scope === ask.scope),
  );
  const [target, ...others] = matching;
  if (!target) {
    await turn.sendText(
      words.noMatchingLinkReply(found.item.name, words.askedLinkWords(ask.type, ask.scope)),
    );
    return;
  }
  if (others.length > 0) {
    await turn.sendText(
      words.severalLinksReply(
        found.item.name,
        matching.map((l) => words.linkLine(l.type, l.scope)),
      ),
    );
    return;
  }
  const record: LinkRequestRecord = {
    ...newRequestHeader(turn, deps),
    action: 'delete',
    status: 'confirming',
    item: found.item,
    type: target.type,
    scope: target.scope,
    recipients: [],
    target,
  };
  await deps.linkRequests.create(record);
  await turn.sendCard(currentLinkCard(record, turn.timeZone));
}

/**
 * Handles "Delete link": claims the request, deletes exactly the permission the card named, and
 * after a lost answer reads the permissions to tell whether the link is gone (docs/graph-notes.md §5.2).
 */
export const deleteLinkClick: LinkActionHandler = async (turn, request, click, deps) => {
  const port = await click.graph();
  const claimed = moveLink(request.value, 'deleting', {}, deps.now().getTime());
  if (!(await deps.linkRequests.replace(claimed, request.eTag)))
    return await replayLink(claimed.id, turn, deps);
  const work = deleteAndSettle(claimed, port, deps).then((settled) => storeSettled(settled, turn, deps));
  return await answerWithinBudget(work, turn, deps, words.deletingLinkNotice);
};

async function deleteAndSettle(
  record: LinkRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<LinkRequestRecord> {
  const now = () => deps.now().getTime();
  const item = addressOf(record.item);
  const permissionId = record.target?.permissionId ?? '';
  try {
    await port.deletePermission(item, permissionId);
    return moveLink(record, 'deleted', {}, now());
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    deps.log('warn', 'deleting a link failed', {
      requestId: record.id,
      ...graphFailureFields(error.failure),
    });
    // Already gone (deleted elsewhere, or by a lost earlier answer): the link no longer opens the item.
    if (error.failure.kind === 'notFound') return moveLink(record, 'deleted', {}, now());
    if (!mayHaveActed(error.failure)) {
      const text = describeFailure(error.failure, { unchanged: 'accessKept' }).text;
      return moveLink(record, 'refused', { outcomeText: text }, now());
    }
    const [read] = await port.lookup([{ kind: 'permissions', item }] as const);
    if (!read.ok) return moveLink(record, 'unknown', { outcomeText: words.deleteUnknownText }, now());
    if (!read.value.some((p) => p.id === permissionId)) return moveLink(record, 'deleted', {}, now());
    return moveLink(record, 'refused', { outcomeText: words.deleteUnsureText }, now());
  }
}
