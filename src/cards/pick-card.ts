import { maxChoices } from '../domain/limits';
import { cutText, quotedWordsLimit } from '../wording/quote';
import { type AdaptiveCard, adaptiveCardSchema, type Container } from './adaptive-card';
import { executeAction, heading } from './elements';
import { escapeMarkdown, plainText } from './escape';
import type { Verb } from './models';

/** What a pick card asks and offers; the two pick cards differ only in these. */
export interface PickCardParts<T> {
  verb: Verb;
  requestId: string;
  /** The question before the person's quoted words, e.g. "Which file did you mean by". */
  question: string;
  /** What follows the quoted words; a question mark unless given. */
  afterQuery?: string;
  query: string;
  choices: T[];
  /** A choice's name for its button, and what tells it from a namesake (a folder, an address). */
  name: (value: T) => { name: string; detail?: string };
  /** One choice's container; `index` is what its button sends, `label` the button's title. */
  choice: (value: T, index: number, label: string) => Container;
}

/** Longest title a choice button gets; its tooltip keeps the whole label. */
export const choiceLabelLimit = 48;

/**
 * The button labels of a pick card: "Choose" and the choice's name, so a screen reader hears
 * "Choose Ana Lopez, Choose Ana Silva", not "Choose, Choose". Names two choices share get what tells
 * them apart ("Choose budget.xlsx in /Finance/2027").
 */
export function choiceLabels(names: { name: string; detail?: string }[]): string[] {
  return names.map(({ name, detail }) => {
    const shared = names.filter((other) => other.name.toLowerCase() === name.toLowerCase()).length > 1;
    return shared && detail ? `Choose ${name} ${detail}` : `Choose ${name}`;
  });
}

/** A pick card: the question, at most `maxChoices` choices, and "None of these". */
export function pickCard<T>(parts: PickCardParts<T>): AdaptiveCard {
  const query = cutText(plainText(parts.query), quotedWordsLimit);
  const shown = parts.choices.slice(0, maxChoices);
  const labels = choiceLabels(shown.map(parts.name));
  const afterQuery = parts.afterQuery ?? '?';
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${parts.question} "${query}"${afterQuery}`,
    body: [
      heading(`${parts.question} “${escapeMarkdown(query)}”${afterQuery}`),
      ...shown.map((value, index) => parts.choice(value, index, labels[index] as string)),
    ],
    actions: [
      executeAction('None of these', { verb: parts.verb, requestId: parts.requestId, choice: 'none' }),
    ],
  };
}
