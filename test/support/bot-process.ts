import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');
const readyLine = /Sharebot is ready at (\S+)\/api\/messages/;
const startTimeoutMs = 20_000;

/**
 * Sharebot as `npm start` runs it (src/index.ts), in a child process of its own, without the
 * playground and against a Graph origin the test gives: a process that can be stopped, killed
 * with SIGKILL and started again on the same port and state folder.
 */
export class BotProcess {
  private child?: ChildProcess;
  private output = '';
  /** e.g. http://127.0.0.1:40123 */
  url = '';

  /**
   * `env` is added to the process's environment (PORT, GRAPH_ORIGIN, STATE_DIR, ...); `nodeArgs`
   * go to Node before the script (e.g. `--expose-gc` and a preload for a benchmark).
   */
  constructor(
    private readonly env: Record<string, string>,
    private readonly nodeArgs: string[] = [],
  ) {}

  /** The running process's id (undefined while stopped), e.g. to read its memory in /proc. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and resolves once it printed its ready line; fails with its output otherwise. */
  async start(): Promise<void> {
    this.output = '';
    // Node itself with tsx as a loader: the tsx CLI would run the bot in a grandchild process that
    // a SIGKILL of the CLI leaves running.
    const args = [...this.nodeArgs, '--import', 'tsx', '--disable-warning=DEP0111', 'src/index.ts'];
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, PLAYGROUND: 'off', LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stderr?.on('data', collect);
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Sharebot did not start in time:\n${this.output}`)),
        startTimeoutMs,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        collect(chunk);
        const ready = readyLine.exec(this.output);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Sharebot exited with ${code} before it was ready:\n${this.output}`));
      });
    });
  }

  /** Kills the process at once (SIGKILL: no cleanup, as a crash or an OOM kill). */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Stops the process the orderly way (SIGTERM). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** What the process printed (its last 20 kB), for failure messages. */
  get printed(): string {
    return this.output;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
    this.child = undefined;
  }
}
