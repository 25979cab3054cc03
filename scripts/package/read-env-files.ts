import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageError } from './package-error';

/** KEY=VALUE lines of an env file as `node --env-file` reads them: comments, blanks and `export` skipped, quotes removed. */
export function parseEnvText(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const quoted = /^(['"`])(.*)\1$/.exec(match[2]);
    values[match[1]] = quoted ? quoted[2] : match[2].replace(/\s+#.*$/, '');
  }
  return values;
}

/**
 * The variables of one environment, as the Agents Toolkit layers them: `env/.env.<name>`, then the
 * gitignored `env/.env.<name>.user` (secrets), then the process's own environment, which wins.
 * An environment without its `env/.env.<name>` file is refused, naming the ones that exist.
 */
export function readEnvironment(
  envDir: string,
  name: string,
  processEnv: NodeJS.ProcessEnv,
  known: string[],
): Record<string, string> {
  const base = join(envDir, `.env.${name}`);
  if (!/^[A-Za-z0-9_-]+$/.test(name) || !existsSync(base)) {
    throw new PackageError(
      `Unknown environment "${name}": there is no env/.env.${name} (known: ${known.join(', ') || 'none'}).`,
    );
  }
  const user = `${base}.user`;
  const fromFiles = {
    ...parseEnvText(readFileSync(base, 'utf8')),
    ...(existsSync(user) ? parseEnvText(readFileSync(user, 'utf8')) : {}),
  };
  const fromProcess = Object.fromEntries(
    Object.entries(processEnv).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { ...fromFiles, ...fromProcess };
}
