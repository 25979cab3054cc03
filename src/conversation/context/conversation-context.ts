import type { ItemRef, RecipientRef, RoleAsk, ShareOptions } from '../parse/parsed-request';

/** A share request still missing a piece, kept as JSON while Sharebot waits for the answer. */
export interface PendingShare {
  item?: ItemRef;
  recipients: RecipientRef[];
  role: RoleAsk;
  /** The request's options; the expiry's instant as an ISO string (storage keeps JSON). */
  options: Omit<ShareOptions, 'expiration'> & { expiration?: { at: string; words: string } };
}

/** The question Sharebot asked last and is waiting on an answer for. */
export type OpenQuestion =
  /** "Which file or folder should I share?" */
  | { kind: 'item'; pending: PendingShare }
  /** "Who should get access to X?" */
  | { kind: 'recipients'; pending: PendingShare }
  /** "Should they view or edit?" (a role Graph lacks, or two roles that disagree) */
  | { kind: 'role'; pending: PendingShare }
  /** A pick card (files or people) of a request in the share ledger. */
  | { kind: 'pick'; requestId: string };

/** A share this person started here, newest first: its ledger id and the message holding its card. */
export interface RecentShare {
  requestId: string;
  cardActivityId?: string;
}

/** What Sharebot remembers of one person in one conversation (one thread in a channel). */
export interface ConversationContext {
  openQuestion?: OpenQuestion;
  recentShares: RecentShare[];
}

/** How many recent shares are kept: follow-ups act on the newest; a few more cover a card replaced. */
export const recentSharesKept = 5;

/** An empty context: nothing asked, nothing shared yet. */
export function emptyContext(): ConversationContext {
  return { recentShares: [] };
}
