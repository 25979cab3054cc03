import { type Verb, Verbs } from '../cards/models';
import type { Versioned } from '../state/request-store';
import type { ActionClick, ActionReply } from './action-reply';
import { cancelShare, confirmShare } from './flows/confirm-share';
import { pickFile, pickPerson } from './flows/pick-choice';
import { askUndo, keepShare, undoShare } from './flows/undo-share';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';
import type { ShareRequestRecord, ShareStatus } from './share-request';

/** A card action's handler; it receives the request already checked by the router. */
export type ActionHandler = (
  turn: ChatTurn,
  request: Versioned<ShareRequestRecord>,
  click: ActionClick,
  deps: FlowDeps,
) => Promise<ActionReply>;

/** One row of the action table: the statuses a request must be in, and what the click does. */
export interface ActionRow {
  statuses: ShareStatus[];
  handler: ActionHandler;
}

const openStatuses: ShareStatus[] = ['pickingFile', 'pickingPerson', 'confirming'];

/** Every card verb, its allowed request statuses and its handler (docs/teams-notes.md §T6: route by key, not by substring). */
export const actionTable: Record<Verb, ActionRow> = {
  [Verbs.confirmShare]: { statuses: ['confirming'], handler: confirmShare },
  [Verbs.cancelShare]: { statuses: openStatuses, handler: cancelShare },
  [Verbs.pickFile]: { statuses: ['pickingFile'], handler: pickFile },
  [Verbs.pickPerson]: { statuses: ['pickingPerson'], handler: pickPerson },
  [Verbs.undo]: { statuses: ['shared'], handler: askUndo },
  [Verbs.undoConfirm]: { statuses: ['shared'], handler: undoShare },
  [Verbs.undoCancel]: { statuses: ['shared'], handler: keepShare },
};
