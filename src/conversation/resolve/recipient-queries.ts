import type { RecipientRef } from '../parse/parsed-request';
import type { ChatMember, ChatTurn } from '../ports/chat-turn';
import type { RecipientQuery } from './resolve-recipients';

/**
 * Turns recipient references into directory queries. @mentions and "everyone in this chat" are
 * looked up in the Teams roster first, to get each person's directory id; the sender is left out.
 */
export async function recipientQueries(turn: ChatTurn, refs: RecipientRef[]): Promise<RecipientQuery[]> {
  const queries: RecipientQuery[] = [];
  const isSender = (member: ChatMember) =>
    !!member.aadObjectId && member.aadObjectId === turn.user.aadObjectId;
  for (const ref of refs) {
    if (ref.kind === 'email') {
      queries.push({ kind: 'email', email: ref.email });
    } else if (ref.kind === 'name') {
      queries.push({ kind: 'name', text: ref.text });
    } else if (ref.kind === 'mention') {
      const member: ChatMember = ref.aadObjectId
        ? { aadObjectId: ref.aadObjectId, name: ref.name }
        : ((await turn.getMember(ref.teamsId)) ?? { name: ref.name });
      if (!isSender(member)) queries.push({ kind: 'member', member, label: ref.name });
    } else {
      for (const member of await turn.listMembers()) {
        if (member.aadObjectId && !isSender(member))
          queries.push({ kind: 'member', member, label: member.name });
      }
    }
  }
  return queries;
}
