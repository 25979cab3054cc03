import type { Versioned } from '../../state/request-store';
import type { ActionClick, ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import type { LinkRequestRecord } from './link-request';

/** A link card action's handler; it receives the link request already checked by the router. */
export type LinkActionHandler = (
  turn: ChatTurn,
  request: Versioned<LinkRequestRecord>,
  click: ActionClick,
  deps: FlowDeps,
) => Promise<ActionReply>;
