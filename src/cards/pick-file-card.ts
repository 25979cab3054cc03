import { cutText } from '../wording/quote';
import type { AdaptiveCard, Container } from './adaptive-card';
import { executeAction } from './elements';
import { plainText } from './escape';
import { itemDetailBlocks } from './item-details';
import { type DriveItemView, type PickFileCardModel, Verbs } from './models';
import { choiceLabelLimit, pickCard } from './pick-card';

/** The name a file's button carries, and where it is to tell same-named files apart. */
function fileName(item: DriveItemView): { name: string; detail?: string } {
  const place = item.folderPath ?? item.driveName ?? item.sharedByName;
  return { name: plainText(item.name), detail: place ? `in ${plainText(place)}` : undefined };
}

/** One file choice: its details and a "Choose <name>" button carrying only the choice index. */
function fileChoice(requestId: string, item: DriveItemView, index: number, label: string): Container {
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
            cutText(label, choiceLabelLimit),
            { verb: Verbs.pickFile, requestId, choice: String(index) },
            { tooltip: label },
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
    name: fileName,
    choice: (item, index, label) => fileChoice(model.requestId, item, index, label),
  });
}
