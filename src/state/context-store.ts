import { createHash } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { isETagConflict } from './etag-conflict';

/** Whose context: the conversation (a channel thread keeps its root id in it) and the person. */
export interface ContextOwner {
  conversationId: string;
  aadObjectId?: string;
  /** Another identity of the sender (their name), used only when there is no directory object id. */
  fallbackId?: string;
}

interface StoredContext<T> extends StoreItem {
  context: T;
  expiresAt: number;
}

/** How many times an update re-reads after another instance changed the same context meanwhile. */
const updateAttempts = 4;

/**
 * Conversation context (any JSON value) in the same botbuilder Storage as the share ledger, one item per person
 * and conversation. Writes carry the eTag read, so two instances answering the same person at
 * once cannot lose each other's change; every write stamps `expiresAt` (last change + the
 * time to live), SQLite deletes the item then, and a read past it sees an empty context whatever
 * the storage still holds (Blob storage leaves deletion to its lifecycle rule, docs/scaling.md).
 */
export class ContextStore<T> {
  constructor(
    private readonly storage: Storage,
    private readonly keyPrefix: string,
    /** How long a context lives after its last change (CONTEXT_TTL_MINUTES). */
    readonly ttlMs: number,
    /** The context of someone Sharebot remembers nothing of. */
    private readonly empty: () => T,
  ) {}

  /** The context of `owner`, or an empty one when there is none or it expired. */
  async read(owner: ContextOwner, now: number): Promise<T> {
    return (await this.readItem(this.key(owner), now)).context;
  }

  /**
   * Changes the context of `owner` with `change` (a pure function of the current one), retrying on
   * an eTag conflict. Returns what was stored.
   */
  async update(owner: ContextOwner, now: number, change: (context: T) => T): Promise<T> {
    const key = this.key(owner);
    for (let attempt = 1; ; attempt++) {
      const current = await this.readItem(key, now);
      const next = change(current.context);
      const item: StoredContext<T> = { context: next, expiresAt: now + this.ttlMs, eTag: current.eTag };
      try {
        await this.storage.write({ [key]: item });
        return next;
      } catch (error) {
        if (!isETagConflict(error) || attempt >= updateAttempts) throw error;
      }
    }
  }

  private async readItem(key: string, now: number): Promise<{ context: T; eTag: string }> {
    const items = await this.storage.read([key]);
    const item = items[key] as StoredContext<T> | undefined;
    if (!item) return { context: this.empty(), eTag: '*' };
    const eTag = item.eTag ?? '*';
    if (item.expiresAt <= now) return { context: this.empty(), eTag };
    return { context: item.context, eTag };
  }

  /** A fixed-length key: conversation ids hold characters (`:`, `;`, `@`) storage keys should not rely on. */
  private key(owner: ContextOwner): string {
    const who = owner.aadObjectId ? `aad:${owner.aadObjectId}` : `other:${owner.fallbackId ?? ''}`;
    const digest = createHash('sha256').update(`${owner.conversationId}\n${who}`).digest('base64url');
    return this.keyPrefix + digest;
  }
}
