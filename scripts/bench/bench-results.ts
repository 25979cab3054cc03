import type { MachineFacts } from './machine';
import type { LatencyRun } from './measure-latency';
import type { MemoryRun } from './measure-memory';
import type { ParserRun } from './measure-parser';
import type { ShareMemoryRun } from './measure-share-memory';
import type { ThroughputRun } from './measure-throughput';

/** Everything one benchmark run measured. */
export interface BenchResults {
  startedAt: Date;
  durationMs: number;
  machine: MachineFacts;
  latency: LatencyRun[];
  throughput: ThroughputRun[];
  memory: MemoryRun;
  shareMemory: ShareMemoryRun;
  parser: ParserRun;
}
