/** A card whose words did not match the sandbox at the moment it was read. */
export interface FalseClaim {
  request: string;
  claim: string;
  detail: string;
}

/** A share that did not end in a card a person can read. */
export interface LostShare {
  request: string;
  detail: string;
}

/**
 * Everything the load conversations count while they run: what people did, what the bot answered,
 * and every problem with enough detail to find it again (the request's tag is its invitation message).
 */
export class LoadTally {
  messages = 0;
  confirmations = 0;
  filePicks = 0;
  personPicks = 0;
  /** Messages that did not lead to a confirmation card, by the reply's first words. */
  readonly noConfirmation = new Map<string, number>();
  /** Confirmation cards for another item or other people than asked for, and pick cards without the wanted choice. */
  readonly wrongCard: string[] = [];
  /** Share clicks (first presses); each is one share request followed to its end. */
  shares = 0;
  /** How the shares ended, by the final card's kind. */
  readonly outcomes = new Map<string, number>();
  checkAgain = 0;
  shareAgain = 0;
  shareOthers = 0;
  cancels = 0;
  undoAsked = 0;
  undone = 0;
  undoRefused = 0;
  /** "Sharing…" or "Checking…" answers whose card was updated later, and the ones updated before the answer arrived. */
  updatesAwaited = 0;
  updateBeforeAnswer = 0;
  /** Posts to /api/messages and their answers. */
  posts = 0;
  readonly statuses = new Map<number, number>();
  /** Each 5xx answer: which post, and what the bot answered. */
  readonly serverErrorDetails: string[] = [];
  /** Posts sent to the other instance because the chosen one was down (killed or restarting). */
  retriedOnOther = 0;
  /** Cards checked against the sandbox. */
  claimsChecked = 0;
  readonly falseClaims: FalseClaim[] = [];
  readonly lost: LostShare[] = [];
  /** Replies that do not say whether anything was shared (e.g. "Something went wrong"). */
  readonly unclear: string[] = [];
  /** Shares whose card still said "Not sure yet" after the run settled. */
  unknownAtEnd = 0;

  /** How long each kind of post took to be answered (ms), by message or verb. */
  readonly latencies = new Map<string, number[]>();

  /** Notes how long a post of one kind took. */
  took(kind: string, ms: number): void {
    const list = this.latencies.get(kind) ?? [];
    list.push(ms);
    this.latencies.set(kind, list);
  }

  /** Counts one answer status from /api/messages. */
  status(code: number): void {
    this.statuses.set(code, (this.statuses.get(code) ?? 0) + 1);
  }

  /** Answers with a 5xx status. */
  get serverErrors(): number {
    return [...this.statuses].filter(([code]) => code >= 500).reduce((sum, [, n]) => sum + n, 0);
  }

  /** Counts a share's final card. */
  outcome(kind: string): void {
    this.outcomes.set(kind, (this.outcomes.get(kind) ?? 0) + 1);
  }

  /** Counts a message that ended without a confirmation card. */
  refused(reply: string): void {
    const reason = reply.replace(/\s+/g, ' ').slice(0, 60);
    this.noConfirmation.set(reason, (this.noConfirmation.get(reason) ?? 0) + 1);
  }
}
