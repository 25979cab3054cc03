// The one entry: builds GraphPorts on the Microsoft Graph JS SDK.
import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { Permission, User } from '@microsoft/microsoft-graph-types';
import type { ItemAddress } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { Role } from '../domain/role';
import { TokenUnavailableError, toGraphFailure } from './graph-errors';
import {
  BoundedRetryOptions,
  GraphFetchHandler,
  GraphHttp,
  IDEMPOTENT_RETRY_STATUSES,
  NOT_PROCESSED_RETRY_STATUSES,
  type RetryLimits,
} from './graph-http';
import {
  fromUser,
  isRecord,
  toInviteResult,
  toPermissionInfo,
  UnexpectedGraphResponse,
} from './json-mappers';
import { type LookupRequest, toLookupRequest } from './lookup-requests';
import {
  type CreateLinkRequest,
  type GraphPort,
  type GraphPortFactory,
  GraphRequestError,
  type InviteRecipient,
  type InviteRequest,
  type InviteResult,
  type Lookup,
  type LookupOutcome,
  type LookupOutcomes,
} from './port';
import {
  buildCreateLinkBody,
  buildInviteBody,
  buildRevokeGrantsBody,
  buildUpdateRolesBody,
  itemAddressPath,
  permissionPath,
  queryString,
  USER_SELECT,
} from './requests';
import { type BatchAnswer, sendBatch } from './send-batch';

/** How the production Graph client is built. */
export interface GraphPortFactoryOptions {
  /** Send requests here instead of https://graph.microsoft.com (e.g. the sandbox at http://127.0.0.1:5001). */
  graphOrigin?: string;
  /** Retry bounds for throttled/unavailable calls and re-batched sub-requests. */
  retry?: RetryLimits;
  /** Identifies Sharebot's traffic to Graph and SharePoint (docs/graph-notes.md §5.2). */
  userAgent?: string;
  /** Abort a request after this many seconds without an answer. */
  timeoutSeconds?: number;
  fetchImpl?: typeof fetch;
}

/** Default retry bounds: a chat user should not wait on a long throttle; they are told to retry. */
const DEFAULT_RETRY_LIMITS: RetryLimits = { maxRetries: 3, maxDelaySeconds: 10 };

/** SharePoint asks apps to decorate traffic as `NONISV|Company|App/version` (docs/graph-notes.md §5.2). */
const DEFAULT_USER_AGENT = 'NONISV|Sharebot|Sharebot/0.1';

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

type AnyOutcome = LookupOutcome<Lookup['kind']>;

/** GraphPort over the Microsoft Graph SDK client, acting as one signed-in user. */
class SdkGraphPort implements GraphPort {
  constructor(
    private readonly http: GraphHttp,
    private readonly limits: RetryLimits,
  ) {}

  /** One GET for a single query; otherwise one `$batch` round trip (more only when re-batching throttled parts). */
  async lookup<const Q extends readonly Lookup[]>(queries: Q): Promise<LookupOutcomes<Q>> {
    const requests = queries.map(toLookupRequest);
    const results =
      requests.length === 1 ? [await this.getOne(requests[0])] : await this.getBatched(requests);
    return requests.map((lookupRequest, index) =>
      toOutcome(lookupRequest, results[index]),
    ) as unknown as LookupOutcomes<Q>;
  }

  async me(): Promise<PersonInfo> {
    const answer = await this.http.send({
      method: 'GET',
      url: `/me${queryString({ $select: USER_SELECT })}`,
      retry: 'idempotent',
    });
    if (!isRecord(answer.body)) throw unexpected('Graph returned no user for /me', answer.status);
    return fromUser(answer.body as User);
  }

  /**
   * Invite is not idempotent: after a 504, a timeout or a dropped connection Graph may already
   * have granted access and sent mail, so it only retries 429/503, which mean "not processed"
   * (docs/graph-notes.md §5.2). Other failures are thrown; `mayHaveActed` tells the flow when it
   * must read the item's access before saying anything.
   */
  async invite(request: InviteRequest): Promise<InviteResult> {
    const body = buildInviteBody(request);
    const url = `${itemAddressPath(request.item)}/invite`;
    const answer = await this.http.send({ method: 'POST', url, body, retry: 'notProcessedOnly' });
    try {
      const requestId = answer.headers.get('request-id') ?? undefined;
      return { ...toInviteResult(answer.status, answer.body), requestId };
    } catch (error) {
      if (error instanceof UnexpectedGraphResponse) throw unexpected(error.message, answer.status);
      throw error;
    }
  }

