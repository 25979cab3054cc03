import { formatDate } from '../../cards/format-date';
import * as words from '../../wording/my-shares';
import { tokenRefusalReply } from '../../wording/replies';
import { readHistory } from '../history/history-book';
import { readMySharesQuestion } from '../history/read-my-shares-question';
import type { ShareHistoryEntry } from '../history/share-history';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { foldText } from '../resolve/fold-text';
import { itemKey, readItemAccess, shareRow } from '../tab/list-my-shares';

/** How many shares one chat answer lists; the tab has the rest. */
const listedInChat = 10;

/**
 * "what did I share today?": the person's shares from their history, each person's access read
 * from Graph now (one `$batch`, as the tab does). Only in personal chat, since the list names
 * who else has access. False when the message is not such a question.
 */
export async function answerMySharesQuestion(turn: ChatTurn, text: string, deps: FlowDeps): Promise<boolean> {
  const question = readMySharesQuestion(text, { timeZone: turn.timeZone, now: deps.now() });
  if (!question) return false;
  if (turn.conversation.kind !== 'personal') {
    await turn.sendText(words.mySharesPrivateReply);
    return true;
  }
  const userId = turn.user.aadObjectId;
  const history = userId ? await readHistory(deps.history, userId, deps.now().getTime()) : { entries: [] };
  const matching = history.entries.filter(
    (entry) => inPeriod(entry, question.period) && reaches(entry, question.person),
  );
  const periodWords = question.period?.words;
  if (matching.length === 0) {
    await turn.sendText(words.noSharesReply(periodWords, question.person));
    return true;
  }
  const shown = matching.slice(0, listedInChat);
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(tokenRefusalReply(access));
    return true;
  }
  const states = await readItemAccess(access.port, shown).catch(() => undefined);
  if (!states) {
    await turn.sendText(words.mySharesUnreadableReply);
    return true;
  }
  const lines = shown.map((entry) => {
    const row = shareRow(entry, states.get(itemKey(entry)));
    const people = row.recipients.map((r) => words.sharedWithWords(r.name, r.role, r.state)).join(', ');
    return `- [${row.itemName}](${row.itemUrl}), ${formatDate(row.sharedAt, turn.timeZone)}: ${people}`;
  });
  const more = matching.length > shown.length ? `\n\n${words.moreInTabLine}` : '';
  await turn.sendText(
    `${words.mySharesTitle(periodWords, question.person, shown.length, matching.length)}\n\n${lines.join('\n')}${more}`,
  );
  return true;
}

function inPeriod(entry: ShareHistoryEntry, period: { from: number; to: number } | undefined): boolean {
  return !period || (entry.sharedAt >= period.from && entry.sharedAt <= period.to);
}

/** Whether the share reached someone whose name or address holds every word asked. */
function reaches(entry: ShareHistoryEntry, person: string | undefined): boolean {
  if (!person) return true;
  const wanted = foldText(person).split(/\s+/).filter(Boolean);
  return entry.recipients.some((r) => {
    const text = foldText(`${r.name} ${r.email ?? ''}`);
    return wanted.every((word) => text.includes(word));
  });
}
