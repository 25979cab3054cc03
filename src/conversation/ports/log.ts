import type { GraphFailure } from '../../graph/port';

/** The one logger type of Sharebot; it never receives tokens or message text beyond what is needed to debug. */
export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  detail?: Record<string, unknown>,
) => void;

/**
 * What a log line says about a failed Graph call: its kind, HTTP status, Graph's error code and
 * Graph's `request-id`, which Microsoft support asks for (never Graph's message, which may repeat
 * a name or a query).
 */
export function graphFailureFields(failure: GraphFailure): Record<string, unknown> {
  return {
    failure: failure.kind,
    graphStatus: failure.status,
    graphCode: failure.innerCode ?? (failure.code || undefined),
    graphRequestId: failure.requestId,
  };
}
