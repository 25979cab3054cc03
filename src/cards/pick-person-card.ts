import type { PersonInfo } from '../domain/person';
import { cutText } from '../wording/quote';
import type { AdaptiveCard, Container } from './adaptive-card';
import { executeAction, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { type PickPersonCardModel, type Verb, Verbs } from './models';
import { choiceLabelLimit, pickCard } from './pick-card';
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

/** The name a person's button carries, and their address to tell namesakes apart. */
function personName(person: PersonInfo): { name: string; detail?: string } {
  const address = person.email ?? person.userPrincipalName;
  return {
    name: plainText(person.displayName || address || 'this person'),
    detail: address ? `(${plainText(address)})` : undefined,
  };
}

/** One person choice: name, email, job title, department, and a "Choose <name>" button. */
function personChoice(
  verb: Verb,
  requestId: string,
  person: PersonInfo,
  index: number,
  label: string,
): Container {
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
            cutText(label, choiceLabelLimit),
            { verb, requestId, choice: String(index) },
            { tooltip: label },
          ),
        ],
      },
    ],
  };
}

/**
 * Asks which of several matching people (or groups) the person meant, with "None of these". When
 * the choices are only close spellings of what was typed, it says so and asks "did you mean …?".
 */
export function pickPersonCard(model: PickPersonCardModel): AdaptiveCard {
  const verb = model.verb ?? Verbs.pickPerson;
  return pickCard({
    verb,
    requestId: model.requestId,
    ...(model.suggested
      ? { question: 'I couldn’t find anyone called', afterQuery: '. Did you mean one of these?' }
      : {
          question: model.question?.before ?? 'Who did you mean by',
          ...(model.question ? { afterQuery: model.question.after } : {}),
        }),
    query: model.query,
    choices: model.choices,
    name: personName,
    choice: (person, index, label) => personChoice(verb, model.requestId, person, index, label),
  });
}
