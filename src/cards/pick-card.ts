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
  query: string;
  choices: T[];
  /** One choice's container; `index` is what its button sends. */
  choice: (value: T, index: number) => Container;
}

/** A pick card: the question, at most `maxChoices` choices, and "None of these". */
export function pickCard<T>(parts: PickCardParts<T>): AdaptiveCard {
  const query = cutText(plainText(parts.query), quotedWordsLimit);
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${parts.question} "${query}"?`,
    body: [
      heading(`${parts.question} “${escapeMarkdown(query)}”?`),
      ...parts.choices.slice(0, maxChoices).map((value, index) => parts.choice(value, index)),
    ],
    actions: [
      executeAction('None of these', { verb: parts.verb, requestId: parts.requestId, choice: 'none' }),
    ],
  };
}
