/** A Teams user taking part in a test conversation. */
export interface Participant {
  aadObjectId: string;
  name: string;
  /** The Teams id ("29:..."); derived from the object id when absent. */
  teamsId?: string;
  email?: string;
}

/** The team a test channel belongs to, as Teams describes it in `channelData`. */
export interface TestTeam {
  /** The team's thread id ("19:…@thread.tacv2"). */
  id: string;
  /** Sent in `channelData.team.aadGroupId`; left out to make the bot ask for the team details. */
  aadGroupId?: string;
  /** What the team details call (`GET /v3/teams/{id}`) answers as the group id. */
  detailsGroupId?: string;
  /** `channelData.channel.type`: "standard", "private" or "shared". */
  channelType?: string;
}

/** Where a message is said. */
export interface TestConversation {
  id: string;
  type: 'personal' | 'groupChat' | 'channel';
  /** For a channel: its team, sent in `channelData`. */
  team?: TestTeam;
}

/** Teams id for a participant. */
export function teamsIdOf(person: Participant): string {
  return person.teamsId ?? `29:${person.aadObjectId}`;
}

/** The personal chat between a user and the bot. */
export function personalChat(person: Participant): TestConversation {
  return { id: `a:personal-${person.aadObjectId}`, type: 'personal' };
}
