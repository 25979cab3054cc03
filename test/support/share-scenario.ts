import assert from 'node:assert/strict';
import type { BotHarness } from './bot-harness';
import {
  type CardMessage,
  cardMessage,
  cardText,
  type InvokeAnswer,
  replaced,
  textOf,
} from './card-messages';
import { type CardJson, choiceShowing, findExecute } from './card-queries';
import { people } from './demo-tenant';
import type { SandboxPermission } from './sandbox-user-view';
import { type Participant, personalChat, type TestConversation } from './teams-people';

/** Someone or something a share should grant access to. */
export type Grantee = Participant | { groupId: string } | { email: string };

/** One row of a conversation table that ends in a share. */
export interface ShareCase {
  /** The sentence, or a function building it (e.g. to paste an item's real URL). */
  says: string | ((item: { webUrl: string }) => string);
  from?: Participant;
  where?: 'personal' | 'groupChat' | 'channel';
  /** A conversation of the row's own (e.g. a channel of a given team), instead of `where`'s. */
  conversation?: TestConversation;
  mentions?: Participant[];
  roster?: Participant[];
  /** Answers to pick cards, in order: text the wanted choice shows. */
  picks?: string[];
  /** Values typed or chosen on the confirmation card before Share. */
  inputs?: Record<string, string>;
  item: { path: string; driveId?: string; owner?: Participant };
  grants: { to: Grantee; role: 'read' | 'write' }[];
  /** Text the confirmation card must show. */
  cardShows?: (string | RegExp)[];
  /** Text the result card must show. */
  resultShows?: (string | RegExp)[];
}

/** One row that must end without any share. */
export interface RefusalCase {
  says: string;
  from?: Participant;
  where?: 'personal' | 'groupChat' | 'channel';
  /** A conversation of the row's own (e.g. a channel of a given team), instead of `where`'s. */
  conversation?: TestConversation;
  mentions?: Participant[];
  roster?: Participant[];
  /** Pick-card answers before the final reply. */
  picks?: string[];
  /** What the last reply must say. */
  reply: RegExp;
}

/** Conversations used by the tables. */
export const conversations = {
  groupChat: { id: '19:launch-sync@thread.v2', type: 'groupChat' } as TestConversation,
  channel: { id: '19:launch-planning@thread.tacv2;messageid=1', type: 'channel' } as TestConversation,
};

/** Rows run so far: each row gets a conversation of its own, so what one row left open is not another's context. */
let rowsRun = 0;

function conversationFor(where: ShareCase['where'], from: Participant): TestConversation {
  rowsRun++;
  if (where === 'groupChat') return { ...conversations.groupChat, id: `19:launch-sync-${rowsRun}@thread.v2` };
  if (where === 'channel')
    return { ...conversations.channel, id: `19:launch-planning@thread.tacv2;messageid=${rowsRun}` };
  const personal = personalChat(from);
  return { ...personal, id: `${personal.id}-${rowsRun}` };
}

/** Whether a permission list grants `grantee` at least `role`. */
export function hasGrant(
  permissions: SandboxPermission[],
  grantee: Grantee,
  role: 'read' | 'write',
): boolean {
  return permissions.some((permission) => {
    const roleOk = role === 'read' ? permission.roles.length > 0 : permission.roles.includes('write');
    if (!roleOk) return false;
    const user = permission.grantedToV2?.user ?? permission.grantedTo?.user;
    if ('groupId' in grantee) return permission.grantedToV2?.group?.id === grantee.groupId;
    if ('aadObjectId' in grantee) return user?.id === grantee.aadObjectId;
    const email = grantee.email.toLowerCase();
    return user?.email?.toLowerCase() === email || permission.invitation?.email?.toLowerCase() === email;
  });
}

/**
 * Runs a share row end to end: fresh tenant, the sentence, any picks, the confirmation card,
 * Share, and then checks the sandbox's permissions changed as expected (and did not before).
 */
