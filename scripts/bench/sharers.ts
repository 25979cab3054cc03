import { people } from '../../test/support/demo-tenant';
import type { Participant } from '../../test/support/teams-people';

/** A demo-tenant user who shares a file from their own OneDrive. */
export interface Sharer {
  person: Participant;
  file: string;
}

/** Ten users of the demo tenant (env/demo-tenant.json), each with a file only they own. */
export const sharers: Sharer[] = [
  { person: people.alex, file: 'report.xlsx' },
  { person: people.anaLopez, file: 'Vendor list.xlsx' },
  { person: people.anaSilva, file: 'Brand guidelines.pdf' },
  { person: people.mateo, file: 'Product spec.docx' },
  { person: people.priya, file: 'Architecture.vsdx' },
  { person: people.sean, file: 'Pipeline Q3.xlsx' },
  { person: people.lee, file: 'Data dictionary.xlsx' },
  { person: people.isaiah, file: 'Leads.xlsx' },
  { person: people.patti, file: 'Strategy 2027.pptx' },
  { person: people.nestor, file: 'Warehouse inventory.xlsx' },
];

/** People who receive the shares; none of them is a sharer, so nobody shares with themself. */
export const recipients: Participant[] = [people.maria, people.megan, people.adele, people.lynne, people.tom];

/** The sentence sharer `index` types for their `turn`-th share: a different recipient every turn. */
export function shareSentence(index: number, turn: number): string {
  const sharer = sharers[index];
  const recipient = recipients[(index + turn) % recipients.length];
  return `share ${sharer.file} with ${recipient.name} as editor`;
}
