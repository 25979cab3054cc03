import type { Storage, StoreItems } from 'botbuilder';

/**
 * A Storage whose writes carry an `expiresAt` (epoch ms) unless they have one, so a storage that
 * expires items by that field (SqliteStorage) deletes them later. For writers that know nothing
 * of expiry, such as the Teams SSO middleware, whose de-duplication keys matter for minutes.
 */
export class ExpiringWrites implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads through. */
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  /** Writes through, stamping `expiresAt` on items without one. */
  write(changes: StoreItems): Promise<void> {
    const expiresAt = this.now() + this.ttlMs;
    const stamped = Object.fromEntries(
      Object.entries(changes).map(([key, item]) => [key, { expiresAt, ...item }]),
    );
    return this.inner.write(stamped);
  }

  /** Deletes through. */
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
