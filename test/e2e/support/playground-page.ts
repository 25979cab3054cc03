import type { BrowserContext, Locator, Page } from 'playwright-core';
import { PlaygroundTraffic } from './playground-traffic';

/** A person of the playground config (the current user or one of the five users). */
export interface PlaygroundPerson {
  id: string;
  name: string;
  aadObjectId: string;
}

/** The parts of the playground's `/_internal/v1/config` the tests use. */
export interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: PlaygroundPerson;
  users: PlaygroundPerson[];
}

/** The playground's chat UI in a browser tab, driven the way a person uses it. */
export class PlaygroundPage {
  private constructor(
    readonly page: Page,
    readonly url: string,
    /** What the bot sent and answered, read from the page's WebSockets. */
    readonly traffic: PlaygroundTraffic,
    /** The playground's people and bot. */
    readonly config: PlaygroundConfig,
  ) {}

  /** Opens the playground UI in a new tab and waits until its compose box is ready. */
  static async open(context: BrowserContext, url: string): Promise<PlaygroundPage> {
    const page = await context.newPage();
    const traffic = new PlaygroundTraffic(page);
    const config = (await (await fetch(`${url}/_internal/v1/config`)).json()) as { config: PlaygroundConfig };
    await page.goto(url);
    const playground = new PlaygroundPage(page, url, traffic, config.config);
    await playground.composeBox().waitFor();
    return playground;
  }

  /** A person of the config by display name (throws when the config has nobody by that name). */
  person(name: string): PlaygroundPerson {
    const found = [this.config.currentUser, ...this.config.users].find((person) => person.name === name);
    if (!found) throw new Error(`Nobody named "${name}" in the playground config.`);
    return found;
  }

  /** Opens a chat or channel from the left rail by the name it shows, e.g. "Launch sync". */
  async openChat(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).first().click();
    await this.composeBox().waitFor();
  }

  /**
   * Types a message and presses Enter. With `mentionBot`, starts with an @mention of the bot picked
   * from the mention menu, as people do in group chats and channels (where a bot only hears
   * messages that mention it).
   */
  async send(text: string, options: { mentionBot?: boolean } = {}): Promise<void> {
    const box = this.composeBox();
    await box.click();
    if (options.mentionBot) {
      await box.pressSequentially(`@${this.config.bot.name.slice(0, 5)}`);
      await this.page.getByRole('menuitem', { name: this.config.bot.name }).click();
      await box.pressSequentially(` ${text}`);
    } else {
      await box.fill(text);
    }
    await box.press('Enter');
  }

  /** The newest rendered Adaptive Card that contains `text`, once it is visible. */
  async cardWith(text: string | RegExp, timeoutMs = 15_000): Promise<Locator> {
    const card = this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    await card.waitFor({ state: 'visible', timeout: timeoutMs });
    return card;
  }

  /** Picks an option of a card's dropdown (a Fluent combobox in the playground) by their labels. */
  async choose(card: Locator, dropdownLabel: string, option: string): Promise<void> {
    await card.getByRole('combobox', { name: dropdownLabel }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Saves a PNG of the whole window. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  /**
   * Clicks an Action.Execute button as another person, through the playground's custom-activity
   * endpoint. Why: the UI always acts as the config's current user (docs/teams-notes.md §T7).
   * The bot's answer arrives in `traffic.invokes`.
   */
  async clickAs(
    person: PlaygroundPerson,
    click: { conversationId: string; replyToId: string; verb: string; data: Record<string, unknown> },
  ): Promise<void> {
    const templateUrl = `${this.url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(click.conversationId)}`;
    const template = (await (await fetch(templateUrl)).json()) as Record<string, unknown>;
    const activity = {
      ...template,
      type: 'invoke',
      name: 'adaptiveCard/action',
      from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
      replyToId: click.replyToId,
      value: { action: { type: 'Action.Execute', verb: click.verb, data: click.data }, trigger: 'manual' },
    };
    const response = await fetch(`${this.url}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) throw new Error(`custom activity: ${response.status} ${await response.text()}`);
  }

  private composeBox(): Locator {
    // In a channel the first box starts a new post; reply boxes under posts come after it.
    return this.page.locator('[role="textbox"][contenteditable="true"]').first();
  }
}
