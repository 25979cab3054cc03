import { readFile } from 'node:fs/promises';
import type { MemoryAfterGc } from '../support/bot-process';

/** One reading of a bot process's resident memory and CPU time (from /proc). */
export interface RssSample {
  atMs: number;
  rssBytes: number;
  /** CPU time the process used so far (user + system, ms). */
  cpuMs: number;
  /** Shares and posts the instance had answered when the reading was taken. */
  shares: number;
  posts: number;
}

/** A reading after full garbage collections (the gc probe), taken while the run rests. */
export interface QuietReading {
  /** The lowest of the readings. */
  heapUsedBytes: number;
  heapReadings: number[];
  rssBytes: number;
  shares: number;
}

/** The readings of one process (an instance before or after its restart). */
export interface ProcessMemory {
  label: string;
  pid: number;
  rss: RssSample[];
  quiet: { start?: QuietReading; end?: QuietReading };
}

/** What a process's readings show. */
export interface MemoryFigures {
  label: string;
  startBytes: number;
  endBytes: number;
  peakBytes: number;
  /** Shares and posts this process answered. */
  shares: number;
  posts: number;
  /** CPU time used between the first and the last reading (ms). */
  cpuMs: number;
  /** Least-squares slope of RSS over shares after the quiet start (or over the whole life without one). */
  rssBytesPerShare?: number;
  /** Heap after GC at the two quiet points, when this process lived through both. */
  heap?: {
    startBytes: number;
    endBytes: number;
    shares: number;
    bytesPerShare: number;
    startReadings: number[];
    endReadings: number[];
  };
}

/** A process to watch: its pid now, what its instance has answered, and its gc probe. */
export interface WatchedProcess {
  label: () => string;
  pid: () => number | undefined;
  shares: () => number;
  posts: () => number;
  memoryAfterGc: () => Promise<MemoryAfterGc>;
}

/**
 * Reads VmRSS and CPU time from /proc/<pid> for each watched process every `rssEveryMs` (Linux
 * only), and on request the heap after full garbage collections (the gc probe) at the run's quiet
 * points. A process that restarts gets a new series, since its memory starts over.
 */
export class MemoryWatch {
  private readonly series = new Map<number, ProcessMemory>();
  private timer?: NodeJS.Timeout;
  private readonly startedAt = Date.now();
  private reading: Promise<void> = Promise.resolve();
  private failure?: unknown;

  constructor(
    private readonly processes: WatchedProcess[],
    private readonly rssEveryMs: number,
  ) {}

  /** Takes a first reading and then one every interval. */
  async start(): Promise<void> {
    await this.readRss();
    // Readings run one after another; the first failure is kept and thrown by stop().
    this.timer = setInterval(() => {
      this.reading = this.reading
        .then(() => this.readRss())
        .catch((error: unknown) => {
          this.failure ??= error;
        });
    }, this.rssEveryMs);
  }

  /**
   * Reads every live process's heap after garbage collection `times` times, `everyMs` apart, and
   * keeps the lowest: call while the run rests. What is still held then by the last busy stretch
   * (and V8's own sizing) only adds to a reading, so the lowest of a few is the steadiest.
   */
  async quietReading(point: 'start' | 'end', times: number, everyMs: number): Promise<void> {
    await Promise.all(
      this.processes.map(async (watched) => {
        const pid = watched.pid();
        if (pid === undefined) return;
        const heaps: number[] = [];
        let rssBytes = 0;
        for (let n = 0; n < times; n++) {
          if (n > 0) await new Promise((resolve) => setTimeout(resolve, everyMs));
          const memory = await watched.memoryAfterGc();
          heaps.push(memory.heapUsed);
          rssBytes = memory.rss;
        }
        this.seriesOf(watched, pid).quiet[point] = {
          heapUsedBytes: Math.min(...heaps),
          heapReadings: heaps,
          rssBytes,
          shares: watched.shares(),
        };
      }),
    );
  }

  /** Takes a last reading and stops. */
  async stop(): Promise<ProcessMemory[]> {
    clearInterval(this.timer);
    await this.reading;
    if (this.failure) throw this.failure;
    await this.readRss();
    return [...this.series.values()];
  }

  private seriesOf(watched: WatchedProcess, pid: number): ProcessMemory {
    const series = this.series.get(pid) ?? { label: watched.label(), pid, rss: [], quiet: {} };
    this.series.set(pid, series);
    return series;
  }

  private async readRss(): Promise<void> {
    for (const watched of this.processes) {
      const pid = watched.pid();
      if (pid === undefined) continue;
      const rssBytes = await residentBytes(pid);
      const cpuMs = await cpuTimeMs(pid);
      if (rssBytes === undefined || cpuMs === undefined) continue;
      this.seriesOf(watched, pid).rss.push({
        atMs: Date.now() - this.startedAt,
        rssBytes,
        cpuMs,
        shares: watched.shares(),
        posts: watched.posts(),
      });
    }
  }
}

/** VmRSS of a process in bytes, or undefined once it is gone. */
async function residentBytes(pid: number): Promise<number | undefined> {
  const status = await procFile(pid, 'status');
  // A process that was just killed and not yet reaped (a zombie) has no VmRSS line.
  const match = status === undefined ? null : /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** User + system CPU time of a process in ms (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
async function cpuTimeMs(pid: number): Promise<number | undefined> {
  const stat = await procFile(pid, 'stat');
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function procFile(pid: number, name: string): Promise<string | undefined> {
  try {
    return await readFile(`/proc/${pid}/${name}`, 'utf8');
  } catch (error) {
    // ENOENT: the process is gone; ESRCH: it went while the file was read.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ESRCH') return undefined;
    throw error;
  }
}

/**
 * Start, end and peak RSS of a process, its RSS slope over shares, and, when it lived through
 * both quiet points, the heap it kept per share between them: (heap at the end − heap at the
 * start) ÷ shares answered in between, both read after full garbage collections while nothing
 * was in flight. The quiet start comes after a warm-up, so V8 growing to its working set and
 * compiling hot code does not count as growth per share.
 */
export function memoryFigures(series: ProcessMemory): MemoryFigures {
  const rss = series.rss;
  const first = rss[0];
  const last = rss[rss.length - 1];
  const { start, end } = series.quiet;
  const measured = start ? rss.filter((sample) => sample.shares >= start.shares) : rss;
  const sharesBetween = start && end ? end.shares - start.shares : 0;
  return {
    label: series.label,
    startBytes: first?.rssBytes ?? 0,
    endBytes: last?.rssBytes ?? 0,
    peakBytes: Math.max(0, ...rss.map((sample) => sample.rssBytes)),
    shares: (last?.shares ?? 0) - (first?.shares ?? 0),
    posts: (last?.posts ?? 0) - (first?.posts ?? 0),
    cpuMs: (last?.cpuMs ?? 0) - (first?.cpuMs ?? 0),
    rssBytesPerShare: slope(measured.map((sample) => [sample.shares, sample.rssBytes])),
    heap:
      start && end && sharesBetween > 0
        ? {
            startBytes: start.heapUsedBytes,
            endBytes: end.heapUsedBytes,
            shares: sharesBetween,
            bytesPerShare: (end.heapUsedBytes - start.heapUsedBytes) / sharesBetween,
            startReadings: start.heapReadings,
            endReadings: end.heapReadings,
          }
        : undefined,
  };
}

/** Least-squares slope of y over x; undefined with fewer than three points or when x does not vary. */
export function slope(points: [number, number][]): number | undefined {
  if (points.length < 3) return undefined;
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const [x, y] of points) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  return denominator === 0 ? undefined : numerator / denominator;
}
