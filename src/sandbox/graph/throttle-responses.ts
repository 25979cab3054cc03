import {
  gatewayTimeout,
  generalException,
  type SandboxGraphError,
  serviceNotAvailable,
  throttled,
} from '../http/graph-error';

/**
 * The failure a fault rule injects: 429 activityLimitReached › throttledRequest, 503
 * serviceNotAvailable, 500 generalException, 504 gatewayTimeout; Retry-After only when the rule
 * sets one, fractional values kept as given (docs/graph-notes.md §5.2, §8.7).
 */
export function injectedFailure(status: number, retryAfter: number | null | undefined): SandboxGraphError {
  const headers: Record<string, string> = {};
  if (retryAfter !== undefined && retryAfter !== null) headers['Retry-After'] = String(retryAfter);
  switch (status) {
    case 429:
      return throttled(headers);
    case 503:
      return serviceNotAvailable(headers);
    case 504:
      return gatewayTimeout(headers);
    default:
      return generalException(headers);
  }
}
