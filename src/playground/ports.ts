import { createServer } from 'node:net';

/** A port that another process already holds; the message names the port and the variable that changes it. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';

  /** Builds the message from the busy port and the environment variable that picks another one. */
  constructor(
    readonly port: number,
    readonly variableName: string,
  ) {
    super(
      `Port ${port} is already in use. Stop the process that holds it, or set ${variableName} to a free port.`,
    );
  }
}

/**
 * Resolves when `port` can be bound, or rejects with a PortInUseError naming `variableName`.
 * Without `host` it binds every interface, as the Agents Playground does, so a listener on any
 * address (loopback included) counts as busy.
 */
export async function assertPortFree(port: number, variableName: string, host?: string): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new RangeError(`${variableName} must be a port number between 1 and 65535, not ${port}.`);
  }
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new PortInUseError(port, variableName));
      else if (error.code === 'EACCES')
        reject(new Error(`Port ${port} needs privileges. Set ${variableName} to a port above 1023.`));
      else reject(error);
    });
    probe.listen({ port, host, exclusive: true }, () => {
      probe.close(() => resolve());
    });
  });
}

/** Asks the OS for a port that is free right now on every interface (for tests and defaults). */
export async function findFreePort(): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('The OS did not assign a port.'))));
    });
  });
}
