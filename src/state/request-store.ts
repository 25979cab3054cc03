import { randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';

/** A stored record plus the eTag it was read with, for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  eTag: string;
}

/** How long records are kept, and the clock that measures it. */
export interface RetentionOptions {
  /** Records older than this are deleted (default one day: long enough for Undo). */
  retentionMs?: number;
  now?: () => number;
}

const sweepIntervalMs = 60_000;

/**
 * Records keyed by an opaque id in any botbuilder Storage (MemoryStorage locally, Blob or Cosmos
 * storage in production). Replacing uses eTags, so two clicks racing on one card cannot both act.
 * Records this process created are deleted once older than the retention, so memory stays flat;
 * shared storage should also carry its own expiry policy (records of other instances).
 */
export class RequestStore<T extends { id: string }> {
  private readonly created = new Map<string, number>();
  private readonly retentionMs: number;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(
    private readonly storage: Storage,
    private readonly keyPrefix: string,
    options: RetentionOptions = {},
  ) {
    this.retentionMs = options.retentionMs ?? 24 * 60 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Makes an opaque, unguessable id. */
  static newId(): string {
    return randomBytes(12).toString('base64url');
  }

  /** Reads a record, or undefined when there is none with that id. */
  async get(id: string): Promise<Versioned<T> | undefined> {
    const key = this.keyPrefix + id;
    const items = await this.storage.read([key]);
    const item = items[key] as (StoreItem & { record: T }) | undefined;
    if (!item) return undefined;
    return { value: item.record, eTag: item.eTag ?? '*' };
  }

  /** Stores a new record (and, at most once a minute, deletes records past their retention). */
  async create(record: T): Promise<void> {
    await this.sweep();
    await this.storage.write({ [this.keyPrefix + record.id]: { record, eTag: '*' } });
    this.created.set(record.id, this.now());
  }

  private async sweep(): Promise<void> {
    const now = this.now();
    if (now - this.lastSweep < sweepIntervalMs) return;
    this.lastSweep = now;
    const expired = [...this.created].filter(([, at]) => now - at > this.retentionMs).map(([id]) => id);
    if (expired.length === 0) return;
    await this.storage.delete(expired.map((id) => this.keyPrefix + id));
    for (const id of expired) this.created.delete(id);
  }

  /**
   * Replaces a record only if nobody changed it since it was read. Returns false when someone did,
   * so the caller re-reads and shows what happened instead of acting twice.
   */
  async replace(record: T, eTag: string): Promise<boolean> {
    try {
      await this.storage.write({ [this.keyPrefix + record.id]: { record, eTag } });
      return true;
    } catch (error) {
      if (isETagConflict(error)) return false;
      throw error;
    }
  }
}

function isETagConflict(error: unknown): boolean {
  // MemoryStorage rejects with an Error naming the eTag; Blob and Cosmos storage answer 412.
  if (error instanceof Error && /etag/i.test(error.message)) return true;
  const status = (error as { statusCode?: number } | undefined)?.statusCode;
  return status === 412;
}
