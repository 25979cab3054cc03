import type { Page, WebSocket } from 'playwright-core';

/** An Adaptive Card the bot posted or put in place of another, as the playground received it. */
export interface PostedCard {
  /** The playground's message id: what a click on this card sends as `replyToId`. */
  messageId: string;
  conversationId: string;
  card: CardJson;
}

/** An `invoke` the playground delivered to the bot, with the bot's answer. */
export interface DeliveredInvoke {
  name: string;
  fromAadObjectId?: string;
  verb?: string;
  data: Record<string, unknown>;
  /** The bot's invoke response body, e.g. `{ statusCode, type, value }`. */
  answer: { statusCode?: number; type?: string; value?: unknown } | undefined;
}

/** Adaptive Card JSON, loosely typed: only what the tests read. */
export type CardJson = { body?: unknown[]; actions?: unknown[]; [key: string]: unknown };

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Listens to the two WebSocket streams the playground UI opens (conversation updates and the
 * log panel) and keeps what the bot sent and answered. Why: card actions' data (the request id)
 * is not in the rendered page, and an injected invoke's answer only shows up in the log stream.
 * Attach before the page loads.
 */
export class PlaygroundTraffic {
  /** Cards in the order they arrived (a card replaced in place appears again with the same id). */
  readonly cards: PostedCard[] = [];
  /** Invokes in the order the bot answered them. */
  readonly invokes: DeliveredInvoke[] = [];

  /** Starts recording the page's playground WebSockets. */
  constructor(page: Page) {
    page.on('websocket', (socket) => this.watch(socket));
  }

  /** Waits until a card matching `test` has arrived, and returns the latest such card. */
  async card(test: (card: PostedCard) => boolean, timeoutMs = 15_000): Promise<PostedCard> {
    return await waitFor(() => this.cards.filter(test).at(-1), timeoutMs, 'a matching card from the bot');
  }

  /** Waits until an invoke matching `test` has been answered, and returns it. */
  async invoke(test: (invoke: DeliveredInvoke) => boolean, timeoutMs = 15_000): Promise<DeliveredInvoke> {
    return await waitFor(() => this.invokes.filter(test).at(-1), timeoutMs, 'a matching answered invoke');
  }

  private watch(socket: WebSocket): void {
    socket.on('framereceived', (frame) => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8');
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch {
        return;
      }
      this.record(message as PlaygroundFrame);
    });
  }

  private record(frame: PlaygroundFrame): void {
    const content = frame.message?.attachments?.find(
      (attachment) => attachment.contentType === CARD_TYPE,
    )?.content;
    if (content && frame.message?.messageId && frame.actionConversationId) {
      this.cards.push({
        messageId: String(frame.message.messageId),
        conversationId: frame.actionConversationId,
        card: content,
      });
    }
    const body = frame.log?.request?.body;
    if (frame.log?.activityName === 'invoke' && body) {
      const action = body.value?.action;
      this.invokes.push({
        name: body.name ?? '',
        fromAadObjectId: body.from?.aadObjectId,
        verb: action?.verb,
        data: action?.data ?? {},
        answer: typeof frame.log.response?.body === 'object' ? frame.log.response.body : undefined,
      });
    }
  }
}

/** The parts of the playground's WebSocket frames the tests read. */
type PlaygroundFrame = {
  actionConversationId?: string;
  message?: { messageId?: string | number; attachments?: { contentType?: string; content?: CardJson }[] };
  log?: {
    activityName?: string;
    request?: {
      body?: {
        name?: string;
        from?: { aadObjectId?: string };
        value?: { action?: { verb?: string; data?: Record<string, unknown> } };
      };
    };
    response?: { body?: DeliveredInvoke['answer'] | string };
  };
};

/** The `data` of the card's Action.Execute with this verb (throws when the card has none). */
export function actionData(card: CardJson, verb: string): Record<string, unknown> {
  const found = findActionData(card, verb);
  if (!found) throw new Error(`The card has no "${verb}" button: ${JSON.stringify(card).slice(0, 400)}`);
  return found;
}

/** True when the card has an Action.Execute with this verb. */
export function hasAction(card: CardJson, verb: string): boolean {
  return findActionData(card, verb) !== undefined;
}

function findActionData(card: CardJson, verb: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute' && record.verb === verb) {
      found = (record.data ?? {}) as Record<string, unknown>;
      return;
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(card);
  return found;
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
