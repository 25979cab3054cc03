import { GraphFailure } from '../http/graph-error';

/**
 * The failure a fault rule injects: 429 activityLimitReached › throttledRequest, 503
 * serviceNotAvailable, 500 generalException, 504 gatewayTimeout; Retry-After only when the rule
 * sets one, fractional values kept as given (graph-contract §5.2, §8.7).
 */
export function injectedFailure(status: number, retryAfter: number | null | undefined): GraphFailure {
  const headers: Record<string, string> = {};
  if (retryAfter !== undefined && retryAfter !== null) headers['Retry-After'] = String(retryAfter);
  switch (status) {
    case 429:
      return new GraphFailure(
        429,
        'activityLimitReached',
        'The request has been throttled.',
        'throttledRequest',
        headers,
      );
    case 503:
      return new GraphFailure(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable. Retry after the suggested interval.',
        undefined,
        headers,
      );
    case 504:
      return new GraphFailure(
        504,
        'gatewayTimeout',
        'The operation timed out before the service answered.',
        undefined,
        headers,
      );
    default:
      return new GraphFailure(
        500,
        'generalException',
        'An unspecified error has occurred.',
        undefined,
        headers,
      );
  }
}
