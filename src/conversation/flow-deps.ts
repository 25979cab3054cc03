import type { RequestStore } from '../state/request-store';
import type { BackgroundWork } from './background-work';
import type { ShareRequestRecord } from './share-request';

/** A logger that never receives tokens or message text beyond what is needed to debug. */
export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  detail?: Record<string, unknown>,
) => void;

/** What the conversation flows share: state, time, limits and background work. */
export interface FlowDeps {
  requests: RequestStore<ShareRequestRecord>;
  now: () => Date;
  /** How long a card stays actionable. */
  requestTtlMs: number;
  /** How long a click waits for Graph before answering "Sharing..." and finishing later. */
  invokeBudgetMs: number;
  background: BackgroundWork;
  log: Log;
}
