import type { TokenRefusal } from '../auth/token-source';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { Verb } from '../cards/models';
import { noticeCard } from '../cards/notice-card';
import { guardAccessRequest } from '../conversation/access/access-guard';
import { guardRoleChange } from '../conversation/access/role-change-guard';
import { type ActionClick, type ActionReply, ClickTokenRefused } from '../conversation/action-reply';
import { type ActionRow, actionTable } from '../conversation/action-table';
import { guardLinkRequest } from '../conversation/links/link-guard';
import type { ChatTurn } from '../conversation/ports/chat-turn';
import type { FlowDeps } from '../conversation/ports/flow-deps';
import { graphFailureFields } from '../conversation/ports/log';
import { guardRequest } from '../conversation/request-guard';
import { GraphRequestError } from '../graph/port';
import { tokenRefusedTitle, unknownButtonRefusal } from '../wording/clicks';
import { describeFailure } from '../wording/failures';
import { tokenRefusalReply } from '../wording/replies';
import type { UnchangedNote } from '../wording/unchanged';

/**
 * Runs a card action through its row of the action table. `verb` comes from Action.Execute; `data`
 * holds the request id and, because Share sends its inputs with it, the card's input values too.
 * For every row the request is loaded and checked once (clicker, expiry, allowed statuses); a
 * refused token and a failed Graph call that the handler leaves unhandled are answered here, once.
 */
export async function routeAction(
  turn: ChatTurn,
  verb: string | undefined,
  data: Record<string, unknown>,
  deps: FlowDeps,
): Promise<ActionReply> {
  const requestId = typeof data.requestId === 'string' ? data.requestId : undefined;
  // A click's data is whatever the client sent: a verb that is not a string (an array of objects
  // with a non-callable toString) would throw when used as a property key.
  const row =
    typeof verb === 'string' && Object.hasOwn(actionTable, verb) ? actionTable[verb as Verb] : undefined;
  if (!row || !requestId) return { refusal: unknownButtonRefusal };
  const guard = await guardRow(turn, row, requestId, deps);
  if (!guard.ok) return guard.reply;
  const click: ActionClick = {
    choice: typeof data.choice === 'string' ? data.choice : undefined,
    inputs: data,
    graph: async () => {
      const access = await turn.openGraph();
      if (!access.ok) throw new ClickTokenRefused(access);
      return access.port;
    },
  };
  try {
    return await guard.run(click);
  } catch (error) {
    if (error instanceof ClickTokenRefused) return { card: tokenRefusalCard(error.refusal, row.unchanged) };
    if (!(error instanceof GraphRequestError)) throw error;
    deps.log('warn', 'Graph failed during a card click', {
      requestId,
      verb,
      ...graphFailureFields(error.failure),
    });
    const text = describeFailure(error.failure, { unchanged: row.unchanged });
    return { card: noticeCard({ title: text.title, text: text.text, tone: 'warning' }) };
  }
}

/**
 * Guards the click against the records of the row's kind (share, link, access or role-change
 * requests) and
 * binds the row's handler to the guarded record.
 */
async function guardRow(
  turn: ChatTurn,
  row: ActionRow,
  requestId: string,
  deps: FlowDeps,
): Promise<
  { ok: true; run: (click: ActionClick) => Promise<ActionReply> } | { ok: false; reply: ActionReply }
> {
  if (row.records === 'access') {
    const guard = await guardAccessRequest(turn, requestId, row.statuses, deps);
    return guard.ok ? { ok: true, run: (click) => row.handler(turn, guard.request, click, deps) } : guard;
  }
  if (row.records === 'view') return { ok: true, run: () => row.handler(turn, requestId, deps) };
  if (row.records === 'links') {
    const guard = await guardLinkRequest(turn, requestId, row.statuses, deps);
    return guard.ok ? { ok: true, run: (click) => row.handler(turn, guard.request, click, deps) } : guard;
  }
  if (row.records === 'roleChanges') {
    const guard = await guardRoleChange(turn, requestId, row.statuses, deps);
    return guard.ok ? { ok: true, run: (click) => row.handler(turn, guard.request, click, deps) } : guard;
  }
  const guard = await guardRequest(turn, requestId, row.statuses, deps);
  return guard.ok ? { ok: true, run: (click) => row.handler(turn, guard.request, click, deps) } : guard;
}

/** The card answering a click when Sharebot cannot act in Microsoft 365 for the clicker. */
function tokenRefusalCard(refusal: TokenRefusal, unchanged: UnchangedNote): AdaptiveCard {
  return noticeCard({
    title: tokenRefusedTitle,
    text: tokenRefusalReply(refusal, unchanged),
    tone: 'warning',
  });
}
