import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SqliteStorage } from '../../src/state/sqlite-storage';

const repoRoot = path.resolve(__dirname, '..', '..');
const worker = path.join(__dirname, 'helpers', 'sqlite-worker.ts');

/** A worker process (see helpers/sqlite-worker.ts) and the lines it printed. */
class Worker {
  readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: string[] = [];
  private readonly waiters: (() => void)[] = [];

  constructor(file: string, job: 'increment' | 'ack', count: number) {
    // node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process that writes.
    this.child = spawn(process.execPath, ['--import', 'tsx', worker, file, job, String(count)], {
      cwd: repoRoot,
    });
    this.child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.lines.push(line);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.once('exit', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** The first printed line `accept` returns something for; rejects when the worker exits first. */
  async line<T>(accept: (line: string) => T | undefined): Promise<T> {
    for (let seen = 0; ; ) {
      for (; seen < this.lines.length; seen++) {
        const accepted = accept(this.lines[seen]);
        if (accepted !== undefined) return accepted;
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`worker exited (${this.child.signalCode ?? this.child.exitCode}) first`);
      }
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  exited(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => this.child.once('exit', () => resolve()));
  }
}

describe('SqliteStorage', function () {
  this.timeout(20_000);
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-sqlite-'));
    file = path.join(dir, 'state', 'sharebot.sqlite');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the folder of its file', async () => {
    const storage = new SqliteStorage(file);
    await storage.write({ a: { n: 1 } });
    storage.close();
    assert.ok(existsSync(file));
  });

  it('writes a batch all or nothing: one stale eTag leaves every item of the batch unwritten', async () => {
    const storage = new SqliteStorage(file);
    try {
      await storage.write({ a: { n: 1 } });
      await assert.rejects(storage.write({ b: { n: 1 }, a: { n: 2, eTag: 'stale' } }), /eTag conflict/);
      const items = await storage.read(['a', 'b']);
      assert.deepEqual(Object.keys(items), ['a']);
      assert.equal(items.a.n, 1);
    } finally {
      storage.close();
    }
  });

  it('deletes expired items when opened and by a write at most once a minute, and keeps the rest', async () => {
    let now = 0;
    const clock = () => now;
    let storage = new SqliteStorage(file, { now: clock });
    await storage.write({
      early: { expiresAt: 10_000 },
      late: { expiresAt: 300_000 },
      kept: { note: 'no expiresAt' },
      odd: { expiresAt: 'tomorrow' },
    });
    const present = async () => Object.keys(await storage.read(['early', 'late', 'kept', 'odd'])).sort();
    now = 30_000;
    await storage.write({ other: {} });
    assert.deepEqual(
      await present(),
      ['early', 'kept', 'late', 'odd'],
      'not yet a minute since the last purge',
    );
    now = 61_000;
    await storage.write({ other: {} });
    assert.deepEqual(await present(), ['kept', 'late', 'odd']);
    storage.close();
    now = 400_000;
    storage = new SqliteStorage(file, { now: clock });
    assert.deepEqual(await present(), ['kept', 'odd']);
    storage.close();
  });

  it('counts exactly the successful compare-and-set writes of two processes racing on one file', async () => {
    const attempts = 100;
    const seed = new SqliteStorage(file);
    await seed.write({ counter: { value: 0 } });
    const workers = [new Worker(file, 'increment', attempts), new Worker(file, 'increment', attempts)];
    await Promise.all(workers.map((w) => w.line((line) => (line === 'ready' ? true : undefined))));
    for (const w of workers) w.child.stdin.end('go\n');
    const counts = await Promise.all(
      workers.map((w) =>
        w.line((line) =>
          line.startsWith('{') ? (JSON.parse(line) as { won: number; lost: number }) : undefined,
        ),
      ),
    );
    await Promise.all(workers.map((w) => w.exited()));
    const won = counts.reduce((sum, count) => sum + count.won, 0);
    const lost = counts.reduce((sum, count) => sum + count.lost, 0);
    for (const count of counts) assert.equal(count.won + count.lost, attempts);
    assert.ok(lost > 0, 'the two processes raced: some writes were refused');
    assert.equal((await seed.read(['counter'])).counter.value, won);
    seed.close();
  });

  it('keeps every write it acknowledged when its process is killed with SIGKILL', async () => {
    const acking = new Worker(file, 'ack', 100_000);
    const lastAck = await acking.line((line) => {
      const acked = /^ack (\d+)$/.exec(line);
      if (!acked || Number(acked[1]) < 25) return undefined;
      acking.child.kill('SIGKILL');
      return Number(acked[1]);
    });
    await acking.exited();
    assert.equal(acking.child.signalCode, 'SIGKILL');
    const storage = new SqliteStorage(file);
    const keys = Array.from({ length: lastAck + 1 }, (_, i) => `ack/${i}`);
    assert.equal(Object.keys(await storage.read(keys)).length, lastAck + 1);
    storage.close();
  });
});
