import { cardOf } from '../support/card-messages';
import type { CardJson } from '../support/card-queries';
import type { FakeTeamsChannel, SentActivity } from '../support/fake-teams-channel';

/** A card message's new content, numbered in the order the channel received it. */
export interface CardUpdate {
  seq: number;
  card: CardJson;
}

/**
 * What the bot sends to the fake channel, sorted for the load conversations: the messages it
 * posts, per conversation, and the updates (PUT) of card messages, numbered so a conversation can
 * wait for the next update of one card, as a person watching the chat sees "Sharing…" turn into
 * the outcome. Only the newest update of each card is kept, and posts until they are taken.
 */
export class CardUpdates {
  private seq = 0;
  private readonly latest = new Map<string, CardUpdate>();
  private readonly waiters = new Map<string, ((update: CardUpdate) => void)[]>();
  private readonly posts = new Map<string, SentActivity[]>();

  constructor(channel: FakeTeamsChannel) {
    channel.onSent((activity) => this.arrived(activity));
  }

  /** The number of the newest activity so far; a later update has a higher one. */
  get now(): number {
    return this.seq;
  }

  /** The messages the bot posted into a conversation since the last call, oldest first. */
  takePosts(conversationId: string): SentActivity[] {
    const posts = this.posts.get(conversationId) ?? [];
    this.posts.delete(conversationId);
    return posts;
  }

  /** The newest update of `activityId` if it came after `afterSeq`. */
  updatedSince(activityId: string, afterSeq: number): CardUpdate | undefined {
    const known = this.latest.get(activityId);
    return known && known.seq > afterSeq ? known : undefined;
  }

  /** The first update of `activityId` after `afterSeq`, or undefined after `timeoutMs`. */
  async nextUpdate(activityId: string, afterSeq: number, timeoutMs: number): Promise<CardUpdate | undefined> {
    const known = this.updatedSince(activityId, afterSeq);
    if (known) return known;
    return await new Promise<CardUpdate | undefined>((resolve) => {
      const waiter = (update: CardUpdate) => {
        clearTimeout(timer);
        resolve(update);
      };
      const timer = setTimeout(() => {
        const left = (this.waiters.get(activityId) ?? []).filter((other) => other !== waiter);
        if (left.length > 0) this.waiters.set(activityId, left);
        else this.waiters.delete(activityId);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.set(activityId, [...(this.waiters.get(activityId) ?? []), waiter]);
    });
  }

  private arrived(activity: SentActivity): void {
    this.seq += 1;
    if (activity.method === 'POST') {
      this.posts.set(activity.conversationId, [...(this.posts.get(activity.conversationId) ?? []), activity]);
      return;
    }
    if (!activity.activityId || !activity.body.attachments) return;
    const update: CardUpdate = { seq: this.seq, card: cardOf(activity) };
    this.latest.set(activity.activityId, update);
    const waiting = this.waiters.get(activity.activityId) ?? [];
    this.waiters.delete(activity.activityId);
    for (const waiter of waiting) waiter(update);
  }
}
