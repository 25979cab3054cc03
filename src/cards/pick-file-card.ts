import type { AdaptiveCard, Container } from './adaptive-card';
import { executeAction } from './elements';
import { plainText } from './escape';
import { itemDetailBlocks } from './item-details';
import { type DriveItemView, type PickFileCardModel, Verbs } from './models';
import { pickCard } from './pick-card';

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
  return pickCard({
    verb: Verbs.pickFile,
    requestId: model.requestId,
    question: 'Which file did you mean by',
    query: model.query,
    choices: model.choices,
    choice: (item, index) => fileChoice(model.requestId, item, index),
  });
}
