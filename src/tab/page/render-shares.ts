import type { TabRecipientRow, TabShareRow } from '../../domain/tab-rows';
import { accessStateLabels, tabLabels } from '../../wording/tab';

/** What a Remove button stands for when it is pressed. */
export interface RemoveTarget {
  share: TabShareRow;
  recipient: TabRecipientRow;
  button: HTMLElement;
}

/** What an Extend button stands for when it is pressed. */
export interface ExtendTarget {
  share: TabShareRow;
  button: HTMLElement;
}

/** What the table's buttons do. */
export interface ShareActions {
  onRemove: (target: RemoveTarget) => void;
  onExtend: (target: ExtendTarget) => void;
}

/** The table of shares with Remove and Extend buttons. Text only, never HTML. */
export function sharesTable(shares: readonly TabShareRow[], actions: ShareActions): HTMLTableElement {
  const table = element('table');
  const caption = element('caption', tabLabels.title);
  caption.className = 'visually-hidden';
  table.append(caption);
  const head = element('thead');
  const headRow = element('tr');
  for (const label of [tabLabels.item, tabLabels.people, tabLabels.sharedOn, tabLabels.ends]) {
    const th = element('th', label);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const share of shares) body.append(shareRowElement(share, actions));
  table.append(head, body);
  return table;
}

function shareRowElement(share: TabShareRow, actions: ShareActions): HTMLTableRowElement {
  const row = element('tr');
  row.dataset.requestId = share.requestId;
  const itemCell = element('th');
  itemCell.scope = 'row';
  const link = element('a', share.itemName);
  link.href = share.itemUrl;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  itemCell.append(link);
  const people = element('ul');
  for (const recipient of share.recipients) people.append(recipientItem(share, recipient, actions.onRemove));
  const peopleCell = element('td');
  peopleCell.append(people);
  const shared = element('td', formatWhen(share.sharedAt));
  const ends = element('td');
  ends.append(element('span', share.endsAt ? formatWhen(share.endsAt) : tabLabels.noEnd));
  if (share.extendable) {
    const button = element('fluent-button', tabLabels.extend);
    button.setAttribute('appearance', 'secondary');
    button.setAttribute('size', 'small');
    button.setAttribute('aria-label', `${tabLabels.extend}: ${share.itemName}`);
    button.className = 'extend';
    button.addEventListener('click', () => actions.onExtend({ share, button }));
    ends.append(button);
  }
  row.append(itemCell, peopleCell, shared, ends);
  return row;
}

function recipientItem(
  share: TabShareRow,
  recipient: TabRecipientRow,
  onRemove: (target: RemoveTarget) => void,
): HTMLLIElement {
  const item = element('li');
  item.dataset.recipient = String(recipient.index);
  const who = element('span', recipient.email ? `${recipient.name} (${recipient.email})` : recipient.name);
  const role = element('span', recipient.role === 'write' ? tabLabels.canEdit : tabLabels.canView);
  const state = element('span', accessStateLabels[recipient.state]);
  state.className = `state state-${recipient.state}`;
  item.append(who, separator(), role, separator(), state);
  if (recipient.removable) {
    const button = element('fluent-button', tabLabels.remove);
    button.setAttribute('appearance', 'secondary');
    button.setAttribute('size', 'small');
    button.setAttribute('aria-label', `${tabLabels.remove} ${recipient.name}: ${share.itemName}`);
    button.addEventListener('click', () => onRemove({ share, recipient, button }));
    item.append(button);
  }
  return item;
}

function separator(): HTMLSpanElement {
  const span = element('span', '·');
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** A date and time in the reader's own locale and time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A new element, with text content when given. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K];
export function element(tag: string, text?: string): HTMLElement;
export function element(tag: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
