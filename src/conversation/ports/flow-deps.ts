import type { ContextStore } from '../../state/context-store';
import type { DueEndIndex } from '../../state/due-end-index';
import type { InFlightIndex } from '../../state/in-flight-index';
import type { RequestStore } from '../../state/request-store';
import type { AccessRequestRecord } from '../access/access-request';
import type { RoleChangeRecord } from '../access/role-change-request';
import type { BackgroundWork } from '../background-work';
import type { ConversationContext } from '../context/conversation-context';
import type { HistoryStore } from '../history/history-book';
import type { LinkRequestRecord } from '../links/link-request';
import type { ShareRequestRecord } from '../share-request';
import type { Log } from './log';
import type { Timers } from './timers';

/** What the conversation flows share: state, time, limits and background work. */
export interface FlowDeps {
  requests: RequestStore<ShareRequestRecord>;
  /** Sharing-link requests (create, delete): the link cards' records. */
  linkRequests: RequestStore<LinkRequestRecord>;
  /** Who-has-access cards and removals (one person, or everyone): their cards' records. */
  accessRequests: RequestStore<AccessRequestRecord>;
  /** Role changes of existing permissions: the role-change cards' records. */
  roleChanges: RequestStore<RoleChangeRecord>;
  /** What each person's conversation remembers: the open question and recent shares (CONTEXT_TTL_MINUTES). */
  contexts: ContextStore<ConversationContext>;
  /** Each person's shares for the tab, kept HISTORY_RETENTION_DAYS after their last share. */
  history: HistoryStore;
  /** The ids of requests being shared, for the recovery of ones whose process died. */
  inFlight: InFlightIndex;
  /** The ids of timed shares with a reminder or an end to come, for whichever instance looks first. */
  dueEnds: DueEndIndex;
  /** How long a claim on a `sharing` request lasts before another instance may settle it. */
  shareLeaseMs: number;
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
