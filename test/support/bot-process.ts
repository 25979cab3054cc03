import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');
const readyLine = /Sharebot is ready at (\S+)\/api\/messages/;
const probeLine = /^gc-probe (\d+) (\{.*\})$/m;
const startTimeoutMs = 20_000;

/** Memory of a bot process right after full garbage collections (bytes, from process.memoryUsage). */
export interface MemoryAfterGc {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/**
 * Sharebot as `npm start` runs it (src/index.ts), in a child process of its own, without the
 * playground and against a Graph origin the test gives: a process that can be stopped, killed
 * with SIGKILL and started again on the same port and state folder.
 */
export class BotProcess {
  private child?: ChildProcess;
  private output = '';
  private stdoutLine = '';
  private ready = false;
  private readonly probeWaiters: ((reading: MemoryAfterGc) => void)[] = [];
  private readonly outputListeners: ((text: string) => void)[] = [];
  /** e.g. http://127.0.0.1:40123 */
  url = '';

  /**
   * `env` is added to the process's environment (PORT, GRAPH_ORIGIN, STATE_DIR, ...). With
   * `gcProbe` the process runs with --expose-gc and test/support/gc-probe.ts, so
   * `memoryAfterGc` can read its memory after full garbage collections.
   */
  constructor(
    private readonly env: Record<string, string>,
    private readonly options: { gcProbe?: boolean } = {},
  ) {}

  /** The running process's id (undefined while stopped), e.g. to read its memory in /proc. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and resolves once it printed its ready line; fails with its output otherwise. */
  async start(): Promise<void> {
    this.output = '';
    this.stdoutLine = '';
    this.ready = false;
    // Node itself with tsx as a loader: the tsx CLI would run the bot in a grandchild process that
    // a SIGKILL of the CLI leaves running.
    const probe = this.options.gcProbe ? ['--expose-gc', '--import', './test/support/gc-probe.ts'] : [];
    const args = ['--import', 'tsx', ...probe, '--disable-warning=DEP0111', 'src/index.ts'];
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, PLAYGROUND: 'off', LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output = (this.output + text).slice(-20_000);
      for (const listener of this.outputListeners) listener(text);
    };
    child.stderr?.on('data', collect);
    child.stdout?.on('data', (chunk: Buffer) => this.readProbeLines(chunk.toString()));
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Sharebot did not start in time:\n${this.output}`)),
        startTimeoutMs,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        collect(chunk);
        const ready = readyLine.exec(this.output);
        if (ready) {
          this.ready = true;
          clearTimeout(timer);
          resolve(ready[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Sharebot exited with ${code ?? signal} before it was ready:\n${this.output}`));
      });
    });
  }

  /**
   * Runs full garbage collections in the process (SIGUSR2 to the gc probe) and resolves with its
   * memory right after. Only for processes started with `gcProbe`.
   */
  async memoryAfterGc(timeoutMs = 10_000): Promise<MemoryAfterGc> {
    const child = this.child;
    if (!this.options.gcProbe) throw new Error('memoryAfterGc needs a process started with gcProbe');
    // Before its ready line the probe may not listen yet, and SIGUSR2 would end the process.
    if (!child || !this.ready) throw new Error('memoryAfterGc needs a process that is ready');
    const reading = new Promise<MemoryAfterGc>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no gc-probe reading within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.probeWaiters.push((value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
    child.kill('SIGUSR2');
    return await reading;
  }

  /** Kills the process at once (SIGKILL: no cleanup, as a crash or an OOM kill). */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Stops the process the orderly way (SIGTERM). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Calls `listener` with everything the process prints from now on (stdout and stderr), in every life. */
  onOutput(listener: (text: string) => void): void {
    this.outputListeners.push(listener);
  }

  /** What the process printed (its last 20 kB), for failure messages. */
  get printed(): string {
    return this.output;
  }

  private readProbeLines(text: string): void {
    const lines = (this.stdoutLine + text).split('\n');
    this.stdoutLine = lines.pop() ?? '';
    for (const line of lines) {
      const probe = probeLine.exec(line);
      if (probe) this.probeWaiters.shift()?.(JSON.parse(probe[2]) as MemoryAfterGc);
    }
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    this.ready = false;
    child.kill(signal);
    await exited;
    this.child = undefined;
  }
}
