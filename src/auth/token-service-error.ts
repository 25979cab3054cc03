/** Longest run of token-like characters kept in a log line; longer runs may be secrets. */
const maxPlainRun = 32;

/**
 * A log-safe summary of a token service failure: error name, HTTP status when there is one, and
 * the message with anything that could be a token (JWTs, long base64 runs, the given secrets)
 * replaced by `[redacted]`.
 */
export function describeTokenServiceError(error: unknown, secrets: string[] = []): string {
  const name = error instanceof Error ? error.name : 'Error';
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  let message = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) if (secret) message = message.split(secret).join('[redacted]');
  message = message
    .replace(/eyJ[\w-]*\.[\w-]*\.?[\w-]*/g, '[redacted]')
    .replace(new RegExp(`[\\w+/=-]{${maxPlainRun + 1},}`, 'g'), '[redacted]');
  const statusPart = typeof status === 'number' ? ` ${status}` : '';
  return `token service failed: ${name}${statusPart}: ${message}`.slice(0, 300);
}
