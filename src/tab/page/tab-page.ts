// The "Shared from chat" tab in the browser: Teams context, theme, the share list, Remove.
import '@fluentui/web-components/button/define.js';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { setTheme } from '@fluentui/web-components/theme/set-theme.js';
import { app, authentication } from '@microsoft/teams-js';
import type { TabExtendAnswer, TabRemoveAnswer, TabShareRow, TabSharesAnswer } from '../../domain/tab-rows';
import { confirmExtendQuestion, confirmRemoveQuestion, outsideTeamsNote, tabLabels } from '../../wording/tab';
import { arrangeShares, type ShareOrder } from './arrange-shares';
import { type ExtendTarget, element, type RemoveTarget, sharesTable } from './render-shares';

type HostTheme = 'default' | 'dark' | 'contrast';

interface Host {
  inTeams: boolean;
  /** The Authorization header for the API, when the host gives a token. */
  authorization(): Promise<string | undefined>;
}

const root = document.getElementById('app') as HTMLElement;
const state: { answer?: TabSharesAnswer; filter: string; order: ShareOrder } = {
  filter: '',
  order: 'newest',
};
const status = element('p');
status.setAttribute('role', 'status');
const listArea = element('div');

void start();

async function start(): Promise<void> {
  document.title = tabLabels.title;
  const host = await connectHost();
  root.append(heading(), status, controls(), listArea);
  await load(host);
}

/**
 * Inside Teams (an iframe) the SDK gives the theme and an SSO token; in a plain browser (sandbox
 * mode) the page works without either and takes the theme from `?theme=` or the system setting.
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context
 */
async function connectHost(): Promise<Host> {
  if (window.self !== window.top) {
    try {
      await app.initialize();
      const context = await app.getContext();
      applyTheme(asHostTheme(context.app.theme));
      app.registerOnThemeChangeHandler((theme) => applyTheme(asHostTheme(theme)));
      await app.notifySuccess();
      return { inTeams: true, authorization: async () => `Bearer ${await authentication.getAuthToken()}` };
    } catch {
      // Not a Teams host after all: carry on as a plain page.
    }
  }
  const asked = new URLSearchParams(window.location.search).get('theme');
  const system = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
  applyTheme(asHostTheme(asked ?? system));
  return { inTeams: false, authorization: async () => undefined };
}

function asHostTheme(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

function applyTheme(theme: HostTheme): void {
  setTheme(
    theme === 'dark' ? teamsDarkTheme : theme === 'contrast' ? teamsHighContrastTheme : teamsLightTheme,
  );
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme === 'default' ? 'light' : 'dark';
}

function heading(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(element('h1', tabLabels.title), element('p', tabLabels.intro));
  return fragment;
}

function controls(): HTMLElement {
  const box = element('div');
  box.className = 'controls';
  const filterLabel = element('label', tabLabels.filter);
  const filter = element('input');
  filter.type = 'search';
  filter.autocomplete = 'off';
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    renderList();
  });
  filterLabel.append(filter);
  const sortLabel = element('label', tabLabels.sortBy);
  const sort = element('select');
  for (const [value, text] of [
    ['newest', tabLabels.sortNewest],
    ['oldest', tabLabels.sortOldest],
    ['name', tabLabels.sortName],
  ] as const) {
    const option = element('option', text);
    option.value = value;
    sort.append(option);
  }
  sort.addEventListener('change', () => {
    state.order = sort.value as ShareOrder;
    renderList();
  });
  sortLabel.append(sort);
  const refresh = element('fluent-button', tabLabels.refresh);
  refresh.addEventListener('click', () => void load(currentHost));
  box.append(filterLabel, sortLabel, refresh);
  return box;
}

let currentHost: Host = { inTeams: false, authorization: async () => undefined };

async function load(host: Host): Promise<void> {
  currentHost = host;
  root.setAttribute('aria-busy', 'true');
  status.textContent = tabLabels.loading;
  try {
    const answer = await callApi<TabSharesAnswer>(host, '/tab/api/shares', 'GET');
    state.answer = answer;
    status.textContent = '';
    renderNote(answer);
    renderList();
  } catch (error) {
    status.textContent = error instanceof ApiError ? error.message : tabLabels.loadFailed;
  } finally {
    root.setAttribute('aria-busy', 'false');
  }
}

function renderNote(answer: TabSharesAnswer): void {
  root.querySelector('.note')?.remove();
  if (!answer.outsideTeams) return;
  const note = element('p', outsideTeamsNote(answer.user.name));
  note.className = 'note';
  root.insertBefore(note, status);
}

function renderList(): void {
  const answer = state.answer;
  if (!answer) return;
  listArea.replaceChildren();
  if (answer.shares.length === 0) {
    listArea.append(element('p', tabLabels.empty));
    return;
  }
  const shares = arrangeShares(answer.shares, state.filter, state.order);
  listArea.append(
    shares.length > 0
      ? sharesTable(shares, { onRemove: askRemove, onExtend: askExtend })
      : element('p', tabLabels.noMatch),
  );
}

