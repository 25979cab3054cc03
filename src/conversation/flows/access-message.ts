import { aboutLinkReply } from '../../wording/access-changes';
import { readAccessCommand } from '../access/read-access-command';
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
  else if (ask.action === 'remove') await startRemoval(turn, ask, deps);
  else await startStopSharing(turn, ask, deps);
  return true;
}
