import { setTimeout as delay } from 'node:timers/promises';

const GRACE_MS = 5_000;

/**
 * Stops a detached child and every process in its group: SIGTERM first, SIGKILL when it has not
 * exited after a grace period, then SIGKILL to any member the leader left behind. Resolves once
 * the leader has exited (`exited` settles).
 */
export async function stopProcessGroup(pid: number, exited: Promise<unknown>): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), delay(GRACE_MS).then(() => false)]);
  if (!stopped) {
    signalGroup(pid, 'SIGKILL');
    await exited;
  }
  signalGroup(pid, 'SIGKILL');
}

/** Sends SIGKILL to the whole group at once; safe to call from a process 'exit' handler. */
export function killProcessGroupNow(pid: number): void {
  signalGroup(pid, 'SIGKILL');
}

/** True while any process of the group led by `pid` is alive. */
export function isProcessGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
