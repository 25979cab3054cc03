/**
 * `npm run sandbox:reset`: starts the Graph sandbox from a fresh copy of its tenant file next time by
 * deleting what it persisted in SANDBOX_STATE_DIR (default .sandbox-state/): every
 * `state-<hash>.json` (grants, edits, deletions) and leftover `.<random>.tmp` files of interrupted
 * writes (docs/sandbox.md, "State"). The token signing key stays, so signed-in sessions still work.
 * Stop `npm start` first: a running sandbox keeps its state in memory (or use POST /_sandbox/reset).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The files the sandbox persists its tenant's changes in: state-<hash>.json and temporary writes. */
const PERSISTED_CHANGES = /^(state-[A-Za-z0-9]+\.json|\.[0-9a-f]+\.tmp)$/;

/** Deletes the sandbox's persisted changes in stateDir and returns the names deleted (none when it does not exist). */
export function resetSandboxState(stateDir: string): string[] {
  if (!existsSync(stateDir)) return [];
  const deleted = readdirSync(stateDir).filter((name) => PERSISTED_CHANGES.test(name));
  for (const name of deleted) rmSync(join(stateDir, name), { force: true });
  return deleted;
}

if (require.main === module) {
  const repoRoot = resolve(__dirname, '..');
  const stateDir = resolve(repoRoot, process.env.SANDBOX_STATE_DIR || '.sandbox-state');
  const deleted = resetSandboxState(stateDir);
  const where = relative(process.cwd(), stateDir) || '.';
  console.log(
    deleted.length === 0
      ? `The sandbox has no saved changes in ${where}: it already starts from its tenant file.`
      : `Deleted ${deleted.length} saved sandbox state file(s) from ${where}: the next start loads the tenant file afresh.`,
  );
}
