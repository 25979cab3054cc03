import path from 'node:path';
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ConfigError, type StorageSettings } from '../config';
import { CreateOnceBlobStorage } from './create-once-blob-storage';
import { ExpiringWrites } from './expiring-writes';
import { SqliteStorage } from './sqlite-storage';

/** The storage Sharebot keeps its state in, and what readiness checks and shutdown need of it. */
export interface StateStorage {
  storage: Storage;
  /** Where the Teams SSO middleware de-duplicates token exchanges (create-once writes). */
  tokenExchanges: Storage;
  /** Names the backend for the start-up log; never carries a secret. */
  describe: string;
  /** Resolves when the storage answers a read; throws when it cannot be reached (for /readyz). */
  check(): Promise<void>;
  /** Releases the storage once nothing uses it any more. */
  close(): Promise<void>;
}

/** The file name of the SQLite database inside STATE_DIR. */
export const sqliteFileName = 'sharebot.sqlite';

/** How long a token exchange's de-duplication key is kept. */
const tokenExchangeRetentionMs = 24 * 3_600_000;

/** Never written: reading it only proves the storage answers. */
const probeKey = 'sharebot/readiness-probe';

/**
 * Teams gives an invoke about 15 s, and the Storage SDK's default retries (4 tries, 4 s base delay)
 * spend longer than that on one unreachable read; fewer, shorter retries fail within the turn.
 * https://learn.microsoft.com/javascript/api/@azure/storage-blob/storageretryoptions
 */
const blobRetryOptions = {
  maxTries: 3,
  retryDelayInMs: 200,
  maxRetryDelayInMs: 1_000,
  tryTimeoutInMs: 5_000,
};

/** Opens the configured storage: SQLite under STATE_DIR (default) or an Azure Blob container. */
export async function createStateStorage(settings: StorageSettings): Promise<StateStorage> {
  if (settings.kind === 'blob') return openBlobStorage(settings);
  const file = path.join(settings.stateDir, sqliteFileName);
  const sqlite = new SqliteStorage(file);
  return {
    storage: sqlite,
    // A new key with an eTag is stored once and a repeat conflicts, as the middleware expects;
    // its keys are only needed while Teams may repeat an exchange, so they expire after a day.
    tokenExchanges: new ExpiringWrites(sqlite, tokenExchangeRetentionMs),
    describe: `SQLite file ${file}`,
    check: () => probe(sqlite),
    close: async () => sqlite.close(),
  };
}

/** Storage a caller made (tests pass MemoryStorage): checked like the others, closed by its owner. */
export function callerStorage(storage: Storage): StateStorage {
  return {
    storage,
    tokenExchanges: storage,
    describe: 'storage given by the caller',
    check: () => probe(storage),
    close: async () => undefined,
  };
}

async function openBlobStorage(settings: StorageSettings): Promise<StateStorage> {
  if (!settings.blobConnectionString) throw new ConfigError('STORAGE=blob needs BLOB_CONNECTION_STRING.');
  const blobs = new BlobsStorage(settings.blobConnectionString, settings.blobContainer, {
    storagePipelineOptions: { retryOptions: blobRetryOptions },
  });
  const describe = `Azure Blob container ${settings.blobContainer}`;
  // BlobsStorage creates its container on first use and keeps that first attempt's promise, a
  // failure included, so a storage unreachable at its first use would fail every later call too
  // (https://github.com/microsoft/botbuilder-js/blob/main/libraries/botbuilder-azure-blobs/src/blobsStorage.ts).
  // Using it once here makes that first attempt now: start-up fails instead of every turn after it.
  try {
    await probe(blobs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${describe} cannot be reached: ${reason}`);
  }
  return {
    storage: blobs,
    tokenExchanges: new CreateOnceBlobStorage(
      settings.blobConnectionString,
      settings.blobContainer,
      blobRetryOptions,
    ),
    describe,
    check: () => probe(blobs),
    // BlobsStorage holds no connection or handle of its own to release.
    close: async () => undefined,
  };
}

async function probe(storage: Storage): Promise<void> {
  await storage.read([probeKey]);
}
