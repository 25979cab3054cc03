import { PackageError } from './package-error';

/** The command line of `npm run package`: `--env <name>` or `--env=<name>`, dev by default. */
export function readPackageArgs(args: string[]): { env: string } {
  let env = 'dev';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--env' && args[i + 1] !== undefined) env = args[++i];
    else if (arg.startsWith('--env=')) env = arg.slice('--env='.length);
    else throw new PackageError(`Unknown argument "${arg}". Usage: npm run package -- --env <name>`);
  }
  return { env };
}
