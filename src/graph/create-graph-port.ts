import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import {
  BoundedRetryOptions,
  IDEMPOTENT_RETRY_STATUSES,
  NOT_PROCESSED_RETRY_STATUSES,
  type RetryLimits,
} from './bounded-retry-options';
import { GraphFetchHandler } from './graph-fetch-handler';
import { GraphHttp } from './graph-http';
import type { GraphPortFactory } from './port';
import { SdkGraphPort } from './sdk-graph-port';
import { TokenUnavailableError } from './token-unavailable-error';

/** How the production Graph client is built. */
export interface GraphPortFactoryOptions {
  /** Send requests here instead of https://graph.microsoft.com (e.g. the sandbox at http://127.0.0.1:5001). */
  graphOrigin?: string;
  /** Retry bounds for throttled/unavailable calls and re-batched sub-requests. */
  retry?: RetryLimits;
  /** Identifies Sharebot's traffic to Graph and SharePoint (graph-contract §5.2). */
  userAgent?: string;
  /** Abort a request after this many seconds without an answer. */
  timeoutSeconds?: number;
  fetchImpl?: typeof fetch;
}

/** Default retry bounds: a chat user should not wait on a long throttle; they are told to retry. */
export const DEFAULT_RETRY_LIMITS: RetryLimits = { maxRetries: 3, maxDelaySeconds: 10 };

/** SharePoint asks apps to decorate traffic as `NONISV|Company|App/version` (graph-contract §5.2). */
export const DEFAULT_USER_AGENT = 'NONISV|Sharebot|Sharebot/0.1';

const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * Builds GraphPorts on the official SDK with the chain Authentication -> Retry -> Telemetry ->
 * fetch. The same chain serves production and the sandbox; only the last handler's origin differs.
 */
export function createGraphPortFactory(options: GraphPortFactoryOptions = {}): GraphPortFactory {
  const limits = options.retry ?? DEFAULT_RETRY_LIMITS;
  const retryOptions = {
    idempotent: new BoundedRetryOptions(limits, IDEMPOTENT_RETRY_STATUSES),
    notProcessedOnly: new BoundedRetryOptions(limits, NOT_PROCESSED_RETRY_STATUSES),
  };
  const fetchHandler = new GraphFetchHandler({
    graphOrigin: options.graphOrigin,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    fetchImpl: options.fetchImpl ?? globalThis.fetch,
  });
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  return (getAccessToken) => {
    const authProvider = {
      getAccessToken: async () => {
        try {
          return await getAccessToken();
        } catch (error) {
          throw new TokenUnavailableError(error);
        }
      },
    };
    const client = Client.initWithMiddleware({
      middleware: [
        new AuthenticationHandler(authProvider),
        new RetryHandler(retryOptions.idempotent),
        new TelemetryHandler(),
        fetchHandler,
      ],
    });
    return new SdkGraphPort(new GraphHttp(client, retryOptions, userAgent), retryOptions.idempotent.limits);
  };
}
