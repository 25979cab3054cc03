import { PackageError } from './package-error';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Replaces every `${{NAME}}` in the text with its value, the Agents Toolkit's placeholder syntax
 * (https://learn.microsoft.com/microsoftteams/platform/toolkit/teamsfx-multi-env). An empty value
 * counts as missing; all missing names are reported in one line.
 */
export function fillPlaceholders(text: string, values: Record<string, string>, source: string): string {
  const missing = [
    ...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((name) => !values[name])),
  ];
  if (missing.length > 0) {
    throw new PackageError(
      `${source} has no value for ${missing.join(', ')}: set them in the env file or the environment.`,
    );
  }
  // JSON-escaped, so a value with a quote or a backslash cannot break the manifest's JSON.
  return text.replace(PLACEHOLDER, (_placeholder, name: string) => JSON.stringify(values[name]).slice(1, -1));
}
