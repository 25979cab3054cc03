import type { DriveItemInfo } from '../domain/item';
import { type LinkScope, type LinkType, linkScopes } from '../domain/sharing-link';
import type { AdaptiveCard, CardElement } from './adaptive-card';
import { adaptiveCardSchema } from './adaptive-card';
import { executeAction, heading, openUrlAction, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { LinkInputs, Verbs } from './models';
import { safeHttpUrl } from './safe-url';

/** What the link confirmation card shows; every sentence arrives from src/wording. */
export interface LinkConfirmModel {
  requestId: string;
  title: string;
  itemName: string;
  type: LinkType;
  scope: LinkScope;
  /** Names a `users` link is for. */
  recipientNames: string[];
  /** The expiry in the person's words and time zone, when asked. */
  expiryText?: string;
  scopeLabels: Record<LinkScope, string>;
  notes: string[];
}

/** The confirmation before a link is made: type and scope as choices, expiry, who, Create / Cancel. */
export function linkConfirmCard(model: LinkConfirmModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  // A "specific people" link is only offered when people were named; the others always are.
  const scopes = linkScopes.filter((s) => s !== 'users' || model.recipientNames.length > 0);
  const body: CardElement[] = [
    heading(escapeMarkdown(model.title)),
    textBlock(`**${escapeMarkdown(model.itemName)}**`),
    {
      type: 'Input.ChoiceSet',
      id: LinkInputs.type,
      label: 'People with the link can',
      style: 'compact',
      value: model.type,
      choices: [
        { title: 'View', value: 'view' },
        { title: 'Edit', value: 'edit' },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: LinkInputs.scope,
      label: 'Who the link works for',
      style: 'compact',
      value: model.scope,
      choices: scopes.map((s) => ({ title: model.scopeLabels[s], value: s })),
    },
  ];
  if (model.recipientNames.length > 0)
    body.push(textBlock(`Specific people: ${escapeMarkdown(model.recipientNames.join(', '))}`));
  body.push(textBlock(model.expiryText ? `Expires: ${escapeMarkdown(model.expiryText)}` : 'Expires: never'));
  for (const note of model.notes) body.push(textBlock(`Note: ${escapeMarkdown(note)}`, { spacing: 'small' }));
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Confirm a sharing link for ${plainText(model.itemName)}: this card needs a client that shows Adaptive Cards.`,
    body,
    actions: [
      executeAction('Create link', { verb: Verbs.createLink, ...data }, { style: 'positive' }),
      executeAction('Cancel', { verb: Verbs.cancelLink, ...data }, { associatedInputs: 'none' }),
    ],
  };
}

/** What the result card shows: the link itself as copyable text and an Open button. */
export interface LinkResultModel {
  title: string;
  itemName: string;
  summary: string;
  copyHint: string;
  webUrl?: string;
  /** Said instead of the URL when Graph returned none. */
  missingUrlText: string;
  expiryText?: string;
}

/** The card after a link was made. */
export function linkResultCard(model: LinkResultModel): AdaptiveCard {
  const url = safeHttpUrl(model.webUrl);
  const body: CardElement[] = [
    heading(`✅ ${escapeMarkdown(model.title)}`, 'good'),
    textBlock(`**${escapeMarkdown(model.itemName)}**: ${escapeMarkdown(model.summary)}`),
  ];
  if (model.expiryText)
    body.push(textBlock(`Expires: ${escapeMarkdown(model.expiryText)}`, { spacing: 'small' }));
  if (url) {
    body.push(textBlock(escapeMarkdown(model.copyHint), { spacing: 'medium' }));
    // Plain (escaped) text, not a markdown link, so the whole address can be selected and copied.
    body.push(textBlock(escapeMarkdown(url), { fontType: 'monospace', spacing: 'small' }));
  } else body.push(textBlock(escapeMarkdown(model.missingUrlText)));
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)}: ${url ?? plainText(model.missingUrlText)}`,
    body,
    ...(url ? { actions: [openUrlAction('Open', url)] } : {}),
  };
}

/** What the delete confirmation shows. */
export interface LinkDeleteModel {
  requestId: string;
  title: string;
  item: DriveItemInfo;
  linkText: string;
  warning: string;
}

/** The confirmation before one link permission is deleted. */
export function linkDeleteCard(model: LinkDeleteModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Confirm deleting a link on ${plainText(model.item.name)}: this card needs a client that shows Adaptive Cards.`,
    body: [
      heading(escapeMarkdown(model.title)),
      textBlock(`**${escapeMarkdown(model.item.name)}**: ${escapeMarkdown(model.linkText)}`),
      textBlock(escapeMarkdown(model.warning), { spacing: 'small' }),
    ],
    actions: [
      executeAction('Delete link', { verb: Verbs.deleteLink, ...data }, { style: 'destructive' }),
      executeAction('Keep it', { verb: Verbs.cancelLink, ...data }, { associatedInputs: 'none' }),
    ],
  };
}
