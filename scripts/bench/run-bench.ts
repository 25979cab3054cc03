import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { BotHarness } from '../../test/support/bot-harness';
import { type BenchPlan, fullPlan, quickPlan } from './bench-plan';
import type { BenchResults } from './bench-results';
import { machineFacts } from './machine';
import { type LatencyRun, measureLatency } from './measure-latency';
import { measureMemory } from './measure-memory';
import { measureParser } from './measure-parser';
import { measureProductionPath, type ProductionRun } from './measure-production-path';
import { measureShareMemory } from './measure-share-memory';
import { measureThroughput, type ThroughputRun } from './measure-throughput';
import { ProductionPath } from './production-path';
import { renderReport } from './render-report';
import { writeGeneratedSection } from './write-report';

const reportFile = path.resolve(__dirname, '..', '..', 'docs', 'performance.md');

/** Runs every part of the plan against one bot on a fresh demo-tenant sandbox. */
export async function runBench(plan: BenchPlan): Promise<BenchResults> {
  const startedAt = new Date();
  const machine = machineFacts();
  const memory: Record<string, string> = {};
  const harness = await BotHarness.start({ overrides: { storage: new MemoryStorage(memory) } });
  try {
    const admin = harness.sandbox;
    const latency: LatencyRun[] = [];
    for (const options of plan.latency) {
      console.log(`latency: +${options.addedLatencyMs} ms, ${options.iterations} iterations`);
      latency.push(await measureLatency(harness, admin, options));
    }
    const productionPath = await measureProductionPaths(plan);
    const throughput: ThroughputRun[] = [];
    for (const options of plan.throughput) {
      console.log(`throughput: +${options.addedLatencyMs} ms, ${options.rounds} rounds`);
      throughput.push(await measureThroughput(harness, admin, options));
    }
    console.log(`memory: ${plan.memory.turns} turns`);
    const memoryRun = await measureMemory(harness, admin, memory, plan.memory);
    console.log(`memory over shares: ${plan.shareMemory.checkpoints.at(-1)} shares in one bot process`);
    const shareMemory = await measureShareMemory(plan.shareMemory);
    console.log(`parser: ${plan.parser.rounds} rounds`);
    const parser = measureParser(plan.parser);
    const durationMs = Date.now() - startedAt.getTime();
    return {
      startedAt,
      durationMs,
      machine,
      latency,
      productionPath,
      throughput,
      memory: memoryRun,
      shareMemory,
      parser,
    };
  } finally {
    await harness.close();
  }
}

/** Runs the production-path part on a bot of its own (Teams SSO token source, fake token service). */
async function measureProductionPaths(plan: BenchPlan): Promise<ProductionRun[]> {
  const path = await ProductionPath.start();
  try {
    const runs: ProductionRun[] = [];
    for (const options of plan.productionPath) {
      console.log(`production path: +${options.addedLatencyMs} ms, ${options.iterations} iterations`);
      runs.push(await measureProductionPath(path, options));
    }
    return runs;
  } finally {
    await path.close();
  }
}

/** Runs the benchmark, prints the report and, unless `--quick`, writes it into docs/performance.md. */
export async function benchAndReport(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const report = renderReport(await runBench(quick ? quickPlan : fullPlan));
  console.log(`\n${report}\n`);
  if (quick) return;
  await writeGeneratedSection(reportFile, report);
  console.log(`Wrote ${path.relative(process.cwd(), reportFile)}`);
}
