/** One thing Sharebot needs before it can serve (storage, Graph); `check` rejects when it is not reachable. */
export interface ReadinessProbe {
  name: string;
  check(): Promise<void>;
}

/**
 * A probe failure whose message is safe to show on /readyz as it is (no secrets, no stack). Any
 * other error is shown only by its `code` (such as ECONNREFUSED) or its name.
 */
export class ProbeFailure extends Error {
  override readonly name = 'ProbeFailure';
}

/** One probe's result as /readyz reports it. */
export interface ProbeResult {
  name: string;
  ok: boolean;
  /** Why it failed, in a few words. */
  reason?: string;
}

/** How long one probe may take before it counts as failed, so /readyz always answers promptly. */
export const probeTimeoutMs = 2000;

/** Runs every probe at once; each gets `timeoutMs`. */
export async function checkReadiness(
  probes: readonly ReadinessProbe[],
  timeoutMs = probeTimeoutMs,
): Promise<{ ready: boolean; probes: ProbeResult[] }> {
  const results = await Promise.all(probes.map((probe) => runProbe(probe, timeoutMs)));
  return { ready: results.every((result) => result.ok), probes: results };
}

async function runProbe(probe: ReadinessProbe, timeoutMs: number): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ProbeFailure(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe.check(), timeout]);
    return { name: probe.name, ok: true };
  } catch (error) {
    return { name: probe.name, ok: false, reason: safeReason(error) };
  } finally {
    clearTimeout(timer);
  }
}

function safeReason(error: unknown): string {
  if (error instanceof ProbeFailure) return error.message;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^[\w.-]{1,40}$/.test(code)) return code;
  return error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'failed';
}
