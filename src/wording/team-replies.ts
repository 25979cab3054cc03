/** What Sharebot says when "everyone in this team" cannot be turned into the team. */

/** The team was named outside a team's channel. */
export const teamOutsideChannelReply =
  '“Everyone in this team” only works in a channel of the team. Name the team instead (for example "share report.xlsx with the Design Team"), or name the people.';

/** "Everyone in this channel" in a private or shared channel, whose members are not the team's. */
export const privateChannelReply =
  "This channel has its own members, and I can't share with just them. Name the people, or say “everyone in this team” to share with the whole team.";

/** Teams did not say which team the channel belongs to. */
export const teamUnknownReply =
  'Teams didn\'t tell me which team this channel belongs to. Name the team instead (for example "share report.xlsx with the Design Team"), or name the people. Nothing was shared.';
