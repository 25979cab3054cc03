/**
 * `npm run package [-- --env <name>]`: builds build/appPackage.<name>.zip (default: dev) from
 * manifest/ and env/.env.<name> (+ env/.env.<name>.user; the process's environment wins).
 * Prints the zip's path, or one line saying what is wrong and exits 1.
 */
import { relative, resolve } from 'node:path';
import { buildAppPackage } from './package/build-app-package';
import { PackageError } from './package/package-error';
import { readPackageArgs } from './package/read-package-args';

const root = resolve(__dirname, '..');

async function main(): Promise<void> {
  const { env } = readPackageArgs(process.argv.slice(2));
  const zipPath = await buildAppPackage({
    env,
    manifestDir: resolve(root, 'manifest'),
    envDir: resolve(root, 'env'),
    outDir: resolve(root, 'build'),
    processEnv: process.env,
  });
  console.log(`Teams app package written: ${relative(process.cwd(), zipPath)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageError ? error.message : error);
  process.exitCode = 1;
});
