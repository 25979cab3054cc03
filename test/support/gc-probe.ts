// A preload for bot processes a benchmark or load test starts (BotProcess with `gcProbe`), never
// for `npm start`: on SIGUSR2 it runs full garbage collections until the heap stops shrinking and
// prints one line with the memory figures, so memory left behind per share can be read without
// the noise of garbage that is merely not collected yet. Needs node --expose-gc.

const collect = globalThis.gc;
if (typeof collect !== 'function') throw new Error('gc-probe needs node --expose-gc');
let readings = 0;
/** Readings run one after another, each answering one signal. */
let queue: Promise<void> = Promise.resolve();

async function collectFully(): Promise<void> {
  let previous = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 6; pass++) {
    collect?.();
    // Finalizers and pending callbacks run between passes.
    await new Promise((resolve) => setImmediate(resolve));
    const used = process.memoryUsage().heapUsed;
    if (used >= previous * 0.999) return;
    previous = used;
  }
}

async function report(): Promise<void> {
  await collectFully();
  readings += 1;
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`gc-probe ${readings} ${JSON.stringify({ rss, heapUsed, external, arrayBuffers })}\n`);
}

process.on('SIGUSR2', () => {
  queue = queue.then(report).catch((error: unknown) => {
    process.stderr.write(`gc-probe failed: ${String(error)}\n`);
  });
});