/** The confirmation before Remove: a modal dialog; focus returns to the Remove button after. */
function askRemove(target: RemoveTarget): void {
  const question = confirmRemoveQuestion(target.recipient.name, target.share.itemName);
  const dialog = askInDialog(question, [], tabLabels.confirmRemove, target.button, () => void remove(target));
  dialog.cancel.focus();
}

async function remove(target: RemoveTarget): Promise<void> {
  const path = `/tab/api/shares/${encodeURIComponent(target.share.requestId)}/recipients/${target.recipient.index}/remove`;
  await changeShare(target.share.requestId, () => callApi<TabRemoveAnswer>(currentHost, path, 'POST'));
}

/**
 * The question before Extend: a modal dialog with the new end's date and time (the reader's own
 * time zone), a week after the current end to start with; focus returns to Extend after.
 */
function askExtend(target: ExtendTarget): void {
  const proposed = new Date(
    Math.max(Date.parse(target.share.endsAt ?? '') || 0, Date.now()) + 7 * 86_400_000,
  );
  const date = labelledInput(tabLabels.newEndDate, 'date', localDate(proposed));
  const time = labelledInput(tabLabels.newEndTime, 'time', '23:59');
  const fields = element('div');
  fields.className = 'controls';
  fields.append(date.label, time.label);
  askInDialog(
    confirmExtendQuestion(target.share.itemName),
    [fields],
    tabLabels.confirmExtend,
    target.button,
    () => {
      const endsAt = new Date(`${date.input.value}T${time.input.value || '23:59'}`);
      const path = `/tab/api/shares/${encodeURIComponent(target.share.requestId)}/extend`;
      const body = JSON.stringify({ endsAt: Number.isNaN(endsAt.getTime()) ? '' : endsAt.toISOString() });
      void changeShare(target.share.requestId, () =>
        callApi<TabExtendAnswer>(currentHost, path, 'POST', body),
      );
    },
  );
  date.input.focus();
}

/**
 * A modal dialog with a question, optional fields, Cancel and a confirm button. Cancel, Escape and
 * confirm all close it; Cancel and Escape give focus back to `returnTo`, confirm runs `onConfirm`.
 */
function askInDialog(
  question: string,
  fields: HTMLElement[],
  confirmLabel: string,
  returnTo: HTMLElement,
  onConfirm: () => void,
): { cancel: HTMLElement } {
  const dialog = element('dialog');
  const text = element('p', question);
  text.id = `dialog-question-${Date.now()}`;
  dialog.setAttribute('aria-labelledby', text.id);
  const buttons = element('div');
  buttons.className = 'dialog-buttons';
  const cancel = element('fluent-button', tabLabels.cancel);
  const confirm = element('fluent-button', confirmLabel);
  confirm.setAttribute('appearance', 'primary');
  buttons.append(cancel, confirm);
  dialog.append(text, ...fields, buttons);
  document.body.append(dialog);
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener('click', () => {
    close();
    returnTo.focus();
  });
  dialog.addEventListener('cancel', () => {
    dialog.remove();
    returnTo.focus();
  });
  confirm.addEventListener('click', () => {
    onConfirm();
    close();
  });
  dialog.showModal();
  return { cancel };
}

/** A required input inside its label. */
function labelledInput(text: string, type: 'date' | 'time', value: string) {
  const label = element('label', text);
  const input = element('input');
  input.type = type;
  input.required = true;
  input.value = value;
  label.append(input);
  return { label, input };
}

/** A date as the date input shows it, in the reader's time zone. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Runs a change (Remove, Extend), puts the share as it now stands in the list and says what happened. */
async function changeShare(
  requestId: string,
  change: () => Promise<{ message: string; share?: TabShareRow }>,
): Promise<void> {
  status.textContent = '';
  try {
    const answer = await change();
    const updated = answer.share;
    if (state.answer && updated) {
      state.answer = {
        ...state.answer,
        shares: state.answer.shares.map((s) => (s.requestId === updated.requestId ? updated : s)),
      };
    }
    renderList();
    status.textContent = answer.message;
  } catch (error) {
    status.textContent = error instanceof ApiError ? error.message : tabLabels.loadFailed;
  }
  const row = listArea.querySelector<HTMLElement>(`tr[data-request-id="${CSS.escape(requestId)}"] a`);
  (row ?? listArea).focus();
}

/** The API refused or failed; `message` is the API's own sentence for the person. */
class ApiError extends Error {}

async function callApi<T>(host: Host, path: string, method: 'GET' | 'POST', body?: string): Promise<T> {
  const authorization = await host.authorization();
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body });
  const answer = (await response.json().catch(() => undefined)) as
    | (T & { error?: { message?: string } })
    | undefined;
  if (!response.ok && response.status !== 404) {
    throw new ApiError(answer?.error?.message ?? tabLabels.loadFailed);
  }
  if (!answer) throw new ApiError(tabLabels.loadFailed);
  return answer;
}
