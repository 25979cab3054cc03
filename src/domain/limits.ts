/** Invite notification messages longer than this are refused by Graph (graph-contract §1.2). */
export const maxInviteMessageLength = 2000;

/** The most files or people one pick card offers. */
export const maxChoices = 5;
