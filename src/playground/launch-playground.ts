import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { OutputTail } from './output-tail';
import { logVersion, playgroundLogPath, readPlaygroundErrors } from './playground-log';
import { assertPortFree, PortInUseError } from './ports';
import { killProcessGroupNow, stopProcessGroup } from './process-group';

/** The environment variable that picks the playground's port; named in port-in-use errors. */
export const PLAYGROUND_PORT_VARIABLE = 'PLAYGROUND_PORT';

const REPO_ROOT = resolve(__dirname, '..', '..');
const PLAYGROUND_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'agentsplayground');

/** The config the project ships: its people match the demo tenant (env/demo-tenant.json). */
export const DEFAULT_PLAYGROUND_CONFIG = join(REPO_ROOT, '.m365agentsplayground.yml');

const DEFAULT_READY_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 100;

/** How to start the Microsoft 365 Agents Playground. */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** The UI port. The playground listens on every interface. */
  port: number;
  /** Config file. Defaults to M365_AGENTS_PLAYGROUND_CONFIG_PATH, then the shipped config. */
  configPath?: string;
  /** The directory the playground runs in; its log goes to `<logDir>/devTools/`. Defaults to the cwd. */
  logDir?: string;
  /** How long to wait for the UI to answer. Defaults to 20 s. */
  readyTimeoutMs?: number;
}

/** A started playground. */
export interface RunningPlayground {
  /** The UI address to open in a browser. */
  url: string;
  /** The playground's process id; it also leads its own process group. */
  pid: number;
  /** Stops the playground and everything it started, and waits until they have exited. */
  close(): Promise<void>;
}

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/**
 * Starts the Agents Playground pointed at `botEndpoint`, with telemetry off and no browser, and
 * resolves once its UI answers HTTP 200. Rejects with a PortInUseError when the port is taken and
 * with the playground's own error text when it exits early (for example, a bad config).
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  assertHttpUrl(options.botEndpoint);
  await assertPortFree(options.port, PLAYGROUND_PORT_VARIABLE);
  const configPath = resolveConfigPath(options.configPath);
  const workingDir = resolve(options.logDir ?? process.cwd());
  await mkdir(workingDir, { recursive: true });
  const logBefore = await logVersion(workingDir);

  // Started directly (not via npx) and detached, so the pid we hold is the playground itself and
  // leads a process group we can stop as a whole (docs/teams-notes.md §T7).
  const child = spawn(
    PLAYGROUND_BIN,
    ['-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    {
      cwd: workingDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath },
    },
  );
  const output = new OutputTail();
  child.stdout?.on('data', (chunk: Buffer) => output.append(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.append(chunk));
  const exited = waitForExit(child);
  const pid = child.pid;
  if (pid === undefined) {
    const failure = await exited;
    throw new Error(
      `Could not start the Agents Playground (${PLAYGROUND_BIN}): ${failure.message}. Run npm install.`,
    );
  }
  // Why: a detached child outlives its parent; if the parent exits without close(), take it along.
  const stopOnParentExit = () => killProcessGroupNow(pid);
  process.once('exit', stopOnParentExit);
  child.once('exit', () => process.removeListener('exit', stopOnParentExit));
  const url = `http://127.0.0.1:${options.port}`;
  const close = async () => {
    process.removeListener('exit', stopOnParentExit);
    await stopProcessGroup(pid, exited);
  };

  try {
    await waitUntilReady({
      url,
      port: options.port,
      output,
      exited,
      timeoutMs: options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
      describeExit: async (exit) => describeEarlyExit(exit, workingDir, logBefore, output),
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { url, pid, close };
}

function assertHttpUrl(endpoint: string): void {
  let parsed: URL;
  try {
    parsed = new URL(endpoint);
  } catch {
    throw new Error(
      `The bot endpoint "${endpoint}" is not a URL (expected e.g. http://127.0.0.1:3978/api/messages).`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`The bot endpoint "${endpoint}" must be an http or https URL.`);
  }
}

function resolveConfigPath(explicit: string | undefined): string {
  const fromEnv = process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH;
  const chosen = resolve(explicit ?? (fromEnv || DEFAULT_PLAYGROUND_CONFIG));
  // Why: given a missing file the playground falls back to its built-in people, whose ids are not
  // in our tenant; a clear error beats a chat where nobody resolves.
  if (!existsSync(chosen)) throw new Error(`Agents Playground config not found: ${chosen}`);
  return chosen;
}

function waitForExit(child: ChildProcess): Promise<Exit & { message: string }> {
  return new Promise((resolveExit) => {
    child.once('error', (error) => resolveExit({ code: null, signal: null, message: error.message }));
    child.once('exit', (code, signal) => resolveExit({ code, signal, message: '' }));
  });
}

type ReadyWait = {
  url: string;
  port: number;
  output: OutputTail;
  exited: Promise<Exit>;
  timeoutMs: number;
  describeExit: (exit: Exit) => Promise<string>;
};

async function waitUntilReady(wait: ReadyWait): Promise<void> {
  const deadline = Date.now() + wait.timeoutMs;
  while (Date.now() < deadline) {
    // Why: when its port is busy the playground silently moves to another one and says so only
    // in its output ("Listening on <other port>").
    const listening = wait.output.listeningPort();
    if (listening !== undefined && listening !== wait.port)
      throw new PortInUseError(wait.port, PLAYGROUND_PORT_VARIABLE);
    if (listening === wait.port && (await answersOk(wait.url))) return;
    const exit = await Promise.race([wait.exited, delay(POLL_INTERVAL_MS).then(() => undefined)]);
    if (exit) throw new Error(await wait.describeExit(exit));
  }
  throw new Error(
    `The Agents Playground did not answer at ${wait.url} within ${Math.round(wait.timeoutMs / 1000)} s.` +
      ` Its output: ${wait.output.text() || '(none)'}`,
  );
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function describeEarlyExit(
  exit: Exit,
  workingDir: string,
  logBefore: number | null,
  output: OutputTail,
) {
  const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
  const errors = await readPlaygroundErrors(workingDir, logBefore);
  const reason = errors.length > 0 ? errors.join(' ') : output.text() || 'it printed nothing';
  return `The Agents Playground exited (${how}) before it was ready: ${reason} (log: ${playgroundLogPath(workingDir)})`;
}
