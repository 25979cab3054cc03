import type { IdentifyTabCaller } from '../../auth/tab-caller';
import type { TabRemoveAnswer, TabSharesAnswer } from '../../domain/tab-rows';
import { type GraphPortFactory, GraphRequestError } from '../../graph/port';
import { describeFailure } from '../../wording/failures';
import * as words from '../../wording/tab';
import { removePermissions } from '../access/remove-permissions';
import { readHistory } from '../history/history-book';
import { graphFailureFields } from '../ports/log';
import { extendFromTab, tabRowNow } from './extend-from-tab';
import { entryAddress, itemKey, readItemAccess, shareRow } from './list-my-shares';
import { currentEnds } from './share-ends';
import type { TabDeps, TabUser } from './tab-user';

/** A tab API answer: the HTTP status and its JSON body. */
export interface TabApiAnswer {
  status: number;
  body: unknown;
}

/** What the tab's JSON API does; src/server/tab-routes.ts only carries HTTP to it. */
export interface TabApi {
  /** `GET /tab/api/shares`. */
  shares(authorization: string | undefined): Promise<TabApiAnswer>;
  /** `POST /tab/api/shares/{requestId}/recipients/{index}/remove`. */
  remove(authorization: string | undefined, requestId: string, recipientIndex: number): Promise<TabApiAnswer>;
  /** `POST /tab/api/shares/{requestId}/extend` with the new end (ISO 8601). */
  extend(authorization: string | undefined, requestId: string, endsAt: string): Promise<TabApiAnswer>;
}

/**
 * The tab API over the flows' state: authenticates every call, opens Graph as the caller, and
 * answers in JSON. No call changes anything without an authenticated caller, and a caller only
 * ever reaches their own history.
 */
export function createTabApi(
  deps: TabDeps,
  identify: IdentifyTabCaller,
  openGraph: GraphPortFactory,
): TabApi {
  const authenticate = async (authorization: string | undefined): Promise<TabUser | TabApiAnswer> => {
    const caller = await identify(authorization);
    if (!caller.ok) return caller.reason === 'signInRequired' ? signInRequired : graphUnavailable;
    const graph = openGraph(async () => caller.graphToken);
    if (caller.userId && caller.name) {
      return { userId: caller.userId, name: caller.name, graph, outsideTeams: caller.outsideTeams };
    }
    try {
      const me = await graph.me();
      if (!me.id) return signInRequired;
      return { userId: me.id, name: me.displayName, graph, outsideTeams: caller.outsideTeams };
    } catch (error) {
      return error instanceof GraphRequestError && error.failure.kind === 'unauthenticated'
        ? signInRequired
        : graphUnavailable;
    }
  };
  const guarded = async (run: () => Promise<TabApiAnswer>): Promise<TabApiAnswer> => {
    try {
      return await run();
    } catch (error) {
      deps.log('error', 'tab call failed', { error: error instanceof Error ? error.name : typeof error });
      return graphUnavailable;
    }
  };
  return {
    shares: (authorization) =>
      guarded(async () => {
        const user = await authenticate(authorization);
        if ('status' in user) return user;
        return { status: 200, body: await listTabShares(deps, user) };
      }),
    remove: (authorization, requestId, recipientIndex) =>
      guarded(async () => {
        const user = await authenticate(authorization);
        if ('status' in user) return user;
        const answer = await removeFromTab(deps, user, requestId, recipientIndex);
        return { status: answer.result === 'notYours' ? 404 : 200, body: answer };
      }),
    extend: (authorization, requestId, endsAt) =>
      guarded(async () => {
        const user = await authenticate(authorization);
        if ('status' in user) return user;
        const answer = await extendFromTab(deps, user, requestId, endsAt);
        return { status: answer.result === 'notYours' ? 404 : 200, body: answer };
      }),
  };
}

const signInRequired: TabApiAnswer = {
  status: 401,
  body: { error: { code: 'signInRequired', message: words.signInNeededMessage } },
};

const graphUnavailable: TabApiAnswer = {
  status: 503,
  body: { error: { code: 'unavailable', message: words.graphUnavailableMessage } },
};

/** The tab's shares, each person's access read from Graph now and each end from the ledger. */
export async function listTabShares(deps: TabDeps, user: TabUser): Promise<TabSharesAnswer> {
  const history = await readHistory(deps.history, user.userId, deps.now().getTime());
  const access = history.entries.length > 0 ? await readItemAccess(user.graph, history.entries) : new Map();
  const ends = await currentEnds(deps, user.userId, history.entries);
  const shares = history.entries.map((entry) =>
    shareRow(entry, access.get(itemKey(entry)), ends.get(entry.requestId)),
  );
  return { user: { name: user.name }, outsideTeams: user.outsideTeams, shares };
}

/**
 * Remove on the tab: deletes the one permission this share created for that person, through the
 * same removal step as Undo in chat; the page asked for confirmation first. Only the caller's own
 * history is read, so another person's share id finds nothing and changes nothing.
 */
export async function removeFromTab(
  deps: TabDeps,
  user: TabUser,
  requestId: string,
  recipientIndex: number,
): Promise<TabRemoveAnswer> {
  const history = await readHistory(deps.history, user.userId, deps.now().getTime());
  const entry = history.entries.find((candidate) => candidate.requestId === requestId);
  const recipient = entry?.recipients[recipientIndex];
  if (!entry || !recipient) return { result: 'notYours', message: words.notYourShareMessage };
  const itemName = entry.item.name;
  const rowNow = () => tabRowNow(deps, user, entry);
  const permissionId = recipient.createdPermissionId;
  if (!permissionId) {
    return {
      result: 'notRemoved',
      message: words.hadBeforeMessage(recipient.name, itemName),
      share: await rowNow(),
    };
  }
  const before = await rowNow();
  if (before.recipients[recipientIndex]?.state === 'removed') {
    return {
      result: 'alreadyGone',
      message: words.alreadyGoneMessage(recipient.name, itemName),
      share: before,
    };
  }
  const [removal] = await removePermissions(user.graph, entryAddress(entry), [permissionId]);
  if (removal?.outcome === 'failed') {
    deps.log('warn', 'tab removal failed', { requestId, ...graphFailureFields(removal.failure) });
    const message = removal.mayHaveActed
      ? words.unsureRemovalMessage(recipient.name, itemName)
      : describeFailure(removal.failure, { unchanged: 'accessKept' }).text;
    return { result: 'notRemoved', message, share: await rowNow().catch(() => before) };
  }
  deps.log('info', 'tab removed access', { requestId });
  return {
    result: 'removed',
    message: words.removedMessage(recipient.name, itemName),
    share: await rowNow().catch(() => before),
  };
}
