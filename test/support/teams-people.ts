/** A Teams user taking part in a test conversation. */
export interface Participant {
  aadObjectId: string;
  name: string;
  /** The Teams id ("29:..."); derived from the object id when absent. */
  teamsId?: string;
  email?: string;
}

/** Where a message is said. */
export interface TestConversation {
  id: string;
  type: 'personal' | 'groupChat' | 'channel';
}

/** Teams id for a participant. */
export function teamsIdOf(person: Participant): string {
  return person.teamsId ?? `29:${person.aadObjectId}`;
}

/** The personal chat between a user and the bot. */
export function personalChat(person: Participant): TestConversation {
  return { id: `a:personal-${person.aadObjectId}`, type: 'personal' };
}
