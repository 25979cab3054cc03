import type { TokenRefusal } from '../auth/token-source';
import type { GraphPort } from '../graph/port';

/** Graph acting as the turn's user, or the reason it cannot. */
export type GraphAccess = { ok: true; port: GraphPort } | ({ ok: false } & TokenRefusal);
