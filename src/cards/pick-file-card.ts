import { maxChoices } from '../domain/limits';
import { type AdaptiveCard, adaptiveCardSchema, type Container } from './adaptive-card';
import { executeAction, heading } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { itemDetailBlocks } from './item-details';
import { type DriveItemView, type PickFileCardModel, Verbs } from './models';

/** One file choice: its details and a "Choose" button carrying only the choice index. */
function fileChoice(requestId: string, item: DriveItemView, index: number): Container {
  return {
    type: 'Container',
    separator: true,
    spacing: 'medium',
    items: [
      ...itemDetailBlocks(item),
      {
        type: 'ActionSet',
        actions: [
          executeAction(
            'Choose',
            { verb: Verbs.pickFile, requestId, choice: String(index) },
            { tooltip: `Choose ${plainText(item.name)}` },
          ),
        ],
      },
    ],
  };
}

/** Asks which of several matching files the person meant, with "None of these". */
export function pickFileCard(model: PickFileCardModel): AdaptiveCard {
  const choices = model.choices.slice(0, maxChoices);
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Which file did you mean by "${plainText(model.query)}"?`,
    body: [
      heading(`Which file did you mean by “${escapeMarkdown(model.query)}”?`),
      ...choices.map((item, index) => fileChoice(model.requestId, item, index)),
    ],
    actions: [
      executeAction('None of these', { verb: Verbs.pickFile, requestId: model.requestId, choice: 'none' }),
    ],
  };
}
