import { MemoryStorage } from 'botbuilder';
import type { TokenRefusal } from '../../src/auth/token-source';
import type { AdaptiveCard } from '../../src/cards/adaptive-card';
import type { AccessRequestRecord } from '../../src/conversation/access/access-request';
import type { RoleChangeRecord } from '../../src/conversation/access/role-change-request';
import { BackgroundWork } from '../../src/conversation/background-work';
import { type ConversationContext, emptyContext } from '../../src/conversation/context/conversation-context';
import { emptyHistory, type ShareHistory } from '../../src/conversation/history/share-history';
import type { LinkRequestRecord } from '../../src/conversation/links/link-request';
import type { ChannelTeam, ChatMember, ChatTurn, GraphAccess } from '../../src/conversation/ports/chat-turn';
import type { FlowDeps } from '../../src/conversation/ports/flow-deps';
import type { PendingWait, Timers } from '../../src/conversation/ports/timers';
import type { ShareRequestRecord } from '../../src/conversation/share-request';
import type { GraphPort } from '../../src/graph/port';
import { ContextStore } from '../../src/state/context-store';
import { DueEndIndex } from '../../src/state/due-end-index';
import { InFlightIndex } from '../../src/state/in-flight-index';
import { RequestStore } from '../../src/state/request-store';

/** The person every fake turn comes from, unless a test says otherwise. */
export const requester = { aadObjectId: 'aad-alex', name: 'Alex Wilber' };

/** A ChatTurn that records what the flows send and hands them the Graph port a test gives it. */
export class FakeChatTurn implements ChatTurn {
  readonly conversation = { id: 'conversation-1', kind: 'personal' as const };
  readonly mentions = [];
  readonly cardActivityId = 'card-activity-1';
  readonly timeZone = 'Europe/London';
  readonly sentCards: AdaptiveCard[] = [];
  readonly sentTexts: string[] = [];
  /** How many times the flows showed the typing indicator. */
  typingShown = 0;
  readonly laterCards: AdaptiveCard[] = [];
  readonly replacedCards: { activityId: string; card: AdaptiveCard }[] = [];
  readonly reference = { conversation: { id: 'conversation-1' }, user: { id: '29:alex' } };
  /** When set, Graph cannot be opened for this turn, for this reason. */
  refusal?: TokenRefusal;

  constructor(
    readonly user: { aadObjectId?: string; name: string } = requester,
    private readonly graph: Partial<GraphPort> = {},
  ) {}

  async sendCard(card: AdaptiveCard): Promise<string | undefined> {
    this.sentCards.push(card);
    return `activity-${this.sentCards.length}`;
  }
  async sendText(text: string): Promise<void> {
    this.sentTexts.push(text);
  }
  async showTyping(): Promise<void> {
    this.typingShown++;
  }
  async listMembers(): Promise<ChatMember[]> {
    return [];
  }
  async getMember(): Promise<ChatMember | undefined> {
    return undefined;
  }
  async channelTeam(): Promise<ChannelTeam | undefined> {
    return undefined;
  }
  async openGraph(): Promise<GraphAccess> {
    if (this.refusal) return { ok: false, ...this.refusal };
    return { ok: true, port: this.graph as GraphPort };
  }
  async replaceCard(activityId: string, card: AdaptiveCard): Promise<void> {
    this.replacedCards.push({ activityId, card });
  }
  laterUpdater() {
    return async (card: AdaptiveCard) => {
      this.laterCards.push(card);
    };
  }
}

/** Timers that only fire when the test says so. */
export class ManualTimers implements Timers {
  private readonly waiting: Array<() => void> = [];

  after(): PendingWait {
    let fire = () => {};
    const elapsed = new Promise<void>((resolve) => {
      fire = resolve;
    });
    this.waiting.push(fire);
    return { elapsed, cancel: () => {} };
  }

  /** Ends every wait started so far. */
  fireAll(): void {
    for (const fire of this.waiting.splice(0)) fire();
  }
}

/** Flow dependencies over memory storage, a fixed clock and manual timers. */
export function fakeFlowDeps(now = new Date('2026-03-02T09:00:00Z')): FlowDeps & { timers: ManualTimers } {
  const background = new BackgroundWork((error) => {
    throw error;
  });
  const storage = new MemoryStorage();
  return {
    requests: new RequestStore<ShareRequestRecord>(storage, 'share/'),
    linkRequests: new RequestStore<LinkRequestRecord>(storage, 'link/'),
    accessRequests: new RequestStore<AccessRequestRecord>(storage, 'access/'),
    roleChanges: new RequestStore<RoleChangeRecord>(storage, 'role-change/'),
    contexts: new ContextStore<ConversationContext>(storage, 'context/', 30 * 60_000, emptyContext),
    history: new ContextStore<ShareHistory>(storage, 'history/', 86_400_000, emptyHistory),
    inFlight: new InFlightIndex(storage, 'in-flight/'),
    dueEnds: new DueEndIndex(storage, 'due-ends/'),
    shareLeaseMs: 120_000,
    now: () => now,
    requestTtlMs: 15 * 60_000,
    invokeBudgetMs: 4_000,
    background,
    log: () => {},
    timers: new ManualTimers(),
  };
}

/** A share request waiting on its confirmation card, stored in `deps`. */
export async function storedConfirmingRequest(deps: FlowDeps): Promise<ShareRequestRecord> {
  const now = deps.now().getTime();
  const record: ShareRequestRecord = {
    id: RequestStore.newId(),
    requesterAadId: requester.aadObjectId,
    requesterName: requester.name,
    conversationId: 'conversation-1',
    createdAt: now,
    updatedAt: now,
    expiresAt: now + deps.requestTtlMs,
    status: 'confirming',
    history: [{ status: 'confirming', at: now }],
    itemRef: {
      kind: 'name',
      name: 'report.xlsx',
      folder: false,
      quoted: false,
      span: { start: 6, end: 17, text: 'report.xlsx' },
    },
    item: {
      driveId: 'drive-1',
      id: 'item-1',
      name: 'report.xlsx',
      webUrl: 'https://contoso.example/report.xlsx',
      kind: 'file',
    },
    recipients: [
      {
        person: { kind: 'user', id: 'user-ana', displayName: 'Ana Bowman', email: 'ana@contoso.com' },
        external: false,
      },
    ],
    pending: [],
    role: 'read',
    notify: true,
    requireSignIn: true,
    existingPermissions: [],
    createdPermissionIds: [],
    grants: [],
    attempts: [],
  };
  await deps.requests.create(record);
  return record;
}

/** All the words on a card, for assertions that read like the card. */
export function cardWords(card: AdaptiveCard | undefined): string {
  return JSON.stringify(card ?? {});
}
