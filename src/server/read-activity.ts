import type { IncomingMessage } from 'node:http';
import type { HttpProblem } from './http-problem';

/**
 * The largest request body `POST /api/messages` reads: 256 KiB. A Teams message is at most about
 * 28 KB (https://learn.microsoft.com/microsoftteams/limits-specifications-teams) and a card click
 * carries a few input values, so this leaves ample room while keeping a hostile upload from
 * filling memory or holding the event loop.
 */
export const maxActivityBytes = 256 * 1024;

/** The body as parsed JSON, or the problem to answer with; `close` asks to drop the connection. */
export type ReadOutcome = { ok: true; body: unknown } | { ok: false; problem: HttpProblem; close: boolean };

/** JSON's media type; parameters such as `charset=utf-8` (sent by Teams) may follow it. */
function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads an activity from the request: 415 unless it is JSON, 413 as soon as it is over
 * `maxBytes` (from Content-Length before reading anything, or while counting a chunked body;
 * reading stops there), 400 when it is not valid JSON. Lone UTF-16 surrogates in strings (JSON
 * escapes such as "\ud83c" that no real client sends) become U+FFFD, so no later step meets text
 * that cannot be URL-encoded or written as UTF-8.
 */
export async function readActivity(req: IncomingMessage, maxBytes = maxActivityBytes): Promise<ReadOutcome> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return refuse(415, 'unsupportedMediaType', 'Send the activity as application/json.', true);
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  const body = await readLimited(req, maxBytes);
  if (!body) return tooLarge(maxBytes);
  try {
    const text = body.toString('utf8');
    // Only a \uD800-\uDFFF escape can make a lone surrogate (invalid UTF-8 bytes decode to U+FFFD),
    // so the slower parse with a reviver runs only when the text has one.
    return {
      ok: true,
      body: surrogateEscape.test(text) ? JSON.parse(text, wellFormedStrings) : JSON.parse(text),
    };
  } catch {
    return refuse(400, 'invalidJson', 'The body is not valid JSON.', false);
  }
}

/** The whole body, or undefined once more than `maxBytes` arrived (nothing more is read then). */
function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | undefined) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        finish(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = (error: Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      reject(error);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
  });
}

const surrogateEscape = /\\u[dD][89a-fA-F]/;

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** JSON.parse reviver: strings with lone surrogates get U+FFFD in their place. */
function wellFormedStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? value.replace(loneSurrogate, '\uFFFD') : value;
}

function tooLarge(maxBytes: number): ReadOutcome {
  return refuse(413, 'payloadTooLarge', `The body is larger than ${maxBytes} bytes.`, true);
}

function refuse(status: number, code: string, message: string, close: boolean): ReadOutcome {
  return { ok: false, problem: { status, code, message }, close };
}
