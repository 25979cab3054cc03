import { setTimeout as sleep } from 'node:timers/promises';
import { type CardMessage, cardMessage, cardOf, type InvokeAnswer } from '../support/card-messages';
import { type CardJson, jsonText } from '../support/card-queries';
import type { SandboxPermission } from '../support/sandbox-user-view';
import { BotAnswerError, type TeamsClient } from '../support/teams-client';
import type { Participant } from '../support/teams-people';
import { fileChoice, isFor, personChoice } from './card-choices';
import { claimsOf, refusalClaims } from './card-claims';
import { type CardState, plain, stateOf } from './card-state';
import type { CardUpdates } from './card-updates';
import type { CastConversation, LoadItem, ShareBlock } from './load-cast';
import type { LoadPlan } from './load-plan';
import type { LoadTally } from './load-tally';
import type { QuietGate } from './quiet-gate';
import { SandboxTruth } from './sandbox-truth';
import { seededRandom } from './seeded-random';

/** One bot instance as the load conversations reach it. */
export interface LoadInstance {
  teams: TeamsClient;
  /** Share clicks this instance answered (the memory readings' x axis). */
  shares: number;
  /** Posts (messages and clicks) this instance answered. */
  posts: number;
}

/** What every load conversation shares: the instances, the channel, the sandbox's truth and the counts. */
export interface LoadWorld {
  plan: LoadPlan;
  instances: LoadInstance[];
  updates: CardUpdates;
  truth: SandboxTruth;
  tally: LoadTally;
  /** Where conversations rest while memory is read. */
  gate: QuietGate;
  /** Conversations start no new share after this time (ms since the epoch). */
  stopAt: number;
}

/** A share this conversation made that still holds access, with the card whose Undo removes it. */
interface HeldShare {
  card: CardMessage;
  item: LoadItem;
  recipients: Participant[];
  tag: string;
}

/** The card a press left, and how it reads. */
interface Pressed {
  card: CardMessage;
  state: CardState;
  /** The text of a refusal shown only to the clicker (the card then stays as it was). */
  refusal?: string;
}

/**
 * One person in one Teams conversation, sharing in a loop until the run ends: message → (pick if
 * asked) → confirmation → Share → follow the card until it is final, pressing Check again, Share
 * again or Share with the others as a person would (up to `patience` times each), and sometimes
 * Undo. Every card that claims something is held against the sandbox's permissions at once. Each
 * post goes to a random instance; when that one is down the post goes to the other, as Teams
 * retries.
 */
export class LoadConversation {
  private readonly held: HeldShare[] = [];
  /** Pairs (item path + recipient id) that hold access without a card to undo them. */
  private readonly stuck = new Set<string>();
  /** Shares whose card still says "Not sure yet": checked again once the run settles. */
  private readonly unsure: { card: CardMessage; item: LoadItem; recipients: Participant[]; tag: string }[] =
    [];
  private sharesAsked = 0;
  private readonly random: () => number;
  /** What happened to each share request, step by step, for the details of a problem. */
  private readonly trails = new Map<string, string[]>();

  constructor(
    private readonly cast: CastConversation,
    private readonly world: LoadWorld,
  ) {
    this.random = seededRandom(world.plan.seed * 1000 + cast.index);
  }

  /** Shares (and undoes, when every pair it owns holds access) until the run's stop time. */
  async run(): Promise<void> {
    try {
      for (;;) {
        await this.world.gate.pass();
        if (Date.now() >= this.world.stopAt) return;
        const next = this.nextShare();
        if (next) {
          await this.share(next.item, next.recipients);
          continue;
        }
        const oldest = this.held.shift();
        if (!oldest) return;
        await this.undo(oldest);
      }
    } finally {
      this.world.gate.leave();
    }
  }

  /** Once faults are off: presses Check again on every card still unsure until it knows. */
  async settle(): Promise<void> {
    for (const entry of this.unsure.splice(0)) {
      let pressed: Pressed = { card: entry.card, state: { kind: 'unknown' } };
      for (let tries = 0; tries < 10 && pressed.state.kind === 'unknown'; tries++) {
        pressed = await this.press(pressed.card, 'share.check', entry.tag);
        await this.checkClaim(pressed, entry.item, entry.recipients, entry.tag);
      }
      if (pressed.state.kind === 'unknown') this.world.tally.unknownAtEnd += 1;
    }
  }

