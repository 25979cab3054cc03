import type { Versioned } from '../../state/request-store';
import type { ActionClick, ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import type { RoleChangeRecord } from './role-change-request';

/** A role-change card action's handler; it receives the request already checked by the router. */
export type RoleChangeActionHandler = (
  turn: ChatTurn,
  request: Versioned<RoleChangeRecord>,
  click: ActionClick,
  deps: FlowDeps,
) => Promise<ActionReply>;
