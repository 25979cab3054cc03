import type { Versioned } from '../../state/request-store';
import type { ActionClick, ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import type { AccessRequestRecord } from './access-request';

/** An access card action's handler; it receives the access request already checked by the router. */
export type AccessActionHandler = (
  turn: ChatTurn,
  request: Versioned<AccessRequestRecord>,
  click: ActionClick,
  deps: FlowDeps,
) => Promise<ActionReply>;
