import type { GraphPort } from '../graph/port';
import { GraphRequestError } from '../graph/port';

/** What a turn does around its Graph calls. */
export interface TurnGraphHooks {
  /** Runs alongside the first Graph call of the turn (the typing indicator); its failure is ignored. */
  alongsideFirstCall: () => Promise<void>;
  /** Graph refused the token (401): the turn's token source should forget it. */
  onUnauthenticated: () => void;
}

/**
 * Wraps a turn's Graph port: the first call runs together with `alongsideFirstCall` (both awaited,
 * so the typing indicator costs no extra sequential round trip), and any 401, whole-request or in
 * one lookup of a batch, calls `onUnauthenticated` before the failure goes on to the flow.
 */
export function turnGraphPort(port: GraphPort, hooks: TurnGraphHooks): GraphPort {
  let first = true;
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    // The typing indicator is a courtesy: a connector hiccup sending it must not fail the answer.
    const alongside = first ? hooks.alongsideFirstCall().catch(() => {}) : Promise.resolve();
    first = false;
    try {
      const [result] = await Promise.all([run(), alongside]);
      return result;
    } catch (error) {
      if (error instanceof GraphRequestError && error.failure.kind === 'unauthenticated') {
        hooks.onUnauthenticated();
      }
      throw error;
    }
  };
  return {
    lookup: async (queries) => {
      const outcomes = await call(() => port.lookup(queries));
      const list: ReadonlyArray<{ ok: boolean; error?: { kind: string } }> = outcomes;
      if (list.some((outcome) => !outcome.ok && outcome.error?.kind === 'unauthenticated')) {
        hooks.onUnauthenticated();
      }
      return outcomes;
    },
    me: () => call(() => port.me()),
    invite: (request) => call(() => port.invite(request)),
    deletePermission: (item, permissionId) => call(() => port.deletePermission(item, permissionId)),
    createLink: (request) => call(() => port.createLink(request)),
    revokeGrants: (item, permissionId, grantees) =>
      call(() => port.revokeGrants(item, permissionId, grantees)),
    updatePermissionRoles: (item, permissionId, roles) =>
      call(() => port.updatePermissionRoles(item, permissionId, roles)),
  };
}
