import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/index';
import type { TenantFile } from '../../../src/sandbox/tenant/tenant-file';
import { type AdminAnswer, SandboxAdminClient } from '../../support/sandbox-admin-client';
import { sdkClient } from './sdk-client';

/** The fixture tenant used by the contract suite. */
export const fixtureTenantFile = join(__dirname, '..', 'fixtures', 'contoso-tenant.json');

/** Fixture user ids by first name. */
export const users = {
  ana: '11111111-1111-4111-8111-111111111111',
  ben: '22222222-2222-4222-8222-222222222222',
  carla: '33333333-3333-4333-8333-333333333333',
  dan: '44444444-4444-4444-8444-444444444444',
  erin: '55555555-5555-4555-8555-555555555555',
  frank: '66666666-6666-4666-8666-666666666666',
  gina: '77777777-7777-4777-8777-777777777777',
  anaSilva: '88888888-8888-4888-8888-888888888888',
  henry: '99999999-9999-4999-8999-999999999999',
  robin: 'cccccccc-0000-4000-8000-000000000001',
};

/** Fixture group ids. */
export const groups = {
  finance: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  design: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
};

/** A sandbox started for one test file, with its own state directory. */
export interface TestSandbox {
  sandbox: RunningSandbox;
  stateDir: string;
  token(user: string, expiresIn?: number): Promise<string>;
  client(user: string): Promise<Client>;
  admin(method: string, path: string, body?: unknown): Promise<AdminAnswer>;
  stop(): Promise<void>;
}

/** Starts a sandbox on a free loopback port with a fresh state directory (or the one given). */
export async function startTestSandbox(
  options: { tenant?: TenantFile; stateDir?: string } = {},
): Promise<TestSandbox> {
  const stateDir = options.stateDir ?? (await mkdtemp(join(tmpdir(), 'sandbox-test-')));
  const sandbox = await startSandbox({
    port: 0,
    ...(options.tenant ? { tenant: options.tenant } : { tenantFile: fixtureTenantFile }),
    stateDir,
  });
  const admin = new SandboxAdminClient(sandbox.url);
  const token = (user: string, expiresIn?: number) => admin.token(user, expiresIn);
  return {
    sandbox,
    stateDir,
    token,
    client: async (user) => sdkClient(sandbox.url, await token(user)),
    admin: (method, path, body) => admin.call(method, path, body),
    stop: async () => {
      await sandbox.close();
      if (!options.stateDir) await rm(stateDir, { recursive: true, force: true });
    },
  };
}

/** The fixture tenant as an object, for tests that vary it. */
export function fixtureTenant(): TenantFile {
  return JSON.parse(readFileSync(fixtureTenantFile, 'utf8')) as TenantFile;
}
