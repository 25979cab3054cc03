/** Memory figures at one moment, in bytes. */
export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** Runs full garbage collections (needs `--expose-gc`) until the heap stops shrinking, then reads memory. */
export async function memoryAfterGc(): Promise<MemoryFigures> {
  const collect = globalThis.gc;
  if (!collect) throw new Error('run node with --expose-gc (npm run bench does this itself)');
  let previous = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 6; pass++) {
    collect();
    // Let finalizers and pending microtasks (timers, sockets) run between passes.
    await new Promise((resolve) => setImmediate(resolve));
    const used = process.memoryUsage().heapUsed;
    if (used >= previous * 0.999) break;
    previous = used;
  }
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
}
