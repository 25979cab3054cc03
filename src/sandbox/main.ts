import { resolve } from 'node:path';
import { startSandbox } from './index';

/** The repository root (this file lives in src/sandbox/). */
const repoRoot = resolve(__dirname, '..', '..');

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 5001;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SANDBOX_PORT must be a port number between 0 and 65535, not "${value}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const tenantFile = resolve(repoRoot, process.env.SANDBOX_TENANT_FILE || 'env/demo-tenant.json');
  const stateDir = resolve(repoRoot, process.env.SANDBOX_STATE_DIR || '.sandbox-state');
  const sandbox = await startSandbox({
    port: portFromEnv(process.env.SANDBOX_PORT),
    host: process.env.SANDBOX_HOST || '127.0.0.1',
    tenantFile,
    stateDir,
    log: (line) => console.log(`[sandbox] ${line}`),
  });
  console.log(`Graph sandbox ready: ${sandbox.graphBaseUrl}`);
  console.log(`  tenant file: ${tenantFile}`);
  console.log(`  state dir:   ${stateDir}`);
  console.log(
    `  get a token: curl -s -X POST ${sandbox.url}/_sandbox/token -H 'Content-Type: application/json' -d '{"user":"<id or UPN>"}'`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[sandbox] ${signal}: stopping`);
    sandbox.close().then(
      () => process.exit(0),
      (err: Error) => {
        console.error(`[sandbox] stop failed: ${err.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`Graph sandbox failed to start: ${err.message}`);
  process.exit(1);
});
