import {
  type Activity,
  INVOKE_RESPONSE_KEY,
  type ResourceResponse,
  TestAdapter,
  type TurnContext,
} from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';

/**
 * botbuilder's TestAdapter on the Teams channel, made to behave like CloudAdapter where Teams SSO
 * depends on it (docs/teams-notes.md §T10): it puts the given
 * `UserTokenClient` in turnState under `UserTokenClientKey`, and records a sent invoke response
 * under `INVOKE_RESPONSE_KEY`, so ActivityHandler does not send a second one.
 * Without a client, token calls fall back to TestAdapter's own `addUserToken` / `addExchangeableToken`.
 */
export class SsoTestAdapter extends TestAdapter {
  readonly UserTokenClientKey = Symbol('UserTokenClient');

  constructor(private readonly userTokenClient?: UserTokenClient) {
    super();
    this.conversation.channelId = 'msteams';
  }

  protected override createContext(request: Partial<Activity>): TurnContext {
    const context = super.createContext(request);
    if (this.userTokenClient) context.turnState.set(this.UserTokenClientKey, this.userTokenClient);
    return context;
  }

  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === 'invokeResponse') context.turnState.set(INVOKE_RESPONSE_KEY, activity);
    }
    return super.sendActivities(context, activities);
  }

  /** Everything the bot sent since the last call, oldest first. */
  takeSent(): Partial<Activity>[] {
    return this.activeQueue.splice(0);
  }
}
