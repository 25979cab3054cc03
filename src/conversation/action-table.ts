import { type Verb, Verbs } from '../cards/models';
import type { ActionHandler } from './action-reply';
import { cancelShare, confirmShare } from './flows/confirm-share';
import { pickFile, pickPerson } from './flows/pick-choice';
import { askUndo, keepShare, undoShare } from './flows/undo-share';
import type { ShareStatus } from './share-request';

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
