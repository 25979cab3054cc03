import type { AddressInfo } from 'node:net';
import { TokenService } from './auth/token-service';
import { FaultRules } from './faults/fault-rules';
import { openRuntime, type TenantRuntime } from './graph-runtime';
import { createSandboxServer } from './http/server';
import { RequestLog } from './log/request-log';
import type { SandboxHost } from './sandbox-host';
import { type LoadedTenant, loadTenantFile, loadTenantObject } from './tenant/load-tenant-file';
import type { TenantFile } from './tenant/tenant-file';

/** The tenant file shape, re-exported for callers that build tenants in code. */
export type { TenantFile } from './tenant/tenant-file';

/** How to start a sandbox. Give either `tenantFile` (a path) or `tenant` (an object). */
export interface SandboxOptions {
  /** TCP port; 0 picks any free port. Default 5001. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  tenantFile?: string;
  tenant?: TenantFile;
  /** Where state persists; without it changes live in memory only. */
  stateDir?: string;
  /** Receives diagnostic lines (never tokens). */
  log?: (line: string) => void;
}

/** A started sandbox. */
export interface RunningSandbox {
  /** e.g. http://127.0.0.1:5001 */
  url: string;
  /** url + '/v1.0' */
  graphBaseUrl: string;
  port: number;
  close(): Promise<void>;
}

async function loadTenant(options: SandboxOptions): Promise<LoadedTenant> {
  if (options.tenant) return loadTenantObject(options.tenant);
  if (options.tenantFile) return loadTenantFile(options.tenantFile);
  throw new Error('startSandbox needs a tenantFile path or a tenant object.');
}

/** Starts the local Microsoft Graph sandbox and resolves once it listens. */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const note = options.log ?? (() => undefined);
  const stateDir = options.stateDir ?? null;
  let runtime: TenantRuntime = await openRuntime(await loadTenant(options), stateDir);
  const host: SandboxHost = {
    runtime: () => runtime,
    tokens: await TokenService.open(stateDir),
    faults: new FaultRules(),
    log: new RequestLog(),
    note,
    reset: async () => {
      const loaded = await loadTenant(options);
      const next = await openRuntime(loaded, stateDir);
      await next.state.reset(next.model);
      runtime = next;
      note(`tenant reset: ${loaded.tenant.tenant.displayName} (${loaded.contentHash})`);
      return { tenant: loaded.tenant.tenant.displayName, contentHash: loaded.contentHash };
    },
  };
  const server = createSandboxServer(host);
  const port = options.port ?? 5001;
  const bindHost = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} is already in use on ${bindHost}; set SANDBOX_PORT to another port (or 0 for any free port).`,
          ),
        );
      } else {
        reject(new Error(`The sandbox cannot listen on ${bindHost}:${port}: ${err.message}`));
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, bindHost);
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost === '0.0.0.0' ? '127.0.0.1' : bindHost;
  const url = `http://${urlHost}:${actualPort}`;
  note(`sandbox tenant ${runtime.model.tenant.displayName} on ${url}/v1.0`);
  return {
    url,
    graphBaseUrl: `${url}/v1.0`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
