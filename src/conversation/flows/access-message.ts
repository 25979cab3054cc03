import { aboutLinkReply } from '../../wording/access-changes';
import { type AccessCommand, readAccessCommand } from '../access/read-access-command';
import { lastShare } from '../context/last-share';
import { itemAgain } from '../context/open-question';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { startRemoval, startStopSharing } from './remove-access';

/**
 * Runs a message that takes access away ("remove Ana from plan.xlsx", "stop sharing plan.xlsx");
 * false when the message is not one, so the router goes on. It runs before every other reader:
 * "stop sharing plan.xlsx with Ana" must never become a share.
 */
export async function answerAccessCommand(turn: ChatTurn, text: string, deps: FlowDeps): Promise<boolean> {
  const ask = readAccessCommand(text, { mentions: turn.mentions, timeZone: turn.timeZone, now: deps.now() });
  if (!ask) return false;
  if (ask.action === 'aboutLink') await turn.sendText(aboutLinkReply);
  else if (ask.action === 'remove') await startRemoval(turn, await withLastItem(turn, ask, deps), deps);
  else await startStopSharing(turn, await withLastItem(turn, ask, deps), deps);
  return true;
}

/**
 * "stop sharing it with Ana" right after a share: "it" is the last share's item, found again by
 * its own link; without a last share the flow asks which item.
 */
async function withLastItem<A extends Exclude<AccessCommand, { action: 'aboutLink' }>>(
  turn: ChatTurn,
  ask: A,
  deps: FlowDeps,
): Promise<A> {
  if (ask.item || !ask.lastItem) return ask;
  const webUrl = (await lastShare(turn, deps))?.stored.value.item?.webUrl;
  return webUrl ? { ...ask, item: itemAgain(webUrl) } : ask;
}
