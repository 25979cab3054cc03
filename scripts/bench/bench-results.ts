import type { MachineFacts } from './machine';
import type { LatencyRun } from './measure-latency';
import type { MemoryRun } from './measure-memory';
import type { ParserRun } from './measure-parser';
import type { ProductionRun } from './measure-production-path';
import type { ShareMemoryRun } from './measure-share-memory';
import type { ThroughputRun } from './measure-throughput';

/** Everything one benchmark run measured. */
export interface BenchResults {
  startedAt: Date;
  durationMs: number;
  machine: MachineFacts;
  latency: LatencyRun[];
  /** The production path (Teams SSO token source, token service, connector, Graph) at each added latency. */
  productionPath: ProductionRun[];
  throughput: ThroughputRun[];
  memory: MemoryRun;
  shareMemory: ShareMemoryRun;
  parser: ParserRun;
}