  /** The next file and people to share with: a block none of whose people has access now. */
  private nextShare(): { item: LoadItem; recipients: Participant[] } | undefined {
    const blocks = this.cast.blocks;
    for (let offset = 0; offset < blocks.length; offset++) {
      const block = blocks[(this.sharesAsked + offset) % blocks.length];
      const free = block.recipients.filter((person) => !this.holdsAccess(block, person));
      if (free.length === 0) continue;
      this.sharesAsked += 1;
      const both = free.length === 2 && this.random() < 0.4;
      return { item: block.item, recipients: both ? free : [free[Math.floor(this.random() * free.length)]] };
    }
    return undefined;
  }

  private holdsAccess(block: ShareBlock, person: Participant): boolean {
    if (this.stuck.has(pairKey(block.item, person))) return true;
    return this.held.some(
      (share) =>
        share.item.path === block.item.path &&
        share.recipients.some((held) => held.aadObjectId === person.aadObjectId),
    );
  }

  private async share(item: LoadItem, recipients: Participant[]): Promise<void> {
    const { tally, plan } = this.world;
    const tag = `load ${this.cast.index}.${this.sharesAsked}`;
    const firstNames = recipients.map((person) => person.name.split(' ')[0]);
    // "Ana Lopez and Ana" would not say which Ana is meant: first names only when they differ.
    const distinct = new Set(firstNames).size === firstNames.length;
    const names = recipients.map((person, n) =>
      distinct && this.random() < plan.firstNameRate ? firstNames[n] : person.name,
    );
    const sentence = `share ${item.name} with ${names.join(' and ')}`;
    let card = await this.ask(sentence);
    const picked = new Set<string>();
    for (let picks = 0; card && picks < 4; picks++) {
      const state = stateOf(card.card);
      const [verb, choice] =
        state.kind === 'pickFile'
          ? ['share.pickFile', fileChoice(card.card, item)]
          : state.kind === 'pickPerson'
            ? ['share.pickPerson', personChoice(card.card, recipients, picked)]
            : [undefined, undefined];
      if (!verb) break;
      if (verb === 'share.pickFile') tally.filePicks += 1;
      else tally.personPicks += 1;
      if (choice === 'none') {
        // Not Sharebot's fault as such: the person does not see what they meant among the choices.
        tally.wrongCard.push(`${tag}: "${sentence}": no wanted choice on ${describeCard(card.card)}`);
        await this.press(card, verb, tag, { choice });
        return;
      }
      card = (await this.press(card, verb, tag, { choice })).card;
    }
    if (!card) return;
    const first = stateOf(card.card);
    if (first.kind !== 'confirm') {
      tally.refused(plain(jsonText(card.card)));
      return;
    }
    tally.confirmations += 1;
    if (!isFor(card.card, item, recipients)) {
      tally.wrongCard.push(`${tag}: "${sentence}" (${item.path}): ${describeCard(card.card)}`);
      await this.press(card, 'share.cancel', tag);
      return;
    }
    if (this.random() < plan.cancelRate) {
      tally.cancels += 1;
      const cancelled = await this.press(card, 'share.cancel', tag);
      await this.checkClaim(cancelled, item, recipients, tag);
      return;
    }
    const inputs = { role: this.random() < 0.3 ? 'write' : 'read', notify: 'true', message: tag };
    tally.shares += 1;
    const end = await this.follow(
      await this.press(card, 'share.confirm', tag, { inputs }),
      item,
      recipients,
      tag,
      inputs,
    );
    tally.outcome(end.state.kind === 'shared' && end.state.partly ? 'partlyShared' : end.state.kind);
    await this.afterShare(end, item, recipients, tag);
  }

  /** Follows a share's card until it is final or the person's patience runs out. */
  private async follow(
    start: Pressed,
    item: LoadItem,
    recipients: Participant[],
    tag: string,
    inputs: Record<string, string>,
  ): Promise<Pressed> {
    const { tally, plan } = this.world;
    let pressed = start;
    const tries = { check: 0, again: 0, others: 0 };
    for (;;) {
      await this.checkClaim(pressed, item, recipients, tag);
      const state = pressed.state;
      if (state.kind === 'unknown' && tries.check < plan.patience) {
        tries.check += 1;
        tally.checkAgain += 1;
        await sleep(200);
        pressed = await this.press(pressed.card, 'share.check', tag);
      } else if (state.kind === 'confirm' && tries.again < plan.patience) {
        tries.again += 1;
        tally.shareAgain += 1;
        await sleep(200);
        pressed = await this.press(pressed.card, 'share.confirm', tag, { inputs });
      } else if (state.kind === 'shared' && state.partly && tries.others < plan.patience) {
        tries.others += 1;
        tally.shareOthers += 1;
        pressed = await this.press(pressed.card, 'share.missing', tag);
      } else {
        return pressed;
      }
    }
  }

