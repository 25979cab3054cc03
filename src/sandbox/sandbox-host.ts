import type { TokenService } from './auth/token-service';
import type { FaultRules } from './faults/fault-rules';
import type { TenantRuntime } from './graph-runtime';
import type { RequestLog } from './log/request-log';

/** The live parts of a running sandbox, shared by the Graph pipeline and the admin endpoints. */
export interface SandboxHost {
  /** The current tenant; replaced by a reset. */
  runtime(): TenantRuntime;
  tokens: TokenService;
  faults: FaultRules;
  log: RequestLog;
  /** Reloads the tenant (file or object) and forgets all changes. */
  reset(): Promise<{ tenant: string; contentHash: string }>;
  /** Writes one diagnostic line (never tokens). */
  note(line: string): void;
}
