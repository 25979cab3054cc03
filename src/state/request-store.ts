import { randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';

/** A stored record plus the eTag it was read with, for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  eTag: string;
}

/**
 * Records keyed by an opaque id in any botbuilder Storage (MemoryStorage locally, Blob or Cosmos
 * storage in production). Replacing uses eTags, so two clicks racing on one card cannot both act.
 */
export class RequestStore<T extends { id: string }> {
  constructor(
    private readonly storage: Storage,
    private readonly keyPrefix: string,
  ) {}

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
    await this.storage.write({ [this.keyPrefix + record.id]: { record, eTag: '*' } });
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
