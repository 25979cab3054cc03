import { randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { isETagConflict } from './etag-conflict';

/** A stored record plus the eTag it was read with, for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  eTag: string;
}

/** How long records are kept. */
export interface RetentionOptions {
  /** Records are deleted this long after they were created (default one day: long enough for Undo). */
  retentionMs?: number;
}

/**
 * Records keyed by an opaque id in any botbuilder Storage (SQLite or Azure Blob storage, memory in
 * tests). Replacing uses eTags, so two clicks racing on one card cannot both act. Every write
 * stamps the item with `expiresAt` (creation + retention): SQLite storage deletes the item then,
 * Blob storage leaves it to the container's lifecycle rule (docs/scaling.md). Nothing about a
 * record stays in this process.
 */
export class RequestStore<T extends { id: string; createdAt: number; keepUntil?: number }> {
  private readonly retentionMs: number;

  constructor(
    private readonly storage: Storage,
    private readonly keyPrefix: string,
    options: RetentionOptions = {},
  ) {
    this.retentionMs = options.retentionMs ?? 24 * 60 * 60_000;
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

  /** Stores a new record. */
  async create(record: T): Promise<void> {
    await this.storage.write({ [this.keyPrefix + record.id]: this.item(record, '*') });
  }

  /**
   * Replaces a record only if nobody changed it since it was read. Returns false when someone did,
   * so the caller re-reads and shows what happened instead of acting twice.
   */
  async replace(record: T, eTag: string): Promise<boolean> {
    try {
      await this.storage.write({ [this.keyPrefix + record.id]: this.item(record, eTag) });
      return true;
    } catch (error) {
      if (isETagConflict(error)) return false;
      throw error;
    }
  }

  private item(record: T, eTag: string): StoreItem & { record: T; expiresAt: number } {
    // A record that must outlive its creation (a timed share's end) is kept the retention past that.
    const from = Math.max(record.createdAt, record.keepUntil ?? 0);
    return { record, expiresAt: from + this.retentionMs, eTag };
  }
}