  /** Keeps, undoes or remembers a finished share, from what the sandbox holds now. */
  private async afterShare(
    end: Pressed,
    item: LoadItem,
    recipients: Participant[],
    tag: string,
  ): Promise<void> {
    const permissions = await this.world.truth.permissions(item);
    const holding = recipients.filter((person) => SandboxTruth.holds(permissions, person));
    if (end.state.kind === 'unknown') this.unsure.push({ card: end.card, item, recipients, tag });
    if (holding.length === 0) return;
    if (end.state.kind !== 'shared') {
      for (const person of holding) this.stuck.add(pairKey(item, person));
      return;
    }
    const share: HeldShare = { card: end.card, item, recipients: holding, tag };
    if (this.random() < this.world.plan.undoRate) await this.undo(share);
    else this.held.push(share);
  }

  /** Undo → "Yes, remove", pressed again while it is refused (up to `patience` times). */
  private async undo(share: HeldShare): Promise<void> {
    const { tally, plan } = this.world;
    tally.undoAsked += 1;
    const question = await this.press(share.card, 'share.undo', share.tag);
    if (question.state.kind !== 'undoQuestion') {
      tally.unclear.push(`${share.tag} [${this.trailOf(share.tag)}]: Undo answered ${describe(question)}`);
      this.markStuck(share);
      return;
    }
    for (let attempt = 0; attempt <= plan.patience; attempt++) {
      const answer = await this.press(question.card, 'share.undoConfirm', share.tag);
      await this.checkClaim(answer, share.item, share.recipients, share.tag);
      if (answer.state.kind === 'undone') {
        tally.undone += 1;
        return;
      }
      // A refusal, or the result card again (a recovery put the share back): the access stays, as
      // checkClaim just confirmed, and the person tries again.
      if (!answer.refusal && answer.state.kind !== 'shared') {
        tally.unclear.push(
          `${share.tag} [${this.trailOf(share.tag)}]: Yes, remove answered ${describe(answer)}`,
        );
        break;
      }
      tally.undoRefused += 1;
      await sleep(200);
    }
    this.markStuck(share);
  }

  private markStuck(share: HeldShare): void {
    for (const person of share.recipients) this.stuck.add(pairKey(share.item, person));
  }

  /** Holds what a card says against the sandbox's permissions right now. */
  private async checkClaim(
    pressed: Pressed,
    item: LoadItem,
    recipients: Participant[],
    tag: string,
  ): Promise<void> {
    const { state, card } = pressed;
    const says = pressed.refusal
      ? refusalClaims(pressed.refusal, recipients)
      : claimsOf(state, card.card, recipients);
    if (!says) return;
    const { tally, truth } = this.world;
    tally.claimsChecked += 1;
    const permissions: SandboxPermission[] = await truth.permissions(item);
    for (const claim of says) {
      const holds = SandboxTruth.holds(permissions, claim.person, claim.role ?? 'read');
      if (holds !== claim.granted) {
        tally.falseClaims.push({
          request: `${tag} [${this.trailOf(tag)}]`,
          claim: `${pressed.refusal ? `refusal "${pressed.refusal}"` : state.kind}: ${claim.person.name} ${claim.granted ? 'has' : 'has not'} ${claim.role ?? 'any'} access`,
          detail: `sandbox: ${JSON.stringify(permissions.map((p) => [p.grantedToV2?.user?.id, p.roles]))}`,
        });
      }
    }
  }

  /** Sends a message and returns the last card the bot posted for it (undefined for a text reply). */
  private async ask(text: string): Promise<CardMessage | undefined> {
    const { tally, updates } = this.world;
    tally.messages += 1;
    updates.takePosts(this.cast.conversation.id);
    try {
      await this.onSomeInstance('message', (teams) =>
        teams.say(text, { from: this.cast.requester, conversation: this.cast.conversation }),
      );
    } catch (error) {
      if (!(error instanceof BotAnswerError)) throw error;
      tally.refused(`HTTP ${error.status}`);
      return undefined;
    }
    const posts = updates.takePosts(this.cast.conversation.id);
    const last = posts.at(-1);
    if (!last) {
      tally.refused('(no reply)');
      return undefined;
    }
    if (!last.body.attachments) {
      tally.refused(String(last.body.text ?? ''));
      return undefined;
    }
    return cardMessage(last, this.cast.conversation);
  }

