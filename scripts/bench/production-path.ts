import { TeamsSsoTokenSource } from '../../src/bot/sso/teams-sso-token-source';
import { BotHarness } from '../../test/support/bot-harness';
import type { ConnectorCall } from '../../test/support/fake-teams-channel';
import { FakeTokenService, type TokenServiceCall } from '../../test/support/fake-token-service';
import type { LoggedRequest } from '../../test/support/sandbox-admin-client';
import type { RemoteCall } from './remote-call';

/** The OAuth connection name the benchmark's bot asks the token service for. */
const connectionName = 'graph';

/**
 * The bot as it runs in production, on loopback: the real CloudAdapter and the Teams SSO token
 * source (the one graph mode uses), whose UserTokenClient is botframework-connector's own, calling
 * a fake Bot Framework token service over HTTP; the harness's fake Teams connector; Graph served by
 * the sandbox. Every party can be given latency and logs its calls.
 */
export class ProductionPath {
  private connectorLog: ConnectorCall[] = [];

  private constructor(
    readonly harness: BotHarness,
    readonly tokenService: FakeTokenService,
  ) {
    harness.channel.callLog = this.connectorLog;
  }

  /** Starts the token service, then the bot pointed at it, on a fresh demo-tenant sandbox. */
  static async start(): Promise<ProductionPath> {
    const tokenService = new FakeTokenService();
    await tokenService.start();
    try {
      const harness = await BotHarness.start({
        overrides: {
          tokens: new TeamsSsoTokenSource({ connectionName }),
          tokenServiceUrl: tokenService.url,
        },
      });
      return new ProductionPath(harness, tokenService);
    } catch (error) {
      await tokenService.stop();
      throw error;
    }
  }

  /** Adds `ms` to every call to every party: Graph (the sandbox latency rule), token service, connector. */
  async setLatency(ms: number): Promise<void> {
    await this.harness.sandbox.setLatency(ms);
    this.tokenService.latencyMs = ms;
    this.harness.channel.latencyMs = ms;
  }

  /** Empties the request logs of all three parties. */
  async clearLogs(): Promise<void> {
    await this.harness.sandbox.clearRequests();
    this.tokenService.calls.length = 0;
    this.connectorLog.length = 0;
  }

  /** Every round trip since the logs were cleared, of all three parties. */
  async calls(): Promise<RemoteCall[]> {
    const graph = (await this.harness.sandbox.requests()).filter((r) => r.batchId === undefined);
    return [
      ...this.tokenService.calls.map(tokenServiceCall),
      ...this.connectorLog.map(connectorCall),
      ...graph.map(graphCall),
    ];
  }

  /** Stops the bot, its sandbox and the token service. */
  async close(): Promise<void> {
    await this.harness.close();
    await this.tokenService.stop();
  }
}

function tokenServiceCall(call: TokenServiceCall): RemoteCall {
  return {
    party: 'token service',
    what: `${call.method} ${call.path}`,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    latencyWaits: 1,
  };
}

function connectorCall(call: ConnectorCall): RemoteCall {
  return {
    party: 'connector',
    what: call.activityType ?? `${call.method} ${call.path}`,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    latencyWaits: 1,
  };
}

function graphCall(request: LoggedRequest): RemoteCall {
  const path = request.path.split('?')[0];
  return {
    party: 'Graph',
    what: `${request.method} ${path}`,
    startedAt: Date.parse(request.startedAt),
    endedAt: Date.parse(request.endedAt),
    // The sandbox's latency rule delays a $batch envelope and then its entries (docs/sandbox.md).
    latencyWaits: path === '/v1.0/$batch' ? 2 : 1,
  };
}
