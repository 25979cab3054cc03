import {
  type Activity,
  type CloudAdapter,
  MemoryStorage,
  type Storage,
  TeamsSSOTokenExchangeMiddleware,
} from 'botbuilder';
import type { AuthLog } from '../../../src/auth/auth-log';
import type { TokenOutcome } from '../../../src/auth/token-source';
import type { UserTokenCacheOptions } from '../../../src/auth/user-token-cache';
import { Sharebot } from '../../../src/bot/sharebot';
import { TeamsSignIn } from '../../../src/bot/sso/teams-sign-in';
import { TeamsSsoTokenSource } from '../../../src/bot/sso/teams-sso-token-source';
import { tokenForTurn } from '../../../src/bot/turn-tokens';
import type { AccessRequestRecord } from '../../../src/conversation/access/access-request';
import type { RoleChangeRecord } from '../../../src/conversation/access/role-change-request';
import { BackgroundWork } from '../../../src/conversation/background-work';
import {
  type ConversationContext,
  emptyContext,
} from '../../../src/conversation/context/conversation-context';
import { emptyHistory, type ShareHistory } from '../../../src/conversation/history/share-history';
import type { LinkRequestRecord } from '../../../src/conversation/links/link-request';
import type { ShareRequestRecord } from '../../../src/conversation/share-request';
import { ContextStore } from '../../../src/state/context-store';
import { DueEndIndex } from '../../../src/state/due-end-index';
import { InFlightIndex } from '../../../src/state/in-flight-index';
import { RequestStore } from '../../../src/state/request-store';
import type { FakeUserTokenClient } from './fake-user-token-client';
import { SsoTestAdapter } from './sso-test-adapter';

/** The OAuth connection name the tests configure. */
export const connectionName = 'graph';

/** The bot's tenant in these tests. */
export const tenantId = '6e2f1c8a-3b9d-4a51-9f0e-2c7d5b8a4e11';

/** A Teams user of the tenant. */
export const ana = {
  id: '29:ana-teams-id',
  name: 'Ana Lopez',
  aadObjectId: '3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
};

/** Where a test turn happens. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** Everything a sign-in test drives: the real Sharebot behind the exchange middleware on a TestAdapter. */
export interface SsoBot {
  adapter: SsoTestAdapter;
  source: TeamsSsoTokenSource;
  storage: Storage;
  /** What was logged, as JSON lines, to check that no token leaks. */
  logged: string[];
  /** Runs an activity through the middleware and Sharebot. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Runs a turn from `from` that only asks the token source for a token. */
  getToken(options?: TurnOptions): Promise<{ outcome: TokenOutcome; sent: Partial<Activity>[] }>;
}

/** Who speaks and where. */
export interface TurnOptions {
  from?: { id: string; name: string; aadObjectId?: string };
  conversationType?: ConversationType;
  conversationTenant?: string;
}

/** A Teams activity from `from` in a conversation of the given type and tenant. */
export function teamsActivity(activity: Partial<Activity>, options: TurnOptions = {}): Partial<Activity> {
  const type = options.conversationType ?? 'personal';
  const tenant = options.conversationTenant ?? tenantId;
  return {
    channelId: 'msteams',
    from: options.from ?? ana,
    conversation: {
      id: `a:${type}-conversation`,
      conversationType: type,
      tenantId: tenant,
      isGroup: type !== 'personal',
      name: '',
    },
    channelData: { tenant: { id: tenant } },
    ...activity,
  };
}

/**
 * Builds the graph-mode sign-in pieces exactly as start-sharebot.ts wires them, on a TestAdapter:
 * TeamsSSOTokenExchangeMiddleware with the bot's storage, TeamsSsoTokenSource and TeamsSignIn in Sharebot.
 * With `client` the token service is that fake UserTokenClient; without, TestAdapter's own token store.
 */
export function startSsoBot(
  options: { client?: FakeUserTokenClient; singleTenant?: boolean; cache?: UserTokenCacheOptions } = {},
): SsoBot {
  const adapter = new SsoTestAdapter(options.client);
  const storage = new MemoryStorage();
  const logged: string[] = [];
  const log: AuthLog = (level, message, detail) => {
    logged.push(JSON.stringify({ level, message, detail }));
  };
  adapter.use(new TeamsSSOTokenExchangeMiddleware(storage, connectionName));
  const source = new TeamsSsoTokenSource({
    connectionName,
    tenantId: options.singleTenant === false ? undefined : tenantId,
    log,
    cache: options.cache,
  });
  const bot = new Sharebot(
    {
      adapter: adapter as unknown as CloudAdapter,
      appId: '',
      tokens: source,
      graph: () => {
        throw new Error('these tests never reach Graph');
      },
    },
    {
      requests: new RequestStore<ShareRequestRecord>(storage, 'sharebot/request/'),
      linkRequests: new RequestStore<LinkRequestRecord>(storage, 'sharebot/link/'),
      accessRequests: new RequestStore<AccessRequestRecord>(storage, 'sharebot/access/'),
      roleChanges: new RequestStore<RoleChangeRecord>(storage, 'sharebot/role-change/'),
      contexts: new ContextStore<ConversationContext>(
        storage,
        'sharebot/context/',
        30 * 60_000,
        emptyContext,
      ),
      history: new ContextStore<ShareHistory>(storage, 'sharebot/history/', 86_400_000, emptyHistory),
      inFlight: new InFlightIndex(storage, 'sharebot/in-flight/'),
      dueEnds: new DueEndIndex(storage, 'sharebot/due-ends/'),
      shareLeaseMs: 120_000,
      now: () => new Date(),
      requestTtlMs: 15 * 60_000,
      invokeBudgetMs: 4000,
      background: new BackgroundWork((error) => logged.push(String(error))),
      log,
    },
    new TeamsSignIn({ connectionName, log, forgetToken: (context) => source.forget(context) }),
  );
  return {
    adapter,
    source,
    storage,
    logged,
    async send(activity) {
      await adapter.processActivity(activity, (context) => bot.run(context));
      return adapter.takeSent();
    },
    async getToken(turn = {}) {
      let outcome: TokenOutcome | undefined;
      await adapter.processActivity(
        teamsActivity({ type: 'message', text: 'share it' }, turn),
        async (context) => {
          outcome = await tokenForTurn(source, context);
        },
      );
      if (!outcome) throw new Error('the turn did not run');
      return { outcome, sent: adapter.takeSent() };
    },
  };
}

/** The OAuthCards among sent activities. */
export function oauthCards(sent: Partial<Activity>[]): Array<{
  connectionName: string;
  text?: string;
  buttons: Array<{ type: string; title: string; value?: string }>;
  tokenExchangeResource?: { id: string; uri: string };
}> {
  return sent.flatMap((activity) =>
    (activity.attachments ?? [])
      .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.oauth')
      .map((attachment) => attachment.content),
  );
}

/** The invoke responses among sent activities; an absent body is left out. */
export function invokeResponses(sent: Partial<Activity>[]): Array<{ status: number; body?: unknown }> {
  return sent
    .filter((activity) => activity.type === 'invokeResponse')
    .map(({ value }) => (value.body === undefined ? { status: value.status } : value));
}

/** The texts of sent messages. */
export function texts(sent: Partial<Activity>[]): string[] {
  return sent.filter((activity) => activity.type === 'message' && activity.text).map((a) => a.text as string);
}
