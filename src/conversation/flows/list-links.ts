import { formatDate } from '../../cards/format-date';
import * as words from '../../wording/links';
import { findLinkItem, sendLinkFailure } from '../links/find-link-item';
import { linksAmong } from '../links/link-permissions';
import type { LinkAsk } from '../links/read-link-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { addressOf } from '../prepare-confirmation';

/** "which links does report.xlsx have?": lists the item's sharing links in words; reads only. */
export async function listLinks(
  turn: ChatTurn,
  ask: Extract<LinkAsk, { action: 'list' }>,
  deps: FlowDeps,
): Promise<void> {
  const found = await findLinkItem(turn, ask.item, [], 'nothingShared', deps);
  if (!found) return;
  const [read] = await found.port.lookup([{ kind: 'permissions', item: addressOf(found.item) }] as const);
  if (!read.ok) {
    await sendLinkFailure(turn, read.error, 'nothingShared', deps);
    return;
  }
  const links = linksAmong(read.value);
  if (links.length === 0) {
    await turn.sendText(words.noLinksReply(found.item.name));
    return;
  }
  const lines = links.map((l) => {
    const expiry = l.expirationDateTime ? formatDate(l.expirationDateTime, turn.timeZone) : undefined;
    return `- ${words.linkLine(l.type, l.scope, expiry)}${l.webUrl ? `: ${l.webUrl}` : ''}`;
  });
  await turn.sendText(`${words.linksListTitle(found.item.name)}\n${lines.join('\n')}`);
}
