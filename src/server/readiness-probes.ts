import { ProbeFailure, type ReadinessProbe } from './readiness';

/**
 * The local Graph sandbox is reachable when its status page answers 200. `GET /_sandbox` needs no
 * token and touches no fault rule (docs/sandbox.md), so a faulted Graph call never makes the bot
 * look unready.
 */
export function sandboxProbe(sandboxOrigin: string, timeoutMs: number): ReadinessProbe {
  return {
    name: 'graph',
    check: async () => {
      const response = await fetch(`${sandboxOrigin}/_sandbox`, {
        signal: AbortSignal.timeout(timeoutMs),
      }).catch((error: unknown) => {
        // fetch rejects with "fetch failed" and keeps the socket's error code in `cause`.
        const code = (error as { cause?: { code?: unknown } }).cause?.code;
        throw new ProbeFailure(`cannot reach the sandbox${typeof code === 'string' ? ` (${code})` : ''}`);
      });
      await response.body?.cancel();
      if (!response.ok) throw new ProbeFailure(`the sandbox answered ${response.status}`);
    },
  };
}
