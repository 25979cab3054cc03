import type { IncomingMessage } from 'node:http';

const maxBodyBytes = 4 * 1024 * 1024;

/** Reads a request body as text; rejects bodies over 4 MB. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; empty text is "no body". */
export function parseJsonBody(text: string): { body: unknown; invalidJson: boolean } {
  if (text.trim() === '') return { body: undefined, invalidJson: false };
  try {
    return { body: JSON.parse(text), invalidJson: false };
  } catch {
    return { body: undefined, invalidJson: true };
  }
}
