import * as words from '../../wording/team-replies';
import type { RecipientRef } from '../parse/parsed-request';
import type { ChatMember, ChatTurn } from '../ports/chat-turn';
import type { RecipientQuery } from './resolve-recipients';

/**
 * The directory queries for a request's recipients, or why the team it named cannot be known: said
 * outside a team's channel, "this channel" in a private or shared channel (whose members are not
 * the team's), or Teams did not name the team.
 */
export type RecipientQueries = { queries: RecipientQuery[] } | { refusal: string };

/**
 * Turns recipient references into directory queries. @mentions and "everyone in this chat" are
 * looked up in the Teams roster first, to get each person's directory id; the sender is left out.
 * In a team's standard channel, "everyone in this channel" and "everyone in this team" are the
 * team's Microsoft 365 group: one grant that also covers people who join later.
 */
export async function recipientQueries(turn: ChatTurn, refs: RecipientRef[]): Promise<RecipientQueries> {
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
      const team = await teamQuery(turn, ref);
      if (team && 'refusal' in team) return team;
      if (team) {
        queries.push(team);
        continue;
      }
      for (const member of await turn.listMembers()) {
        if (member.aadObjectId && !isSender(member))
          queries.push({ kind: 'member', member, label: member.name });
      }
    }
  }
  return { queries };
}

/**
 * The team's group for "everyone in this team" (anywhere in a team) or "everyone in this channel"
 * (in a standard channel); undefined where the chat's roster is meant instead. A private or shared
 * channel has members of its own, which the team's group would over-share with (docs/teams-notes.md §T16).
 */
async function teamQuery(
  turn: ChatTurn,
  ref: RecipientRef & { kind: 'chatMembers' },
): Promise<RecipientQuery | { refusal: string } | undefined> {
  if (turn.conversation.kind !== 'channel')
    return ref.team ? { refusal: words.teamOutsideChannelReply } : undefined;
  const team = await turn.channelTeam();
  if (!team) return ref.team ? { refusal: words.teamUnknownReply } : undefined;
  const ownMembers = team.channelType === 'private' || team.channelType === 'shared';
  if (ownMembers && !ref.team) return { refusal: words.privateChannelReply };
  if (!team.groupId) return { refusal: words.teamUnknownReply };
  return { kind: 'team', groupId: team.groupId, label: ref.span.text };
}
