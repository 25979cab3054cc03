/**
 * Sharebot's benchmark: latency of one conversation with and without added Graph latency, Graph
 * round trips per share, throughput of ten users at once, memory of stored requests, and parser
 * speed, in one run against the real bot and a fresh local Graph sandbox. Writes the results into
 * docs/performance.md (the generated section). Run: npm run bench   (-- --quick: a short smoke
 * run that writes nothing). See docs/performance.md for how to read it.
 */
import { rerunWithGc } from './bench/rerun-with-gc';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (typeof globalThis.gc !== 'function') {
    // The memory part needs gc(); the bot is only loaded in the child, so this process stays light.
    process.exitCode = await rerunWithGc(__filename, args);
    return;
  }
  const { benchAndReport } = await import('./bench/run-bench');
  await benchAndReport(args);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
