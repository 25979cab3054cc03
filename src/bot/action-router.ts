import { type ActionData, type Verb, Verbs } from '../cards/models';
import type { ActionInputs, ActionReply } from '../conversation/action-reply';
import type { ChatTurn } from '../conversation/chat-turn';
import { cancelShare, confirmShare } from '../conversation/confirm-share';
import type { FlowDeps } from '../conversation/flow-deps';
import { pickFile, pickPerson } from '../conversation/pick-choice';
import { askUndo, keepShare, undoShare } from '../conversation/undo-share';

type VerbHandler = (
  turn: ChatTurn,
  data: ActionData,
  inputs: ActionInputs,
  deps: FlowDeps,
) => Promise<ActionReply>;

/** One handler per card verb (field-notes §C.6: route by key, not by substring). */
const verbHandlers: Record<Verb, VerbHandler> = {
  [Verbs.confirmShare]: (turn, data, inputs, deps) => confirmShare(turn, data.requestId, inputs, deps),
  [Verbs.cancelShare]: (turn, data, _inputs, deps) => cancelShare(turn, data.requestId, deps),
  [Verbs.pickFile]: (turn, data, _inputs, deps) => pickFile(turn, data.requestId, data.choice, deps),
  [Verbs.pickPerson]: (turn, data, _inputs, deps) => pickPerson(turn, data.requestId, data.choice, deps),
  [Verbs.undo]: (turn, data, _inputs, deps) => askUndo(turn, data.requestId, deps),
  [Verbs.undoConfirm]: (turn, data, _inputs, deps) => undoShare(turn, data.requestId, deps),
  [Verbs.undoCancel]: (turn, data, _inputs, deps) => keepShare(turn, data.requestId, deps),
};

const knownVerbs = new Set<string>(Object.values(Verbs));

/**
 * Runs the handler for a card action. `verb` comes from Action.Execute; `data` holds the request id
 * and, because Share sends its inputs with it, the card's input values too.
 */
export async function routeAction(
  turn: ChatTurn,
  verb: string | undefined,
  data: Record<string, unknown>,
  deps: FlowDeps,
): Promise<ActionReply> {
  const requestId = typeof data.requestId === 'string' ? data.requestId : undefined;
  if (!verb || !knownVerbs.has(verb) || !requestId) {
    return { refusal: "I don't recognise that button. Please send your request again." };
  }
  const action: ActionData = {
    verb: verb as Verb,
    requestId,
    choice: typeof data.choice === 'string' ? data.choice : undefined,
  };
  return await verbHandlers[action.verb](turn, action, data, deps);
}
