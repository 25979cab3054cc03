import type { RequestStore } from '../../state/request-store';
import type { BackgroundWork } from '../background-work';
import type { ShareRequestRecord } from '../share-request';
import type { Log } from './log';
import type { Timers } from './timers';

/** What the conversation flows share: state, time, limits and background work. */
export interface FlowDeps {
  requests: RequestStore<ShareRequestRecord>;
  now: () => Date;
  /** How long a card stays actionable. */
  requestTtlMs: number;
  /** How long a click waits for Graph before answering "Sharing..." and finishing later. */
  invokeBudgetMs: number;
  background: BackgroundWork;
  /** Timers for the invoke budget; Node's own when left out. */
  timers?: Timers;
  log: Log;
}
