import type { AdaptiveCard, CardElement, Container } from './adaptive-card';
import { adaptiveCardSchema } from './adaptive-card';
import { executeAction, heading, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { Verbs } from './models';

/** What a line of the who-has-access card offers: Remove, and the other role of a person's or group's own permission. */
export type AccessLineAction = 'remove' | 'makeEditor' | 'makeViewer';

/** One line of the who-has-access card: a person, group or link, what it holds and from where. */
export interface AccessLineView {
  /** The name, or the link in words. */
  title: string;
  /** Role, where it comes from, expiry: already in words. */
  detail: string;
  actions: AccessLineAction[];
}

/** The who-has-access card; every sentence arrives from src/wording. */
export interface WhoHasAccessModel {
  requestId: string;
  title: string;
  lines: AccessLineView[];
  /** Said when there are no lines. */
  emptyText: string;
  notes: string[];
}

/** Every permission the user may see, each with its actions (Remove on direct permissions the user may change). */
export function whoHasAccessCard(model: WhoHasAccessModel): AdaptiveCard {
  const body: CardElement[] = [heading(escapeMarkdown(model.title))];
  if (model.lines.length === 0) body.push(textBlock(escapeMarkdown(model.emptyText)));
  model.lines.forEach((line, index) => {
    body.push(accessLine(model.requestId, line, index));
  });
  for (const note of model.notes)
    body.push(textBlock(escapeMarkdown(note), { isSubtle: true, spacing: 'medium' }));
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)}: ${model.lines.map((l) => `${plainText(l.title)} (${plainText(l.detail)})`).join('; ') || plainText(model.emptyText)}`,
    body,
  };
}

function accessLine(requestId: string, line: AccessLineView, index: number): Container {
  const items: CardElement[] = [
    textBlock(`**${escapeMarkdown(line.title)}**`),
    textBlock(escapeMarkdown(line.detail), { isSubtle: true, spacing: 'none' }),
  ];
  const data = { requestId, choice: String(index) };
  const who = plainText(line.title);
  const actions = line.actions.map((action) =>
    action === 'remove'
      ? executeAction('Remove', { verb: Verbs.removeListed, ...data }, { tooltip: `Remove ${who}` })
      : executeAction(
          action === 'makeEditor' ? 'Make editor' : 'Make viewer',
          { verb: Verbs.changeListedRole, ...data },
          {
            tooltip: `${action === 'makeEditor' ? 'Let' : 'Only let'} ${who} ${action === 'makeEditor' ? 'edit' : 'view'}`,
          },
        ),
  );
  if (actions.length > 0) items.push({ type: 'ActionSet', actions });
  return { type: 'Container', separator: true, spacing: 'medium', items };
}

/** The confirmation before access is removed: exactly what goes, what stays, Remove / Keep it. */
export interface RemoveConfirmModel {
  requestId: string;
  title: string;
  itemName: string;
  removedHeading: string;
  removed: string[];
  keptHeading: string;
  kept: string[];
}

/** The removal confirmation card. */
export function removeConfirmCard(model: RemoveConfirmModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  const body: CardElement[] = [
    heading(escapeMarkdown(model.title)),
    textBlock(`**${escapeMarkdown(model.itemName)}**`),
    textBlock(escapeMarkdown(model.removedHeading), { spacing: 'medium' }),
    ...model.removed.map((line) => textBlock(`- ${escapeMarkdown(line)}`, { spacing: 'none' })),
  ];
  if (model.kept.length > 0) {
    body.push(textBlock(escapeMarkdown(model.keptHeading), { spacing: 'medium', isSubtle: true }));
    for (const line of model.kept)
      body.push(textBlock(`- ${escapeMarkdown(line)}`, { spacing: 'none', isSubtle: true }));
  }
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)} ${plainText(model.itemName)}: this card needs a client that shows Adaptive Cards.`,
    body,
    actions: [
      executeAction('Remove', { verb: Verbs.removeAccess, ...data }, { style: 'destructive' }),
      executeAction('Keep it', { verb: Verbs.keepAccess, ...data }, { associatedInputs: 'none' }),
    ],
  };
}

/** One permission's outcome on the result card. */
export interface RemovalLineView {
  text: string;
  ok: boolean;
}

/** The card after a removal: one line per permission and whether anything was removed. */
export interface RemovalResultModel {
  title: string;
  tone: 'good' | 'warning';
  itemName: string;
  lines: RemovalLineView[];
  summary: string;
}

/** The removal result card. */
export function removalResultCard(model: RemovalResultModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)}: ${plainText(model.summary)}`,
    body: [
      heading(`${model.tone === 'good' ? '✅' : '⚠️'} ${escapeMarkdown(model.title)}`, model.tone),
      textBlock(`**${escapeMarkdown(model.itemName)}**`),
      ...model.lines.map((line) =>
        textBlock(`${line.ok ? '✓' : '✗'} ${escapeMarkdown(line.text)}`, { spacing: 'small' }),
      ),
      textBlock(escapeMarkdown(model.summary), { spacing: 'medium' }),
    ],
  };
}