export async function runShareCase(
  harness: BotHarness,
  row: ShareCase,
): Promise<{ confirm: CardMessage; result: InvokeAnswer }> {
  await harness.sandbox.reset();
  const from = row.from ?? people.alex;
  const owner = row.item.owner ?? from;
  const item = await harness.asUser.itemByPath(owner.aadObjectId, row.item.path, row.item.driveId);
  const before = await harness.asUser.permissionsAs(owner.aadObjectId, item.driveId, item.id);
  for (const grant of row.grants) {
    assert.equal(
      hasGrant(before, grant.to, grant.role),
      false,
      `already granted before the share: ${JSON.stringify(grant)}`,
    );
  }
  const conversation = row.conversation ?? conversationFor(row.where, from);
  if (row.roster) harness.teams.setMembers(conversation, row.roster);
  const text = typeof row.says === 'function' ? row.says(item) : row.says;
  const sent = await harness.teams.say(text, { from, conversation, mentions: row.mentions });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got: ${last ? textOf(last) : 'nothing'}`);
  let message = cardMessage(last, conversation);
  for (const pick of row.picks ?? []) {
    const verb = pickVerbOf(message.card);
    assert.ok(findExecute(message.card, verb), `expected a pick card, got: ${cardText(message)}`);
    const answer = await harness.teams.click(message, verb, {
      from,
      choice: choiceShowing(message.card, pick),
    });
    message = replaced(message, answer);
  }
  const confirmText = cardText(message);
  assert.ok(
    findExecute(message.card, 'share.confirm'),
    `expected the confirmation card, got: ${confirmText}`,
  );
  for (const shown of row.cardShows ?? []) assertShows(confirmText, shown, 'confirmation card');
  const result = await harness.teams.click(message, 'share.confirm', { from, inputs: row.inputs });
  const resultText = textOf(result);
  assert.match(resultText, /Shared/, `expected the result card, got: ${resultText}`);
  for (const shown of row.resultShows ?? []) assertShows(resultText, shown, 'result card');
  const after = await harness.asUser.permissionsAs(owner.aadObjectId, item.driveId, item.id);
  for (const grant of row.grants) {
    assert.ok(
      hasGrant(after, grant.to, grant.role),
      `not granted ${grant.role} to ${JSON.stringify(grant.to)}: ${JSON.stringify(after)}`,
    );
  }
  return { confirm: message, result };
}

/** Runs a refusal row: the reply says what it should, and no invite reached the sandbox. */
export async function runRefusalCase(harness: BotHarness, row: RefusalCase): Promise<string> {
  await harness.sandbox.reset();
  await harness.sandbox.clearRequests();
  const from = row.from ?? people.alex;
  const conversation = row.conversation ?? conversationFor(row.where, from);
  if (row.roster) harness.teams.setMembers(conversation, row.roster);
  const sent = await harness.teams.say(row.says, { from, conversation, mentions: row.mentions });
  const last = sent.at(-1);
  assert.ok(last, 'the bot said nothing');
  let reply = textOf(last);
  if (row.picks) {
    let message = cardMessage(last, conversation);
    for (const pick of row.picks) {
      const verb = pickVerbOf(message.card);
      const answer = await harness.teams.click(message, verb, {
        from,
        choice: choiceShowing(message.card, pick),
      });
      reply = textOf(answer);
      if (answer.type === 'application/vnd.microsoft.card.adaptive') message = replaced(message, answer);
    }
  }
  assert.match(reply, row.reply);
  const invites = (await harness.sandbox.requests()).filter(
    (r) => r.method === 'POST' && /\/invite$/.test(r.path.split('?')[0]),
  );
  assert.deepEqual(invites, [], 'an invite was sent although nothing should be shared');
  return reply;
}

/** The verb a pick card's choices send: picking a file, or else picking a person. */
function pickVerbOf(card: CardJson): string {
  return findExecute(card, 'share.pickFile') ? 'share.pickFile' : 'share.pickPerson';
}

function assertShows(text: string, shown: string | RegExp, where: string): void {
  if (typeof shown === 'string') assert.ok(text.includes(shown), `${where} should show "${shown}":\n${text}`);
  else assert.match(text, shown, `${where} should match ${shown}:\n${text}`);
}
