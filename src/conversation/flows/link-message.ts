import { readLinkRequest } from '../links/read-link-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { startLinkCreation } from './create-link';
import { startLinkDeletion } from './delete-link';
import { listLinks } from './list-links';

/**
 * Runs a message about sharing links (create, list, delete); false when the message is not about
 * links, so the router goes on with its intents.
 */
export async function answerLinkMessage(turn: ChatTurn, text: string, deps: FlowDeps): Promise<boolean> {
  const ask = readLinkRequest(text, { mentions: turn.mentions, timeZone: turn.timeZone, now: deps.now() });
  if (!ask) return false;
  if (ask.action === 'create') await startLinkCreation(turn, ask, deps);
  else if (ask.action === 'list') await listLinks(turn, ask, deps);
  else await startLinkDeletion(turn, ask, deps);
  return true;
}
