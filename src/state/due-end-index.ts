import type { Storage, StoreItem } from 'botbuilder';
import { isETagConflict } from './etag-conflict';
import { backOff, bucketOf } from './index-buckets';

const bucketCount = 16;
const maxTries = 20;

/** One listed request and when it next needs a look (its reminder or its end, epoch ms). */
export interface DueEntry {
  id: string;
  at: number;
}

interface Bucket extends StoreItem {
  entries: DueEntry[];
}

/**
 * The share requests whose access Sharebot ends later, each with when it is next due, kept in the
 * same storage as the requests so every instance finds them. Like the in-flight index, botbuilder's
 * Storage has no query, so the entries sit in a few bucket items changed by eTag compare-and-set
 * (retried on conflict); one scan reads every bucket in one `read`. An entry says only when to look:
 * the request itself says what is due, so a stale entry is harmless and unlisted by the scan.
 */
export class DueEndIndex {
  constructor(
    private readonly storage: Storage,
    private readonly keyPrefix: string,
  ) {}

  /** Lists the id as due at `at`, replacing when it was listed before (idempotent). */
  async set(id: string, at: number): Promise<void> {
    await this.change(id, (entries) => {
      const current = entries.find((entry) => entry.id === id);
      if (current?.at === at) return undefined;
      return [...entries.filter((entry) => entry.id !== id), { id, at }];
    });
  }

  /** Unlists the id (idempotent). */
  async remove(id: string): Promise<void> {
    await this.change(id, (entries) =>
      entries.some((entry) => entry.id === id) ? entries.filter((entry) => entry.id !== id) : undefined,
    );
  }

  /**
   * The ids due at or before `now`, earliest first. Creates the buckets that do not exist yet (the
   * first scan runs at start), so later writes are all compare-and-set.
   */
  async due(now: number): Promise<string[]> {
    const keys = Array.from({ length: bucketCount }, (_, index) => this.bucketKey(index));
    const items = await this.storage.read(keys);
    const missing = keys.filter((key) => !items[key]);
    if (missing.length > 0) {
      await this.storage.write(Object.fromEntries(missing.map((key) => [key, { entries: [], eTag: '*' }])));
    }
    return keys
      .flatMap((key) => (items[key] as Bucket | undefined)?.entries ?? [])
      .filter((entry) => entry.at <= now)
      .sort((a, b) => a.at - b.at)
      .map((entry) => entry.id);
  }

  /** Every listed id, due or not (for finding a person's timed shares by what they name). */
  async listed(): Promise<string[]> {
    return await this.due(Number.POSITIVE_INFINITY);
  }

  private async change(id: string, update: (entries: DueEntry[]) => DueEntry[] | undefined): Promise<void> {
    const key = this.bucketKey(bucketOf(id, bucketCount));
    for (let attempt = 0; attempt < maxTries; attempt++) {
      const items = await this.storage.read([key]);
      const current = items[key] as Bucket | undefined;
      const next = update(current?.entries ?? []);
      if (!next) return;
      try {
        // Only a bucket's first write is unconditional ('*'): `due` creates all buckets at start.
        await this.storage.write({ [key]: { entries: next, eTag: current?.eTag ?? '*' } });
        return;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
      }
      await backOff(attempt);
    }
    throw new Error(`The due-end index stayed busy for ${maxTries} tries.`);
  }

  private bucketKey(index: number): string {
    return `${this.keyPrefix}${index}`;
  }
}
