import { createInterface } from 'node:readline';
import { SqliteStorage } from '../../../src/state/sqlite-storage';

/**
 * A second process on a SqliteStorage file, run by sqlite-storage.test.ts:
 *   tsx sqlite-worker.ts <file> increment <n>  waits for a line on stdin, tries n compare-and-set
 *                                              increments of `counter`, prints {"won":…,"lost":…}
 *   tsx sqlite-worker.ts <file> ack <n>        writes ack/0 … ack/<n-1>, printing "ack <i>" after each
 */
async function main(): Promise<void> {
  const [file, job, countText] = process.argv.slice(2);
  const count = Number(countText);
  const storage = new SqliteStorage(file);
  if (job === 'increment') {
    process.stdout.write('ready\n');
    await lineFromStdin();
    let won = 0;
    let lost = 0;
    for (let attempt = 0; attempt < count; attempt++) {
      const current = (await storage.read(['counter'])).counter;
      if (typeof current?.value !== 'number') throw new Error('the test seeds the counter first');
      // A pause between read and write gives the other process time to write in between.
      await new Promise((resolve) => setTimeout(resolve, 1));
      try {
        await storage.write({ counter: { value: current.value + 1, eTag: current.eTag } });
        won++;
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 412) throw error;
        lost++;
      }
    }
    process.stdout.write(`${JSON.stringify({ won, lost })}\n`);
  } else if (job === 'ack') {
    for (let i = 0; i < count; i++) {
      await storage.write({ [`ack/${i}`]: { i } });
      process.stdout.write(`ack ${i}\n`);
    }
  } else {
    throw new Error(`unknown job ${job}`);
  }
  storage.close();
}

function lineFromStdin(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  return new Promise((resolve) =>
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
