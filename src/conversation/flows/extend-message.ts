import * as words from '../../wording/timed-access';
import { readExtendRequest } from '../access/read-extend-request';
import { extendAccessCardFor } from '../access/timed-access-cards';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { foldedWords, foldText } from '../resolve/fold-text';
import type { ShareRequestRecord } from '../share-request';
import { grantedStatuses } from '../share-states';

/**
 * Answers "extend Ana's access to plan.xlsx until Monday": finds the sender's one timed share of
 * that item with that person and sends the card that asks before moving its end (Extend there
 * moves it). Returns false for any other message. Nothing changes without the click.
 */
export async function answerExtendMessage(turn: ChatTurn, text: string, deps: FlowDeps): Promise<boolean> {
  const ask = readExtendRequest(text, { mentions: turn.mentions, timeZone: turn.timeZone, now: deps.now() });
  if (!ask) return false;
  const matches = await timedSharesOf(turn.user.aadObjectId, ask.personText, ask.itemText, deps);
  const [record] = matches;
  if (!record?.accessEnd) {
    await turn.sendText(words.noTimedShareReply(ask.personText, ask.itemText));
    return true;
  }
  if (matches.length > 1) {
    await turn.sendText(words.severalTimedSharesReply(ask.personText, ask.itemText));
    return true;
  }
  if (!ask.end) {
    await turn.sendText(words.extendNeedsEndReply);
    return true;
  }
  const at = ask.end.kind === 'at' ? ask.end.at : record.accessEnd.at + ask.end.byMs;
  await turn.sendCard(extendAccessCardFor(record, at));
  return true;
}

/**
 * The sender's timed shares still to end whose item and person match the words. The due-end index
 * lists every timed share still to end, so this reads one record per listed share: fine for the
 * shares of a team, not for a tenant with many thousands of them at once.
 */
async function timedSharesOf(
  requester: string | undefined,
  personText: string,
  itemText: string,
  deps: FlowDeps,
): Promise<ShareRequestRecord[]> {
  if (!requester) return [];
  const found: ShareRequestRecord[] = [];
  for (const id of await deps.dueEnds.listed()) {
    const record = (await deps.requests.get(id))?.value;
    if (!record?.accessEnd || record.requesterAadId !== requester) continue;
    if (record.accessEnd.state !== 'scheduled' || !grantedStatuses.includes(record.status)) continue;
    if (!sameItem(record.item?.name ?? '', itemText)) continue;
    if (record.accessEnd.permissions.some((permission) => namedBy(permission.name, personText)))
      found.push(record);
  }
  return found;
}

/** "plan.xlsx" and "plan" both name plan.xlsx. */
function sameItem(name: string, words: string): boolean {
  const folded = foldText(words);
  return foldText(name) === folded || foldText(name.replace(/\.[^.]+$/, '')) === folded;
}

/** "Ana" and "Ana Lopez" name Ana Lopez: the words are the name's first words. */
function namedBy(name: string, text: string): boolean {
  const nameWords = foldedWords(name);
  const asked = foldedWords(text);
  return asked.length > 0 && asked.every((word, index) => nameWords[index] === word);
}
