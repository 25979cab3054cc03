import type { ServerResponse } from 'node:http';

/**
 * A refused HTTP request: its status and a short, fixed explanation. The message is written by
 * Sharebot and never repeats what the client sent, so an error answer cannot echo a payload back.
 */
export interface HttpProblem {
  status: number;
  /** A stable camelCase code, e.g. "payloadTooLarge". */
  code: string;
  message: string;
}

/** The fixed problem for a status that Sharebot did not refuse itself (restify routing, the adapter). */
export function problemForStatus(status: number): HttpProblem {
  switch (status) {
    case 401:
      return { status, code: 'unauthorized', message: 'The request has no valid Bot Framework token.' };
    case 404:
      return {
        status,
        code: 'notFound',
        message: 'Sharebot serves POST /api/messages, GET /healthz and GET /readyz.',
      };
    case 405:
      return { status, code: 'methodNotAllowed', message: 'This path does not accept that method.' };
    case 501:
      return { status, code: 'notImplemented', message: 'Sharebot does not handle this kind of activity.' };
    default:
      return status >= 500
        ? { status, code: 'internal', message: 'Sharebot could not process this request.' }
        : { status, code: 'badRequest', message: 'The request was refused.' };
  }
}

/** The JSON body of every refusal: `{ error: { code, message } }`. */
export function errorBody(problem: HttpProblem): { error: { code: string; message: string } } {
  return { error: { code: problem.code, message: problem.message } };
}

/** How long a connection whose body was refused unread may still deliver bytes, which are dropped. */
const lingerMs = 1000;

/**
 * Sends the problem's error body as JSON, on the plain Node response so that it works the same
 * from a route and from the adapter. `close` is for a body left unread (too large, not JSON): the
 * answer says `Connection: close` and the connection is closed without resetting it
 * (`lingerThenClose`).
 */
export function sendProblem(
  res: ServerResponse,
  problem: HttpProblem,
  options: { close?: boolean } = {},
): void {
  const body = JSON.stringify(errorBody(problem));
  res.statusCode = problem.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  if (options.close) {
    res.setHeader('connection', 'close');
    lingerThenClose(res);
  }
  res.end(body);
}

/**
 * Node's HTTP server ends a `Connection: close` answer with `socket.destroySoon()`, which destroys
 * the socket once the answer is flushed. Destroying a socket that still receives data (the rest of
 * the refused body) makes the kernel reset the connection, and a reset can wipe the answer before
 * the client has read it. So for this socket the close becomes a lingering close (RFC 9112 §9.6):
 * our side is half-closed, what the client still sends is dropped unread (never buffered), and the
 * socket is destroyed when the client closes too, or after `lingerMs`.
 */
function lingerThenClose(res: ServerResponse): void {
  const socket = res.req.socket;
  socket.destroySoon = () => {
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.end();
    res.req.resume();
  };
}
