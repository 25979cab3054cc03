import type { ActionData } from './models';

/**
 * The subset of the Adaptive Card 1.5 schema that Sharebot's cards use, as plain JSON types.
 * Schema: https://adaptivecards.io/explorer/
 */

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  type: 'TextBlock';
  /** Markdown text: anything user- or Graph-supplied in it must go through escape.ts. */
  text: string;
  wrap: true;
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  style?: 'default' | 'heading';
  fontType?: 'default' | 'monospace';
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  spacing?: Spacing;
  separator?: boolean;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  style: 'compact' | 'expanded';
  value: string;
  choices: { title: string; value: string }[];
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputToggle {
  type: 'Input.Toggle';
  id: string;
  title: string;
  value: 'true' | 'false';
  valueOn: 'true';
  valueOff: 'false';
  wrap: true;
}

export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline: boolean;
  maxLength: number;
  placeholder?: string;
  value?: string;
}

/** A date picker; its value is yyyy-MM-dd. */
export interface InputDate {
  type: 'Input.Date';
  id: string;
  label: string;
  value?: string;
}

/** A time picker; its value is HH:mm. */
export interface InputTime {
  type: 'Input.Time';
  id: string;
  label: string;
  value?: string;
}

export type CardElement =
  | TextBlock
  | Container
  | ActionSet
  | InputChoiceSet
  | InputToggle
  | InputText
  | InputDate
  | InputTime;

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: ActionData['verb'];
  data: ActionData;
  style?: 'default' | 'positive' | 'destructive';
  tooltip?: string;
  /** 'auto' sends the card's inputs with the action; 'none' sends none and skips their validation. */
  associatedInputs?: 'auto' | 'none';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
  tooltip?: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  /** Plain text read out or shown by clients that cannot render the card. */
  fallbackText?: string;
  /**
   * A user-specific view: Teams sends `action` as an automatic `adaptiveCard/action` invoke for
   * each listed user who sees the card, and shows them the card the bot answers with
   * (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views).
   */
  refresh?: { action: ExecuteAction; userIds: string[] };
}

/** The schema URL every card declares. */
export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';
