import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIcon } from './check-icons';
import { fillPlaceholders } from './fill-placeholders';
import { listEnvironments } from './list-environments';
import { PackageError } from './package-error';
import { readEnvironment } from './read-env-files';
import { validateManifest } from './validate-manifest';
import { writeZip } from './write-zip';

/** Where the app package comes from and goes to. */
export interface AppPackageOptions {
  /** The environment name: reads env/.env.<env> (+ .user). */
  env: string;
  /** The folder with manifest.json and its icons. */
  manifestDir: string;
  /** The folder with the .env.<name> files. */
  envDir: string;
  /** Where appPackage.<env>.zip is written. */
  outDir: string;
  /** Variables that win over the env files (the process's environment in the CLI). */
  processEnv: NodeJS.ProcessEnv;
}

/**
 * Builds the Teams app package as the Agents Toolkit's teamsApp/zipAppPackage does
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
 * fills the manifest's placeholders, validates it, checks the icons and zips the three files at the
 * archive's root. Returns the zip's path; throws a PackageError (one line) before writing anything.
 */
export async function buildAppPackage(options: AppPackageOptions): Promise<string> {
  const values = readEnvironment(
    options.envDir,
    options.env,
    options.processEnv,
    listEnvironments(options.envDir),
  );
  const template = readFileSync(join(options.manifestDir, 'manifest.json'), 'utf8');
  const text = fillPlaceholders(template, values, `manifest.json (env ${options.env})`);
  const manifest = await validateManifest(text);
  const entries: Record<string, Buffer> = { 'manifest.json': Buffer.from(text) };
  for (const kind of ['color', 'outline'] as const) {
    const file = manifest.icons[kind];
    if (!/^[^/\\]+\.png$/i.test(file)) {
      throw new PackageError(`The ${kind} icon "${file}" must be a .png file next to manifest.json.`);
    }
    const path = join(options.manifestDir, file);
    if (!existsSync(path)) throw new PackageError(`The ${kind} icon ${file} is missing from manifest/.`);
    const bytes = readFileSync(path);
    checkIcon(kind, file, bytes);
    entries[file] = bytes;
  }
  const zipPath = join(options.outDir, `appPackage.${options.env}.zip`);
  await writeZip(zipPath, entries);
  return zipPath;
}