  /**
   * Clicks a button and returns the card the person then sees: the invoke's answer, or, while it
   * says "Sharing…" / "Checking…" / "Removing access…", the card update Sharebot sends when done.
   */
  private async press(
    card: CardMessage,
    verb: string,
    tag: string,
    options: { inputs?: Record<string, string>; choice?: string } = {},
  ): Promise<Pressed> {
    const { tally, updates, plan } = this.world;
    const before = updates.now;
    let answer: InvokeAnswer;
    try {
      answer = await this.onSomeInstance(verb, async (teams, instance) => {
        this.note(tag, `${verb}@${instance + 1}`);
        const got = await teams.click(card, verb, { from: this.cast.requester, ...options });
        if (verb === 'share.confirm' || verb === 'share.missing') this.world.instances[instance].shares += 1;
        return got;
      });
    } catch (error) {
      if (!(error instanceof BotAnswerError)) throw error;
      return { card, state: stateOf(card.card), refusal: `HTTP ${error.status}` };
    }
    if (answer.type !== 'application/vnd.microsoft.card.adaptive') {
      this.note(tag, '→ refusal');
      return { card, state: stateOf(card.card), refusal: String(answer.value) };
    }
    let current: CardMessage = { ...card, card: cardOf(answer) };
    let state = stateOf(current.card);
    let since = before;
    while (state.kind === 'pending' && card.activityId) {
      this.note(tag, `→ ${state.title}`);
      if (updates.updatedSince(card.activityId, since)) tally.updateBeforeAnswer += 1;
      const update = await updates.nextUpdate(card.activityId, since, plan.updateWaitMs);
      if (update) this.note(tag, `update:${stateOf(update.card).kind}`);
      if (!update) {
        this.lose(tag, `"${state.title}" after ${verb}, no update within ${plan.updateWaitMs} ms`);
        return { card: current, state };
      }
      tally.updatesAwaited += 1;
      since = update.seq;
      current = { ...card, card: update.card };
      state = stateOf(update.card);
    }
    this.note(tag, `→ ${state.kind}`);
    if (state.kind === 'unclear')
      tally.unclear.push(`${tag} [${this.trailOf(tag)}]: ${verb} answered ${state.text}`);
    return { card: current, state };
  }

  /** A person's pause before they type or click. */
  private async think(): Promise<void> {
    const [least, most] = this.world.plan.thinkMs;
    await sleep(least + this.random() * (most - least));
  }

  private lose(tag: string, detail: string): void {
    this.world.tally.lost.push({ request: `${tag} [${this.trailOf(tag)}]`, detail });
  }

  private note(tag: string, step: string): void {
    this.trails.set(tag, [...(this.trails.get(tag) ?? []), step]);
  }

  private trailOf(tag: string): string {
    return (this.trails.get(tag) ?? []).join(' ');
  }

  /** Runs one post on a random instance, and on the other while the chosen one cannot be reached. */
  private async onSomeInstance<T>(
    kind: string,
    act: (teams: TeamsClient, instance: number) => Promise<T>,
  ): Promise<T> {
    const { tally, instances } = this.world;
    let instance = Math.floor(this.random() * instances.length);
    await this.think();
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      tally.posts += 1;
      try {
        const result = await act(instances[instance].teams, instance);
        instances[instance].posts += 1;
        tally.status(200);
        tally.took(kind, Date.now() - started);
        return result;
      } catch (error) {
        if (error instanceof BotAnswerError) {
          tally.status(error.status);
          if (error.status >= 500) tally.serverErrorDetails.push(`${kind}: ${error.message.slice(0, 200)}`);
          throw error;
        }
        if (!(error instanceof TypeError) || attempt >= 40) throw error;
        // fetch failed: the instance is down (killed, or not listening yet after its restart).
        tally.retriedOnOther += 1;
        instance = (instance + 1) % instances.length;
        if (attempt % instances.length === instances.length - 1) await sleep(250);
      }
    }
  }
}

function pairKey(item: LoadItem, person: Participant): string {
  return `${item.path}\n${person.aadObjectId}`;
}

function describe(pressed: Pressed): string {
  return pressed.refusal ?? `${pressed.state.kind}: ${describeCard(pressed.card.card)}`;
}

function describeCard(card: CardJson): string {
  return plain(jsonText(card)).replace(/\s+/g, ' ').slice(0, 300);
}
