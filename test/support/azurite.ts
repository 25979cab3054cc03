import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running Azurite blob service on a free loopback port, with its own data folder. */
export interface RunningAzurite {
  /** A connection string for the emulator's well-known development account on this port. */
  connectionString: string;
  /** Stops the emulator and deletes its data folder. */
  stop(): Promise<void>;
}

const azuriteBlob = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'azurite-blob');
const startTimeoutMs = 15_000;

// The development account key is public: Azurite documents it and accepts nothing else by default
// (https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key).
const devAccount = 'devstoreaccount1';
const devAccountKey =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Starts Azurite's blob service (the npm devDependency) on a port it picks itself and waits until
 * it answers HTTP. Throws with Azurite's own output when it cannot start: tests that need it fail.
 */
export async function startAzurite(): Promise<RunningAzurite> {
  const location = await mkdtemp(path.join(tmpdir(), 'sharebot-azurite-'));
  const child = spawn(
    azuriteBlob,
    ['--blobHost', '127.0.0.1', '--blobPort', '0', '-l', location, '--disableTelemetry', '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    await stopChild(child);
    await rm(location, { recursive: true, force: true });
  };
  try {
    const origin = await listeningOrigin(child);
    await answers(origin);
    return {
      connectionString:
        `DefaultEndpointsProtocol=http;AccountName=${devAccount};AccountKey=${devAccountKey};` +
        `BlobEndpoint=${origin}/${devAccount};`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

let shared: Promise<RunningAzurite> | undefined;

/**
 * One Azurite for every test file that asks (each uses containers of its own), started on first
 * use and stopped after the whole run by the root-level hook below. A test that stops Azurite
 * starts its own with `startAzurite`.
 */
export function sharedAzurite(): Promise<RunningAzurite> {
  shared ??= startAzurite();
  return shared;
}

// Registered on mocha's root suite when a test file first imports this module.
after(async () => {
  const starting = shared;
  shared = undefined;
  // A failed start was already reported by the tests that asked for it.
  const azurite = await starting?.catch(() => undefined);
  await azurite?.stop();
});

/** The origin Azurite prints once it listens ("... listens on http://127.0.0.1:PORT"). */
function listeningOrigin(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Azurite did not start (${why}). Its output:\n${output}`));
    };
    const timer = setTimeout(() => fail(`no listening line within ${startTimeoutMs} ms`), startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited with ${signal ?? code}`));
  });
}

/** Resolves when the origin answers any HTTP status (Azurite refuses an unsigned request with 4xx). */
async function answers(origin: string): Promise<void> {
  const response = await fetch(`${origin}/${devAccount}?comp=list`);
  await response.arrayBuffer();
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
