import { AccessRules } from './model/access';
import { buildModel } from './model/build-model';
import type { TenantModel } from './model/entities';
import { TenantIndex } from './model/tenant-index';
import { StateStore } from './store/state-store';
import type { LoadedTenant } from './tenant/load-tenant-file';

/** Everything a route needs about the loaded tenant: model, indexes, state and access rules. */
export interface TenantRuntime {
  model: TenantModel;
  index: TenantIndex;
  state: StateStore;
  access: AccessRules;
}

/** Builds the runtime for a loaded tenant, opening (or seeding) its persisted state. */
export async function openRuntime(loaded: LoadedTenant, stateDir: string | null): Promise<TenantRuntime> {
  const model = buildModel(loaded.tenant);
  const index = new TenantIndex(model);
  const state = await StateStore.open(stateDir, loaded.contentHash, model);
  return { model, index, state, access: new AccessRules(index, state) };
}
