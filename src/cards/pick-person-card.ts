import type { PersonInfo } from '../domain/person';
import type { AdaptiveCard, Container } from './adaptive-card';
import { executeAction, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { type PickPersonCardModel, Verbs } from './models';
import { pickCard } from './pick-card';
import { recipientMarkers } from './recipient-labels';

/** "Ana Lopez · Group" / "Ana Lopez · Guest": the name with its markers, escaped. */
function personTitle(person: PersonInfo): string {
  const markers = recipientMarkers({
    group: person.kind === 'group',
    guest: person.userType === 'Guest',
    external: false,
  });
  if (person.kind === 'contact') markers.push('Contact');
  const name = escapeMarkdown(person.displayName || person.email || 'Unknown');
  return [name, ...markers].join(' · ');
}

/** "ana@contoso.com · Designer, Marketing", or undefined when there is nothing to add. */
function personDetails(person: PersonInfo): string | undefined {
  const email = person.email ?? person.userPrincipalName;
  const work = [person.jobTitle, person.department].filter((part): part is string => Boolean(part?.trim()));
  const parts = [email, work.length > 0 ? work.join(', ') : undefined].filter((part): part is string =>
    Boolean(part),
  );
  return parts.length > 0 ? parts.map(escapeMarkdown).join(' · ') : undefined;
}

/** One person choice: name, email, job title, department, and a "Choose" button. */
function personChoice(requestId: string, person: PersonInfo, index: number): Container {
  const details = personDetails(person);
  return {
    type: 'Container',
    separator: true,
    spacing: 'medium',
    items: [
      textBlock(personTitle(person), { weight: 'bolder' }),
      ...(details ? [textBlock(details, { isSubtle: true, spacing: 'none' })] : []),
      {
        type: 'ActionSet',
        actions: [
          executeAction(
            'Choose',
            { verb: Verbs.pickPerson, requestId, choice: String(index) },
            { tooltip: `Choose ${plainText(person.displayName || person.email || 'this person')}` },
          ),
        ],
      },
    ],
  };
}

/** Asks which of several matching people (or groups) the person meant, with "None of these". */
export function pickPersonCard(model: PickPersonCardModel): AdaptiveCard {
  return pickCard({
    verb: Verbs.pickPerson,
    requestId: model.requestId,
    question: 'Who did you mean by',
    query: model.query,
    choices: model.choices,
    choice: (person, index) => personChoice(model.requestId, person, index),
  });
}
