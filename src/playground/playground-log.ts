import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the playground writes its log, relative to the directory it runs in. */
export function playgroundLogPath(workingDir: string): string {
  return join(workingDir, 'devTools', 'm365agentsplayground.log');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/** The log file's modification time, or null when there is none yet: taken before a start. */
export async function logVersion(workingDir: string): Promise<number | null> {
  try {
    return (await stat(playgroundLogPath(workingDir))).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The error lines of the playground's log, without their level prefix, when the log changed since
 * `before` (see logVersion); otherwise an empty list. The playground rewrites the file on each
 * start. Why: a bad config or a failed start is reported only in this file, never on stdout or
 * stderr (docs/teams-notes.md §T7).
 */
export async function readPlaygroundErrors(workingDir: string, before: number | null): Promise<string[]> {
  const path = playgroundLogPath(workingDir);
  try {
    const info = await stat(path);
    if (before !== null && info.mtimeMs === before) return [];
    const text = await readFile(path, 'utf8');
    return text
      .split('\n')
      .map((line) => line.replace(ANSI_ESCAPE, '').trimEnd())
      .filter((line) => line.startsWith('error '))
      .map((line) => line.slice('error '.length).trim())
      .filter((line) => line.length > 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
