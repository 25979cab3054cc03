import { ConfigError, loadConfig, type SharebotConfig } from './config';
import { playgroundCurrentUser } from './playground/current-user';
import { startPlayground } from './playground/launch-playground';
import { assertPortFree, findFreePort, PortInUseError } from './playground/ports';
import { startSharebot } from './start-sharebot';

/** The sentence the ready line suggests typing first; it works on the demo tenant as is. */
const FIRST_SENTENCE = 'share report.xlsx with Ana Lopez as editor';

/** How long stopping may take before the process exits anyway (its exit handler kills the playground). */
const STOP_DEADLINE_MS = 15_000;

/** A start-up failure whose message is written for people; printed without a stack trace. */
class StartError extends Error {}

const running: (() => Promise<void>)[] = [];
let stopping = false;

/**
 * `npm start`: the Graph sandbox, Sharebot and the local Teams client (Agents Playground), then one
 * line saying where to go and what to type. PLAYGROUND=off leaves the playground out. Ctrl-C or
 * SIGTERM stops everything it started.
 */
async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
  const loaded = loadConfig();
  // Readable log lines on a terminal, JSON lines when the output goes to a file or a log collector.
  const format = loaded.log.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  // The tab in a plain browser acts as the person chatting in the local Teams client unless LOCAL_USER says otherwise.
  const localUser = loaded.localUser ?? playgroundCurrentUser();
  const config: SharebotConfig = { ...loaded, localUser, log: { ...loaded.log, format } };
  await assertPortsFree(config);
  const sharebot = await startSharebot(config);
  running.push(() => sharebot.close());
  const botEndpoint = `${sharebot.bot.url}/api/messages`;
  if (!config.playground.enabled) {
    console.log(
      `Sharebot is ready at ${botEndpoint} (Graph sandbox: ${sharebot.sandboxUrl ?? sharebot.graphOrigin ?? 'none'}; playground off). Ctrl-C stops it.`,
    );
    return;
  }
  const port = config.playground.port || (await findFreePort());
  const playground = await startPlayground({ botEndpoint, port }).catch((error: unknown) => {
    throw new StartError(error instanceof Error ? error.message : String(error));
  });
  running.push(() => playground.close());
  if (stopping) return;
  console.log(`Your shares, in the "Shared from chat" tab: ${sharebot.bot.url}/tab`);
  console.log(
    // The Agents Playground has no host option, so say where it can be reached from.
    `Sharebot is ready: open ${playground.url} in a browser and type: ${FIRST_SENTENCE}  (Ctrl-C stops it). The playground listens on every network interface, not only 127.0.0.1.`,
  );
}

/** Checks every port `npm start` will bind before starting anything, naming the variable of each busy one. */
async function assertPortsFree(config: SharebotConfig): Promise<void> {
  const checks: Promise<void>[] = [];
  if (config.port) checks.push(assertPortFree(config.port, 'PORT', config.host));
  if (config.sandbox.embedded && config.sandbox.port) {
    checks.push(assertPortFree(config.sandbox.port, 'SANDBOX_PORT', config.sandbox.host));
  }
  // The playground listens on every interface, so its port is checked on all of them.
  if (config.playground.enabled && config.playground.port) {
    checks.push(assertPortFree(config.playground.port, 'PLAYGROUND_PORT'));
  }
  const failures = (await Promise.allSettled(checks)).flatMap((check) =>
    check.status === 'rejected' ? [check.reason as unknown] : [],
  );
  if (failures.length === 0) return;
  const plain = failures.every(
    (failure) => failure instanceof PortInUseError || failure instanceof RangeError,
  );
  if (!plain) throw failures[0];
  throw new StartError(failures.map((failure) => (failure as Error).message).join('\n'));
}

/** Stops what was started, newest first, then exits; a second signal while stopping is ignored. */
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Sharebot…`);
  setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
  let failed = false;
  for (const close of running.reverse()) {
    await close().catch((error: unknown) => {
      failed = true;
      console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  process.exit(failed ? 1 : 0);
}

main().catch(async (error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartError) {
    console.error(`Sharebot did not start: ${error.message}`);
  } else {
    console.error('Sharebot did not start:', error);
  }
  stopping = true;
  for (const close of running.reverse()) await close().catch(() => undefined);
  process.exit(1);
});
