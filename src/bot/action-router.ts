import type { Verb } from '../cards/models';
import type { ActionReply } from '../conversation/action-reply';
import { actionTable } from '../conversation/action-table';
import type { ChatTurn } from '../conversation/chat-turn';
import type { FlowDeps } from '../conversation/flow-deps';
import { guardRequest } from '../conversation/request-guard';
import { unknownButtonReply } from '../wording/refusals';

/**
 * Runs a card action through its row of the action table. `verb` comes from Action.Execute; `data`
 * holds the request id and, because Share sends its inputs with it, the card's input values too.
 * For every row the request is loaded and checked once (clicker, expiry, allowed statuses).
 */
export async function routeAction(
  turn: ChatTurn,
  verb: string | undefined,
  data: Record<string, unknown>,
  deps: FlowDeps,
): Promise<ActionReply> {
  const requestId = typeof data.requestId === 'string' ? data.requestId : undefined;
  const row = verb && Object.hasOwn(actionTable, verb) ? actionTable[verb as Verb] : undefined;
  if (!row || !requestId) return { refusal: unknownButtonReply() };
  const guard = await guardRequest(turn, requestId, row.statuses, deps);
  if (!guard.ok) return guard.reply;
  const click = { choice: typeof data.choice === 'string' ? data.choice : undefined, inputs: data };
  return await row.handler(turn, guard.request, click, deps);
}
