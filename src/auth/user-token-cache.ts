/** A value fetched for a user, with the time (ms) until which it may be kept; no `keepUntil`, not kept. */
export interface FetchedForUser<T> {
  value: T;
  keepUntil?: number;
}

/** Limits of a user token cache. */
export interface UserTokenCacheOptions {
  /** Stop using a token this long before it expires (default 5 minutes). */
  marginMs?: number;
  /** At most this many users are kept; the least recently used goes first (default 10 000). */
  maxUsers?: number;
  /** The clock, in ms. */
  now?: () => number;
}

const defaultMarginMs = 5 * 60_000;
const defaultMaxUsers = 10_000;

interface Entry<T> {
  value: T;
  useUntil: number;
}

/**
 * Per-user values (Graph tokens) kept in memory until shortly before they expire, so a turn does
 * not ask the token service again. Concurrent asks for one user share one fetch (single-flight);
 * `forget` drops a user's value and makes a fetch still running for them not be kept. Bounded: the
 * least recently used user is evicted past `maxUsers`. Holds secrets: never logs anything.
 */
export class UserTokenCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly pending = new Map<string, Promise<T>>();
  private readonly marginMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;

  constructor(options: UserTokenCacheOptions = {}) {
    this.marginMs = options.marginMs ?? defaultMarginMs;
    this.maxUsers = Math.max(1, options.maxUsers ?? defaultMaxUsers);
    this.now = options.now ?? Date.now;
  }

  /** The user's kept value while it is fresh; otherwise the result of `fetch`, shared by concurrent asks. */
  async get(key: string, fetch: () => Promise<FetchedForUser<T>>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      if (entry.useUntil > this.now()) {
        this.entries.set(key, entry);
        return entry.value;
      }
    }
    const running = this.pending.get(key);
    if (running !== undefined) return running;
    const run: Promise<T> = fetch()
      .then((fetched) => {
        // A forget() while the fetch ran removed this run from `pending`: its value is not kept.
        if (this.pending.get(key) === run) this.keep(key, fetched);
        return fetched.value;
      })
      .finally(() => {
        if (this.pending.get(key) === run) this.pending.delete(key);
      });
    this.pending.set(key, run);
    return run;
  }
  /** Drops the user's value (sign-out, sign-in, a token Graph refused). */
  forget(key: string): void {
    this.entries.delete(key);
    this.pending.delete(key);
  }

  /** How many users have a value kept. */
  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, fetched: FetchedForUser<T>): void {
    if (fetched.keepUntil === undefined) return;
    const useUntil = fetched.keepUntil - this.marginMs;
    if (useUntil <= this.now()) return;
    this.entries.delete(key);
    this.entries.set(key, { value: fetched.value, useUntil });
    while (this.entries.size > this.maxUsers) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
