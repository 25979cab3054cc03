import { readFileSync } from 'node:fs';
import { DEFAULT_PLAYGROUND_CONFIG } from './launch-playground';

/**
 * The Entra object id of the Agents Playground's current user (`currentUser.aadObjectId` in its
 * configuration), so the tab in a plain browser acts as the person who chats in the local Teams
 * client. Undefined when the file or the key is missing. The file is the Playground's own YAML; only
 * this one indented key is read, line by line.
 */
export function playgroundCurrentUser(configPath: string = DEFAULT_PLAYGROUND_CONFIG): string | undefined {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^currentUser:\s*$/.test(line));
  if (start < 0) return undefined;
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line)) break;
    const match = /^\s+aadObjectId:\s*["']?([^"'\s]+)["']?\s*$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}
