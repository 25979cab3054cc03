import * as words from '../../wording/timed-access';
import { readExtendRequest } from '../access/read-extend-request';
import { extendAccessCardFor } from '../access/timed-access-cards';
import { timedSharesToEnd } from '../access/timed-access-ends';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { foldedWords, foldText } from '../resolve/fold-text';
import type { ShareRequestRecord } from '../share-request';

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

/** The sender's timed shares still to end whose item and person match the words. */
async function timedSharesOf(
  requester: string | undefined,
  personText: string,
  itemText: string,
  deps: FlowDeps,
): Promise<ShareRequestRecord[]> {
  if (!requester) return [];
  return (await timedSharesToEnd(deps)).filter(
    (record) =>
      record.requesterAadId === requester &&
      sameItem(record.item?.name ?? '', itemText) &&
      (record.accessEnd?.permissions ?? []).some((permission) => namedBy(permission.name, personText)),
  );
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
