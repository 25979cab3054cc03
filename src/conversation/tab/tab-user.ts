import type { GraphPort } from '../../graph/port';
import type { FlowDeps } from '../ports/flow-deps';

/** The person a tab call acts for, already authenticated, with a Graph port acting as them. */
export interface TabUser {
  /** Entra object id: whose history the call reads. */
  userId: string;
  name: string;
  graph: GraphPort;
  /** Sandbox mode in a plain browser (LOCAL_USER). */
  outsideTeams: boolean;
}

/** What the tab's calls use of the flows' state: the history, the ledger (ends), time and the log. */
export type TabDeps = Pick<FlowDeps, 'history' | 'requests' | 'dueEnds' | 'now' | 'log'>;
