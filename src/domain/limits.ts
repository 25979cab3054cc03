/** Invite notification messages longer than this are refused by Graph (docs/graph-notes.md §1.2). */
export const maxInviteMessageLength = 2000;

/** Most choices a pick card offers (at most 5 plus "none of these"). */
export const maxChoices = 5;

/** Most files or folders one request shares: one card must still list each so it can be checked. */
export const maxItemsPerShare = 5;
