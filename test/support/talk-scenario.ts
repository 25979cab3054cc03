import assert from 'node:assert/strict';
import type { BotHarness } from './bot-harness';
import { type CardMessage, cardMessage, replaced, textOf } from './card-messages';
import { findExecute } from './card-queries';
import { people } from './demo-tenant';
import { hasGrant } from './share-scenario';
import { type Participant, personalChat, type TestConversation } from './teams-people';

/** One turn of a conversation table: a message, or a click on a card Sharebot sent. */
export type TalkStep =
  | {
      says: string;
      /** Where it is said: the row's personal chat (default) or one of two threads of a channel. */
      in?: 'threadA' | 'threadB';
      /** What the last reply must say (its text, or its card's text). */
      reply?: RegExp;
      /** A verb the last reply's card must offer ("share.confirm", "share.pickFile", "share.undoConfirm"). */
      card?: string;
    }
  | {
      /** Clicks this verb on the newest card that offers it (or on the first such card: `on: 'first'`). */
      click: string;
      on?: 'newest' | 'first';
      reply?: RegExp;
    };

/** A grant a row expects (or forbids) in the sandbox after its turns. */
export interface GrantCheck {
  path: string;
  to: Participant;
  role: 'read' | 'write';
}

/** A multi-turn conversation and what the sandbox must hold afterwards. */
export interface TalkCase {
  steps: TalkStep[];
  grants?: GrantCheck[];
  /** Access that must not exist afterwards (more than asked, the wrong item). */
  notGranted?: GrantCheck[];
  /** True when no invite may reach the sandbox at all. */
  noInvite?: boolean;
}

let rowsRun = 0;

/**
 * Runs a conversation row as Alex: each message and click over the Bot Framework protocol,
 * each reply checked, then the sandbox's permissions (and its request log) judged.
 */
export async function runTalkCase(harness: BotHarness, row: TalkCase): Promise<void> {
  await harness.sandbox.reset();
  await harness.sandbox.clearRequests();
  rowsRun++;
  const from = people.alex;
  const chats: Record<'personal' | 'threadA' | 'threadB', TestConversation> = {
    personal: { ...personalChat(from), id: `${personalChat(from).id}-talk-${rowsRun}` },
    threadA: { id: `19:talk-${rowsRun}@thread.tacv2;messageid=100${rowsRun}`, type: 'channel' },
    threadB: { id: `19:talk-${rowsRun}@thread.tacv2;messageid=200${rowsRun}`, type: 'channel' },
  };
  const cards: CardMessage[] = [];
  for (const [index, step] of row.steps.entries()) {
    const where = `step ${index + 1}`;
    if ('says' in step) {
      const conversation = chats[step.in ?? 'personal'];
      const sent = await harness.teams.say(step.says, { from, conversation });
      const posted = sent.filter((activity) => activity.method === 'POST');
      const last = posted.at(-1);
      assert.ok(last, `${where}: Sharebot said nothing to "${step.says}"`);
      for (const activity of posted)
        if (activity.body.attachments) cards.push(cardMessage(activity, conversation));
      const text = textOf(last);
      if (step.reply) assert.match(text, step.reply, `${where}: reply to "${step.says}"`);
      if (step.card) {
        assert.ok(last.body.attachments, `${where}: expected a card offering ${step.card}, got: ${text}`);
        assert.ok(
          findExecute(cardMessage(last, conversation).card, step.card),
          `${where}: no ${step.card} on: ${text}`,
        );
      }
    } else {
      const candidates = cards.filter((card) => findExecute(card.card, step.click));
      const target = step.on === 'first' ? candidates[0] : candidates.at(-1);
      assert.ok(target, `${where}: no card offers ${step.click}`);
      const answer = await harness.teams.click(target, step.click, { from });
      const text = textOf(answer);
      if (step.reply) assert.match(text, step.reply, `${where}: after ${step.click}`);
      if (answer.type === 'application/vnd.microsoft.card.adaptive') {
        cards[cards.indexOf(target)] = replaced(target, answer);
      }
    }
  }
  for (const grant of row.grants ?? []) {
    assert.ok(
      await granted(harness, grant),
      `not granted ${grant.role} on ${grant.path} to ${grant.to.name}`,
    );
  }
  for (const grant of row.notGranted ?? []) {
    assert.equal(
      await granted(harness, grant),
      false,
      `granted ${grant.role} on ${grant.path} to ${grant.to.name}`,
    );
  }
  if (row.noInvite) {
    const invites = (await harness.sandbox.requests()).filter(
      (r) => r.method === 'POST' && /\/invite$/.test(r.path.split('?')[0] ?? ''),
    );
    assert.deepEqual(invites, [], 'an invite was sent although nothing should be shared');
  }
}

async function granted(harness: BotHarness, grant: GrantCheck): Promise<boolean> {
  const owner = people.alex.aadObjectId;
  const item = await harness.asUser.itemByPath(owner, grant.path);
  const permissions = await harness.asUser.permissionsAs(owner, item.driveId, item.id);
  return hasGrant(permissions, grant.to, grant.role);
}
