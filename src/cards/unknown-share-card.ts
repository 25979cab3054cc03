import type { AdaptiveCard } from './adaptive-card';
import { executeAction } from './elements';
import { plainText } from './escape';
import type { UnknownShareCardModel } from './models';
import { Verbs } from './models';
import { noticeCard } from './notice-card';

/**
 * A share whose outcome Sharebot could not learn yet (Graph's answer was lost and its access list
 * could not be read): says so plainly and offers "Check again", which only reads, never invites.
 */
export function unknownShareCard(model: UnknownShareCardModel): AdaptiveCard {
  return {
    ...noticeCard({ title: model.title, text: model.text, tone: 'warning' }),
    actions: [
      executeAction(
        'Check again',
        { verb: Verbs.checkShare, requestId: model.requestId },
        { tooltip: `See whether ${plainText(model.itemName)} was shared` },
      ),
    ],
  };
}
