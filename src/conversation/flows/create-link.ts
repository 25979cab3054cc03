import type { AdaptiveCard } from '../../cards/adaptive-card';
import { LinkInputs } from '../../cards/models';
import type { PersonInfo } from '../../domain/person';
import { type LinkScope, linkScopes, linkTypes } from '../../domain/sharing-link';
import {
  type GraphFailure,
  type GraphPort,
  GraphRequestError,
  type InviteRecipient,
  mayHaveActed,
} from '../../graph/port';
import { requestGoneRefusal } from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import * as words from '../../wording/links';
import type { ActionReply } from '../action-reply';
import { findLinkItem } from '../links/find-link-item';
import type { LinkActionHandler } from '../links/link-action-handler';
import { currentLinkCard } from '../links/link-card-for-record';
import { linksAmong, linkViewOf } from '../links/link-permissions';
import { type LinkRequestRecord, moveLink } from '../links/link-request';
import type { LinkAsk } from '../links/read-link-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { newRequestHeader } from '../request-header';
import { answerWithinBudget } from './confirm-share';

/**
 * "get me a link to report.xlsx": finds the one item (and the people of a specific-people link)
 * and answers with a confirmation card; nothing is created until the requester clicks it.
 * Unsaid: a view link for the organisation.
 */
export async function startLinkCreation(
  turn: ChatTurn,
  ask: Extract<LinkAsk, { action: 'create' }>,
  deps: FlowDeps,
): Promise<void> {
  const scope: LinkScope = ask.scope ?? 'organization';
  if (scope === 'users' && ask.recipients.length === 0) {
    await turn.sendText(words.linkNobodyNamedReply);
    return;
  }
  const recipients = scope === 'users' ? ask.recipients : [];
  const found = await findLinkItem(turn, ask.item, recipients, 'nothingShared', deps);
  if (!found) return;
  // A link for specific people needs each one as a directory id or an address Graph can send to.
  const unaddressable = found.people.filter((p) => !p.id && !p.email);
  if (unaddressable.length > 0) {
    await turn.sendText(words.linkPeopleUnclearReply(unaddressable.map((p) => p.displayName)));
    return;
  }
  const record: LinkRequestRecord = {
    ...newRequestHeader(turn, deps),
    action: 'create',
    status: 'confirming',
    item: found.item,
    type: ask.type ?? 'view',
    scope,
    recipients: found.people,
    ...(ask.expiration
      ? { expiration: { at: ask.expiration.at.toISOString(), words: ask.expiration.words } }
      : {}),
  };
  await deps.linkRequests.create(record);
  await turn.sendCard(currentLinkCard(record, turn.timeZone));
}

/**
 * Handles "Create link": applies the card's type and scope (only known values; a specific-people
 * link only when people were named), claims the request so a second click cannot create again,
 * and calls createLink. After a lost answer it reads the item's permissions before saying anything.
 */
export const createLinkClick: LinkActionHandler = async (turn, request, click, deps) => {
  const chosen = withChoices(request.value, click.inputs);
  const port = await click.graph();
  const claimed = moveLink(chosen, 'creating', {}, deps.now().getTime());
  if (!(await deps.linkRequests.replace(claimed, request.eTag)))
    return await replayLink(chosen.id, turn, deps);
  const work = createAndSettle(claimed, port, deps).then((settled) => storeSettled(settled, turn, deps));
  return await answerWithinBudget(work, turn, deps, words.creatingLinkNotice);
};

/** Stores where a claimed link request ended (the claim is ours, so no other click changed it) and returns its card. */
export async function storeSettled(
  settled: LinkRequestRecord,
  turn: ChatTurn,
  deps: FlowDeps,
): Promise<AdaptiveCard> {
  const stored = await deps.linkRequests.get(settled.id);
  if (stored) await deps.linkRequests.replace(settled, stored.eTag);
  return currentLinkCard(settled, turn.timeZone);
}

/** Handles Cancel (or "Keep it" on a delete): nothing is created or removed. */
export const cancelLinkClick: LinkActionHandler = async (turn, request, _click, deps) => {
  const cancelled = moveLink(request.value, 'cancelled', {}, deps.now().getTime());
  if (!(await deps.linkRequests.replace(cancelled, request.eTag)))
    return await replayLink(cancelled.id, turn, deps);
  return { card: currentLinkCard(cancelled, turn.timeZone) };
};

/** The card of a link request another click changed first. */
export async function replayLink(id: string, turn: ChatTurn, deps: FlowDeps): Promise<ActionReply> {
  const stored = await deps.linkRequests.get(id);
  return stored ? { card: currentLinkCard(stored.value, turn.timeZone) } : { refusal: requestGoneRefusal };
}

function withChoices(record: LinkRequestRecord, inputs: Record<string, unknown>): LinkRequestRecord {
  const type = inputs[LinkInputs.type];
  const scope = inputs[LinkInputs.scope];
  const knownType = linkTypes.find((t) => t === type);
  const knownScope = linkScopes.find((s) => s === scope && (s !== 'users' || record.recipients.length > 0));
  return { ...record, type: knownType ?? record.type, scope: knownScope ?? record.scope };
}

async function createAndSettle(
  record: LinkRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<LinkRequestRecord> {
  const now = () => deps.now().getTime();
  const item = addressOf(record.item);
  try {
    const permission = await port.createLink({
      item,
      type: record.type,
      scope: record.scope,
      ...(record.expiration ? { expirationDateTime: record.expiration.at } : {}),
      ...(record.scope === 'users' ? { recipients: record.recipients.map(recipientOf) } : {}),
    });
    return moveLink(record, 'created', { link: linkViewOf(permission, record.type, record.scope) }, now());
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    deps.log('warn', 'createLink failed', { requestId: record.id, ...graphFailureFields(error.failure) });
    if (!mayHaveActed(error.failure)) {
      return moveLink(record, 'refused', { outcomeText: refusalText(record, error.failure) }, now());
    }
    return await settleAfterLostAnswer(record, port, deps);
  }
}

/** After a lost answer: the link is there (created), or not seen yet (unknown); never a second call. */
async function settleAfterLostAnswer(
  record: LinkRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<LinkRequestRecord> {
  const [read] = await port.lookup([{ kind: 'permissions', item: addressOf(record.item) }] as const);
  const made = read.ok
    ? linksAmong(read.value).find((l) => l.type === record.type && l.scope === record.scope)
    : undefined;
  if (made) return moveLink(record, 'created', { link: made }, deps.now().getTime());
  return moveLink(record, 'unknown', { outcomeText: words.linkUnknownText }, deps.now().getTime());
}

/**
 * Graph's refusal in words. An anyone link where the tenant turns them off is answered 403
 * accessDenied (https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off): said plainly.
 */
function refusalText(record: LinkRequestRecord, failure: GraphFailure): string {
  if (record.scope === 'anonymous' && failure.kind === 'forbidden') return words.anyoneLinksOffText;
  return describeFailure(failure, { unchanged: 'nothingShared' }).text;
}

function recipientOf(person: PersonInfo): InviteRecipient {
  return person.id ? { objectId: person.id } : { email: person.email ?? '' };
}
