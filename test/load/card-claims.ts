import type { CardJson } from '../support/card-queries';
import type { Participant } from '../support/teams-people';
import { type CardState, grantedEmails, grantedRole } from './card-state';

/** A claim a card makes about one person's access. */
export interface Claim {
  person: Participant;
  granted: boolean;
  role?: 'read' | 'write';
}

/** What a card says about each recipient's access, or undefined when it says nothing (yet). */
export function claimsOf(state: CardState, card: CardJson, recipients: Participant[]): Claim[] | undefined {
  switch (state.kind) {
    case 'shared': {
      const granted = grantedEmails(card);
      return recipients.map((person) => {
        const email = (person.email ?? '').toLowerCase();
        return granted.includes(email)
          ? { person, granted: true, role: grantedRole(card, email) }
          : { person, granted: false };
      });
    }
    case 'confirm':
    case 'cancelled':
    case 'notShared':
      return recipients.map((person) => ({ person, granted: false }));
    case 'undone':
      return recipients.map((person) => ({ person, granted: !state.removedAny }));
    default:
      return undefined;
  }
}

/** What a refusal (shown only to the clicker; the card stays) says about access, if anything. */
export function refusalClaims(refusal: string, recipients: Participant[]): Claim[] | undefined {
  if (/Access was not removed/i.test(refusal)) return recipients.map((person) => ({ person, granted: true }));
  if (/Nothing was shared/i.test(refusal)) return recipients.map((person) => ({ person, granted: false }));
  return undefined;
}
