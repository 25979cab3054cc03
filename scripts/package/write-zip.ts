import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Writes the entries (name at the archive's root -> bytes) as a zip file, creating its folder. */
export async function writeZip(path: string, entries: Record<string, Buffer>): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const zip = new ZipFile();
  // A fixed date keeps the archive identical for identical inputs.
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [name, bytes] of Object.entries(entries)) zip.addBuffer(bytes, name, { mtime });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
}
