import { readFile } from 'node:fs/promises';
import { hashHex } from '../model/hash-ids';
import type { TenantFile } from './tenant-file';
import { validateTenant } from './validate-tenant';

/** A validated tenant plus the hash of its content, which keys the persisted state. */
export interface LoadedTenant {
  tenant: TenantFile;
  contentHash: string;
}

/** Validates an in-memory tenant and hashes its canonical JSON. */
export function loadTenantObject(tenant: TenantFile): LoadedTenant {
  const copy = JSON.parse(JSON.stringify(tenant)) as unknown;
  return { tenant: validateTenant(copy), contentHash: hashHex(JSON.stringify(copy)).slice(0, 16) };
}

/** Reads, parses and validates a tenant file; errors name the file. */
export async function loadTenantFile(path: string): Promise<LoadedTenant> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read tenant file ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`Tenant file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return loadTenantObject(parsed as TenantFile);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}
