import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Runs `script` again in a child Node with `--expose-gc` and the tsx loader, so `npm run bench`
 * (plain `tsx`) gets a callable `gc()`. Resolves with the child's exit code.
 */
export async function rerunWithGc(script: string, args: string[]): Promise<number> {
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  // --no-deprecation hides restify's DEP0111 (process.binding) warning, which only clutters the output.
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--no-deprecation', '--import', tsx, script, ...args],
    { stdio: 'inherit' },
  );
  return await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
