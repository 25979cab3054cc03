import { readdirSync } from 'node:fs';

/** The environment names that have an `env/.env.<name>` file (not the `.user` companions), sorted. */
export function listEnvironments(envDir: string): string[] {
  return readdirSync(envDir)
    .map((file) => /^\.env\.([A-Za-z0-9_-]+)$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}
