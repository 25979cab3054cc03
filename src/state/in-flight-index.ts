import type { Storage, StoreItem } from 'botbuilder';
import { isETagConflict } from './etag-conflict';
import { backOff, bucketOf } from './index-buckets';

const bucketCount = 64;
const maxTries = 20;

interface Bucket extends StoreItem {
  ids: string[];
}

/**
 * The ids of share requests that may be `sharing`, kept in the same storage as the requests so
 * every instance sees them. botbuilder's Storage interface has no query or listing, so the ids sit
 * in a few bucket items changed by eTag compare-and-set (retried on conflict); the buckets spread
 * concurrent shares so they rarely contend. An id stays listed until its share is settled; the
 * recovery removes ids whose request is no longer `sharing`.
 */
export class InFlightIndex {
  constructor(
    private readonly storage: Storage,
    private readonly keyPrefix: string,
  ) {}

  /** Lists the id (idempotent). */
  async add(id: string): Promise<void> {
    await this.change(id, (ids) => (ids.includes(id) ? undefined : [...ids, id]));
  }

  /** Unlists the id (idempotent). */
  async remove(id: string): Promise<void> {
    await this.change(id, (ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : undefined));
  }

  /**
   * Every listed id. Creates the buckets that do not exist yet: the recovery lists at start, so
   * buckets exist before shares need them, and later writes are all compare-and-set.
   */
  async list(): Promise<string[]> {
    const keys = Array.from({ length: bucketCount }, (_, index) => this.bucketKey(index));
    const items = await this.storage.read(keys);
    const missing = keys.filter((key) => !items[key]);
    if (missing.length > 0) {
      await this.storage.write(Object.fromEntries(missing.map((key) => [key, { ids: [], eTag: '*' }])));
    }
    return keys.flatMap((key) => (items[key] as Bucket | undefined)?.ids ?? []);
  }

  private async change(id: string, update: (ids: string[]) => string[] | undefined): Promise<void> {
    const key = this.bucketKey(bucketOf(id, bucketCount));
    for (let attempt = 0; attempt < maxTries; attempt++) {
      const items = await this.storage.read([key]);
      const current = items[key] as Bucket | undefined;
      const next = update(current?.ids ?? []);
      if (!next) return;
      try {
        // Storage has no "create only if absent", so only a bucket's first write is unconditional
        // ('*'); `list` creates all buckets when an instance starts, before it shares anything.
        await this.storage.write({ [key]: { ids: next, eTag: current?.eTag ?? '*' } });
        return;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
      }
      await backOff(attempt);
    }
    throw new Error(`The in-flight index stayed busy for ${maxTries} tries.`);
  }

  private bucketKey(index: number): string {
    return `${this.keyPrefix}${index}`;
  }
}
