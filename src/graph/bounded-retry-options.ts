import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './parse-retry-after';

/** How hard Sharebot retries a throttled or unavailable Graph call. */
export interface RetryLimits {
  /** Retries after the first attempt (the SDK allows at most 10). */
  maxRetries: number;
  /** Longest single wait in seconds; a longer Retry-After ends the retries instead (at most 180). */
  maxDelaySeconds: number;
}

/** Statuses retried for reads and other calls Graph may safely receive twice (graph-contract §5.2). */
export const IDEMPOTENT_RETRY_STATUSES: readonly number[] = [429, 503, 504];

/**
 * Statuses that prove Graph did not process the request, so even a non-idempotent call such as
 * invite may be sent again. A 504 or a timeout says nothing about whether the invite happened:
 * re-posting could grant twice or send a second email (graph-contract §5.2), so those are not here.
 */
export const NOT_PROCESSED_RETRY_STATUSES: readonly number[] = [429, 503];

/** Clamps limits into what the SDK's RetryHandlerOptions accepts. */
export function clampRetryLimits(limits: RetryLimits): RetryLimits {
  const finite = (value: number, max: number) =>
    Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : 0;
  return {
    maxRetries: Math.floor(finite(limits.maxRetries, 10)),
    maxDelaySeconds: finite(limits.maxDelaySeconds, 180),
  };
}

/**
 * RetryHandler options bounded by Sharebot's limits. The SDK caps waits at its own 180 s via
 * `getMaxDelay()`; this caps them at `maxDelaySeconds`, and gives up when Graph asks for a longer
 * wait so the user hears "try again in N s" instead of a silent hang. With no Retry-After the SDK
 * backs off exponentially from a 1 s base with up to 1 s of jitter.
 */
export class BoundedRetryOptions extends RetryHandlerOptions {
  readonly limits: RetryLimits;

  constructor(limits: RetryLimits, retryStatuses: readonly number[]) {
    const bounded = clampRetryLimits(limits);
    super(
      Math.min(1, bounded.maxDelaySeconds),
      bounded.maxRetries,
      (_delay, _attempt, _request, _options, response) =>
        shouldRetry(response, retryStatuses, bounded.maxDelaySeconds),
    );
    this.limits = bounded;
  }

  override getMaxDelay(): number {
    return this.limits.maxDelaySeconds;
  }
}

function shouldRetry(response: Response, statuses: readonly number[], maxDelaySeconds: number): boolean {
  if (!statuses.includes(response.status)) return false;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  return retryAfter === undefined || retryAfter <= maxDelaySeconds;
}
