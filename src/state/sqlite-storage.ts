import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';

/** The clock expiry is measured by (tests move it). */
export interface SqliteStorageOptions {
  now?: () => number;
}

/** Expired rows are deleted when the file is opened and then by a write at most this often. */
const purgeIntervalMs = 60_000;

/**
 * How long a statement waits for another process's write transaction before it fails with
 * SQLITE_BUSY. Transactions here are a few rows, so waits are milliseconds; this is the bound.
 */
const busyTimeoutMs = 5_000;

const schema = `
  CREATE TABLE IF NOT EXISTS items (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    etag       TEXT NOT NULL,
    expires_at INTEGER,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS items_by_expiry ON items (expires_at) WHERE expires_at IS NOT NULL;
`;

/**
 * botbuilder's `Storage` in one SQLite file, with MemoryStorage's eTag rules: a write with no eTag
 * or `*` always lands, a write with another eTag lands only while the stored item still has it (or
 * there is none yet), and every write gives the item a new eTag. Each batch is one `BEGIN
 * IMMEDIATE` transaction, so the check and the write are atomic even between processes sharing the
 * file. An item with a numeric `expiresAt` (epoch ms) is deleted once that time has passed.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private lastPurge: number;
  private readonly selectItem: Database.Statement<[string], { value: string; etag: string }>;
  private readonly upsertItem: Database.Statement<[UpsertRow]>;
  private readonly deleteItem: Database.Statement<[string]>;
  private readonly deleteExpired: Database.Statement<[number]>;
  private readonly readAll: Database.Transaction<(keys: string[]) => StoreItems>;
  private readonly writeAll: Database.Transaction<(changes: StoreItems, now: number) => void>;
  private readonly deleteAll: Database.Transaction<(keys: string[]) => void>;

  /** Opens (or creates, with its folder) the database file and deletes what has expired. */
  constructor(file: string, options: SqliteStorageOptions = {}) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.now = options.now ?? Date.now;
    this.db = new Database(file, { timeout: busyTimeoutMs });
    this.db.pragma('journal_mode = WAL');
    // In WAL mode, synchronous=NORMAL already keeps every committed transaction through a crash
    // or kill -9 of the process (the commit is in the WAL file, which the OS keeps); FULL also
    // syncs the WAL to disk on each commit, so an acknowledged write survives power loss and an
    // OS crash too. Writes are a few per share, so the extra fsync is worth it.
    // https://www.sqlite.org/pragma.html#pragma_synchronous, https://www.sqlite.org/wal.html
    this.db.pragma('synchronous = FULL');
    this.db.exec(schema);
    this.selectItem = this.db.prepare('SELECT value, etag FROM items WHERE key = ?');
    this.upsertItem = this.db.prepare(
      `INSERT INTO items (key, value, etag, expires_at, updated_at)
       VALUES (@key, @value, @etag, @expiresAt, @updatedAt)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag,
         expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
    );
    this.deleteItem = this.db.prepare('DELETE FROM items WHERE key = ?');
    this.deleteExpired = this.db.prepare(
      'DELETE FROM items WHERE expires_at IS NOT NULL AND expires_at <= ?',
    );
    // One read transaction, so items written together are read together.
    this.readAll = this.db.transaction((keys: string[]) => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = this.selectItem.get(key);
        if (row) items[key] = { ...JSON.parse(row.value), eTag: row.etag };
      }
      return items;
    });
    this.writeAll = this.db.transaction((changes: StoreItems, now: number) => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = item as StoreItem;
        if (eTag && eTag !== '*') {
          const stored = this.selectItem.get(key);
          if (stored && stored.etag !== eTag) throw new ETagConflictError(key);
        }
        this.upsertItem.run({
          key,
          value: JSON.stringify(value),
          etag: randomBytes(12).toString('base64url'),
          expiresAt: expiryOf(value),
          updatedAt: now,
        });
      }
    });
    this.deleteAll = this.db.transaction((keys: string[]) => {
      for (const key of keys) this.deleteItem.run(key);
    });
    this.lastPurge = this.now();
    this.deleteExpired.run(this.lastPurge);
  }

  /** The stored items among `keys`, each with its current eTag; missing keys are left out. */
  async read(keys: string[]): Promise<StoreItems> {
    return this.readAll(keys);
  }

  /**
   * Writes every item or none: rejects with a 412 error naming the eTag conflict when any item's
   * eTag no longer matches. Then deletes expired items, at most once a minute.
   */
  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    this.writeAll.immediate(changes, now);
    if (now - this.lastPurge < purgeIntervalMs) return;
    this.lastPurge = now;
    this.deleteExpired.run(now);
  }

  /** Deletes the items with these keys; unknown keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    this.deleteAll.immediate(keys);
  }

  /** Closes the database file; the storage cannot be used afterwards. */
  close(): void {
    this.db.close();
  }
}

interface UpsertRow {
  key: string;
  value: string;
  etag: string;
  expiresAt: number | null;
  updatedAt: number;
}

/** The item's `expiresAt` when it is a usable epoch-ms number; otherwise the item is kept. */
function expiryOf(value: Record<string, unknown>): number | null {
  const expiresAt = value.expiresAt;
  return typeof expiresAt === 'number' && Number.isFinite(expiresAt) ? expiresAt : null;
}

/**
 * A refused compare-and-set. Worded like MemoryStorage's error, because botbuilder's Teams SSO
 * middleware recognises a duplicate token exchange by "etag conflict" in the message, and carrying
 * the 412 that Blob and Cosmos storage answer.
 */
class ETagConflictError extends Error {
  readonly statusCode = 412;

  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}
