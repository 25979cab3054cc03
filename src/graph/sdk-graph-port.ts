import type { User } from '@microsoft/microsoft-graph-types';
import type { ItemAddress } from '../domain/item';
import type { PersonInfo } from '../domain/person';
import { type BatchResult, runBatched } from './batch-runner';
import type { RetryLimits } from './bounded-retry-options';
import type { GraphHttp } from './graph-http';
import { isRecord } from './graph-json';
import { buildInviteBody } from './invite-body';
import { itemAddressPath } from './item-address-path';
import { type LookupPlan, planLookup } from './lookup-plan';
import { toGraphFailure } from './map-graph-error';
import { toInviteResult } from './map-invite-result';
import { fromUser } from './map-person';
import { queryString } from './odata-literals';
import type { GraphPort, Lookup, LookupOutcome, LookupOutcomes } from './port';
import { USER_SELECT } from './select-fields';
import { GraphRequestError, type InviteRequest, type InviteResult } from './types';
import { UnexpectedGraphResponse } from './unexpected-response';

type AnyOutcome = LookupOutcome<Lookup['kind']>;

/** GraphPort over the Microsoft Graph SDK client, acting as one signed-in user. */
export class SdkGraphPort implements GraphPort {
  constructor(
    private readonly http: GraphHttp,
    private readonly limits: RetryLimits,
  ) {}

  /** One GET for a single query; otherwise one `$batch` round trip (more only when re-batching throttled parts). */
  async lookup<const Q extends readonly Lookup[]>(queries: Q): Promise<LookupOutcomes<Q>> {
    const plans = queries.map(planLookup);
    const results = plans.length === 1 ? [await this.getOne(plans[0])] : await this.getBatched(plans);
    return plans.map((plan, index) => toOutcome(plan, results[index])) as unknown as LookupOutcomes<Q>;
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
   * (graph-contract §5.2). Other failures are thrown for the flow to check permissions first.
   */
  async invite(request: InviteRequest): Promise<InviteResult> {
    const body = buildInviteBody(request);
    const url = `${itemAddressPath(request.item)}/invite`;
    const answer = await this.http.send({ method: 'POST', url, body, retry: 'notProcessedOnly' });
    try {
      return toInviteResult(answer.status, answer.body);
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
    const url = `${itemAddressPath(item)}/permissions/${encodeURIComponent(permissionId)}`;
    await this.http.send({ method: 'DELETE', url, retry: 'notProcessedOnly' });
  }

  private async getOne(plan: LookupPlan): Promise<BatchResult> {
    try {
      const answer = await this.http.send({
        method: 'GET',
        url: plan.url,
        headers: plan.headers,
        retry: 'idempotent',
      });
      return { ok: true, status: answer.status, body: answer.body };
    } catch (error) {
      return { ok: false, failure: toGraphFailure(error) };
    }
  }

  private getBatched(plans: LookupPlan[]): Promise<BatchResult[]> {
    return runBatched(
      this.http,
      plans.map((plan) => ({ url: plan.url, headers: plan.headers })),
      this.limits,
    );
  }
}

function toOutcome(plan: LookupPlan, result: BatchResult): AnyOutcome {
  if (!result.ok) {
    if (result.failure.status === 404 && plan.nullWhenMissing) return { ok: true, value: null };
    return { ok: false, error: result.failure };
  }
  try {
    return { ok: true, value: plan.read(result.body) } as AnyOutcome;
  } catch (error) {
    if (!(error instanceof UnexpectedGraphResponse)) throw error;
    return { ok: false, error: unexpected(error.message, result.status).failure };
  }
}

function unexpected(message: string, status: number): GraphRequestError {
  return new GraphRequestError({ kind: 'unknown', status, code: 'unexpectedResponse', message });
}
