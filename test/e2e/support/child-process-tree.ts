import { type ChildProcess, execFileSync, spawn } from 'node:child_process';

/** A command started for a test, with its output kept and its exit awaited. */
export class RunningCommand {
  private output = '';
  private readonly waiters = new Set<() => void>();
  /** Resolves with the exit code (or signal) once the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString();
      for (const wake of this.waiters) wake();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        for (const wake of this.waiters) wake();
        resolve({ code, signal });
      });
    });
  }

  /**
   * Starts `command` in its own process group (as a terminal starts a foreground job), so a test
   * can signal the whole group the way Ctrl-C does.
   */
  static start(
    command: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv },
  ): RunningCommand {
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    return new RunningCommand(child);
  }

  /** The process id (it also leads the process group). */
  get pid(): number {
    if (this.child.pid === undefined) throw new Error('The command did not start.');
    return this.child.pid;
  }

  /** Everything it printed so far, stdout and stderr interleaved. */
  text(): string {
    return this.output;
  }

  /** Waits for a line matching `pattern` and returns the match; fails if the process exits first. */
  async waitForLine(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output
        .split('\n')
        .map((line) => pattern.exec(line))
        .find((found) => found !== null);
      if (match) return match;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `The command exited (${this.child.exitCode ?? this.child.signalCode}) before printing ${pattern}:\n${this.output}`,
        );
      }
      if (Date.now() > deadline)
        throw new Error(`No line matching ${pattern} within ${timeoutMs} ms:\n${this.output}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
        setTimeout(wake, 200);
      });
    }
  }

  /** Kills whatever is left of this command's process tree; for test clean-up. */
  killTree(): void {
    for (const pid of [...descendantsOf(this.pid), this.pid]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

/** Every live process below `root`, found through parent ids (detached children included). */
export function descendantsOf(root: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  const children = new Map<number, number[]>();
  for (const line of table.trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** "pid command" of each of `pids` that is still running (zombies count as gone). */
export function stillRunning(pids: number[]): string[] {
  return pids.flatMap((pid) => {
    try {
      const [state = '', ...command] = execFileSync('ps', ['-o', 'stat=,args=', '-p', String(pid)], {
        encoding: 'utf8',
      })
        .trim()
        .split(/\s+/);
      return state && !state.startsWith('Z') ? [`${pid} ${command.join(' ')}`] : [];
    } catch {
      return [];
    }
  });
}