  /**
   * Retries only 429/503 too: a repeated DELETE after an unseen success answers 404, which would
   * report a failure for a permission that is in fact gone.
   */
  async deletePermission(item: ItemAddress, permissionId: string): Promise<void> {
    await this.http.send({
      method: 'DELETE',
      url: permissionPath(item, permissionId),
      retry: 'notProcessedOnly',
    });
  }

  /**
   * Setting roles is idempotent (the same body twice leaves the same roles), so transient answers
   * are retried; only `roles` is sent (https://learn.microsoft.com/graph/api/permission-update).
   */
  async updatePermissionRoles(
    item: ItemAddress,
    permissionId: string,
    roles: Role[],
  ): Promise<PermissionInfo> {
    const body = buildUpdateRolesBody(roles);
    const url = permissionPath(item, permissionId);
    const answer = await this.http.send({ method: 'PATCH', url, body, retry: 'idempotent' });
    if (!isRecord(answer.body))
      throw unexpected('Graph returned no permission for a role update', answer.status);
    try {
      return toPermissionInfo(answer.body as Permission);
    } catch (error) {
      if (error instanceof UnexpectedGraphResponse) throw unexpected(error.message, answer.status);
      throw error;
    }
  }

  /**
   * Retries only 429/503 like DELETE; taking someone off a link twice leaves the link as it is,
   * so the flow may resend it after a lost answer (docs/graph-notes.md §5.2).
   */
  async revokeGrants(
    item: ItemAddress,
    permissionId: string,
    grantees: InviteRecipient[],
  ): Promise<PermissionInfo> {
    const url = `${itemAddressPath(item)}/permissions/${encodeURIComponent(permissionId)}/revokeGrants`;
    const body = buildRevokeGrantsBody(grantees);
    const answer = await this.http.send({ method: 'POST', url, body, retry: 'notProcessedOnly' });
    if (!isRecord(answer.body))
      throw unexpected('Graph returned no permission for revokeGrants', answer.status);
    try {
      return toPermissionInfo(answer.body as Permission);
    } catch (error) {
      if (error instanceof UnexpectedGraphResponse) throw unexpected(error.message, answer.status);
      throw error;
    }
  }

  /**
   * createLink is sent once apart from 429/503 like invite: a lost answer may still have made the
   * link, so the flow reads the item's permissions before saying anything (docs/graph-notes.md §5.2,
   * https://learn.microsoft.com/graph/api/driveitem-createlink).
   */
  async createLink(request: CreateLinkRequest): Promise<PermissionInfo> {
    const url = `${itemAddressPath(request.item)}/createLink`;
    const body = buildCreateLinkBody(request);
    const answer = await this.http.send({ method: 'POST', url, body, retry: 'notProcessedOnly' });
    if (!isRecord(answer.body))
      throw unexpected('Graph returned no permission for createLink', answer.status);
    try {
      return toPermissionInfo(answer.body as Permission);
    } catch (error) {
      if (error instanceof UnexpectedGraphResponse) throw unexpected(error.message, answer.status);
      throw error;
    }
  }

  private async getOne(lookupRequest: LookupRequest): Promise<BatchAnswer> {
    try {
      const answer = await this.http.send({
        method: lookupRequest.method ?? 'GET',
        url: lookupRequest.url,
        headers: lookupRequest.headers,
        ...(lookupRequest.body ? { body: lookupRequest.body } : {}),
        retry: 'idempotent',
      });
      return { ok: true, status: answer.status, body: answer.body };
    } catch (error) {
      return { ok: false, failure: toGraphFailure(error) };
    }
  }

  private getBatched(requests: LookupRequest[]): Promise<BatchAnswer[]> {
    return sendBatch(this.http, requests, this.limits);
  }
}

function toOutcome(lookupRequest: LookupRequest, result: BatchAnswer): AnyOutcome {
  if (!result.ok) {
    if (result.failure.status === 404 && lookupRequest.nullWhenMissing) return { ok: true, value: null };
    return { ok: false, error: result.failure };
  }
  try {
    return { ok: true, value: lookupRequest.read(result.body) } as AnyOutcome;
  } catch (error) {
    if (!(error instanceof UnexpectedGraphResponse)) throw error;
    return { ok: false, error: unexpected(error.message, result.status).failure };
  }
}

function unexpected(message: string, status: number): GraphRequestError {
  return new GraphRequestError({ kind: 'unknown', status, code: 'unexpectedResponse', message });
}
