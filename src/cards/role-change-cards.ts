import { type AdaptiveCard, adaptiveCardSchema } from './adaptive-card';
import { executeAction, heading, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { Verbs } from './models';

/** What the role-change confirmation shows; every sentence arrives from src/wording. */
export interface RoleChangeConfirmModel {
  requestId: string;
  title: string;
  /** "Change Ana Lopez from Can edit to Can view on plan.xlsx?" */
  question: string;
  note: string;
}

/** The confirmation before one permission's role changes: Change role / Cancel. */
export function roleChangeConfirmCard(model: RoleChangeConfirmModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.question)} This card needs a client that shows Adaptive Cards.`,
    body: [
      heading(escapeMarkdown(model.title)),
      textBlock(escapeMarkdown(model.question)),
      textBlock(escapeMarkdown(model.note), { spacing: 'small', isSubtle: true }),
    ],
    actions: [
      executeAction('Change role', { verb: Verbs.changeRole, ...data }, { style: 'positive' }),
      executeAction('Cancel', { verb: Verbs.cancelRoleChange, ...data }, { associatedInputs: 'none' }),
    ],
  };
}
