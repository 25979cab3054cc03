import type { ContainerStyle, ExecuteAction, OpenUrlAction, TextBlock } from './adaptive-card';
import type { ActionData } from './models';

/** A wrapping TextBlock; `text` must already be markdown-safe (see escape.ts). */
export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A card heading (marked as a heading for screen readers). */
export function heading(text: string, color?: TextBlock['color']): TextBlock {
  return textBlock(text, { size: 'medium', weight: 'bolder', style: 'heading', ...(color ? { color } : {}) });
}

/** An Action.Execute carrying only the opaque action data; the verb is repeated as Teams routes on it. */
export function executeAction(
  title: string,
  data: ActionData,
  options: Pick<ExecuteAction, 'style' | 'tooltip' | 'associatedInputs'> = {},
): ExecuteAction {
  return { type: 'Action.Execute', title, verb: data.verb, data, ...options };
}

/** An Action.OpenUrl; callers pass a URL already validated by safeHttpUrl. */
export function openUrlAction(title: string, url: string, tooltip?: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url, ...(tooltip ? { tooltip } : {}) };
}

/** Container styles and leading symbols per tone, so meaning never rests on colour alone. */
export const toneStyles: Record<
  'info' | 'good' | 'warning' | 'attention',
  { color: TextBlock['color']; container: ContainerStyle; symbol: string }
> = {
  info: { color: 'default', container: 'emphasis', symbol: 'ℹ️' },
  good: { color: 'good', container: 'good', symbol: '✅' },
  warning: { color: 'warning', container: 'warning', symbol: '⚠️' },
  attention: { color: 'attention', container: 'attention', symbol: '⛔' },
};
