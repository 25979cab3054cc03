import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { PackageError } from './package-error';

/**
 * Parses the filled manifest and validates it against the Teams schema that `@microsoft/app-manifest`
 * bundles for its manifestVersion (offline), throwing one line with every schema error.
 */
export async function validateManifest(text: string): Promise<TeamsManifest> {
  let manifest: TeamsManifest;
  try {
    manifest = JSON.parse(text) as TeamsManifest;
  } catch (error) {
    throw new PackageError(`manifest.json is not valid JSON once filled in: ${(error as Error).message}`);
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (errors.length > 0) {
    throw new PackageError(`manifest.json does not match its schema: ${errors.join('; ')}`);
  }
  return manifest;
}
