import { randomUUID } from 'node:crypto';

/** A fault as posted to `/_sandbox/faults`. */
export interface FaultRuleInput {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Glob on the path without query, e.g. `/v1.0/me/drive/items/*\/invite`: `*` stays inside one segment, `**` crosses segments. */
  path?: string;
  /** JavaScript regular expression tested against the path with its query string. */
  pathRegex?: string;
  /** User id (or userPrincipalName, resolved when the rule is added) the rule is limited to. */
  user?: string;
  /** Share of matching calls that fault, 0..1 (default 1). 1 and 0 are deterministic. */
  fraction?: number;
  /** How many times the rule fires before it retires (default: unlimited). */
  times?: number;
  /** 429 or 503 throttle, 500 or 504 error. */
  status?: number;
  /** Seconds for the Retry-After header (fractions allowed); absent or null sends no header. */
  retryAfter?: number | null;
  /** Added latency in milliseconds before the call is answered. */
  latencyMs?: number;
}

/** A stored fault rule. */
export interface FaultRule extends FaultRuleInput {
  id: string;
  fired: number;
}

/** What a request should suffer: total extra latency and, possibly, an error to answer with. */
export interface FaultEffect {
  latencyMs: number;
  error?: { status: number; retryAfter?: number | null; ruleId: string };
}

const faultStatuses = [429, 500, 503, 504];

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (glob[i] === '*') source += '[^/]*';
    else source += glob[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/** Validates a posted rule and returns the problem, if any. */
export function faultRuleProblem(input: FaultRuleInput): string | undefined {
  if (input.status === undefined && input.latencyMs === undefined)
    return 'A fault needs a status (429, 503, 500, 504) or latencyMs.';
  if (input.status !== undefined && !faultStatuses.includes(input.status))
    return `status must be one of ${faultStatuses.join(', ')}.`;
  if (input.fraction !== undefined && !(input.fraction >= 0 && input.fraction <= 1))
    return 'fraction must be between 0 and 1.';
  if (input.times !== undefined && !(Number.isInteger(input.times) && input.times > 0))
    return 'times must be a positive integer.';
  if (input.latencyMs !== undefined && !(input.latencyMs >= 0 && input.latencyMs <= 60000))
    return 'latencyMs must be between 0 and 60000.';
  if (input.retryAfter !== undefined && input.retryAfter !== null && !(input.retryAfter >= 0))
    return 'retryAfter must be a number of seconds >= 0.';
  if (input.pathRegex !== undefined) {
    try {
      new RegExp(input.pathRegex);
    } catch {
      return 'pathRegex is not a valid regular expression.';
    }
  }
  return undefined;
}

/** The active fault rules and their matching. */
export class FaultRules {
  private rules: FaultRule[] = [];

  /** Adds a validated rule (the caller checks `faultRuleProblem` first). */
  add(input: FaultRuleInput): FaultRule {
    const rule: FaultRule = { ...input, id: randomUUID(), fired: 0 };
    this.rules.push(rule);
    return rule;
  }

  /** The active rules. */
  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** Removes one rule; false when unknown. */
  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** Decides the faults for one request and counts the rules that fired. */
  take(method: string, pathWithQuery: string, userId: string | null): FaultEffect {
    const path = pathWithQuery.split('?')[0];
    const effect: FaultEffect = { latencyMs: 0 };
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.path && !globToRegExp(rule.path).test(path)) continue;
      if (rule.pathRegex && !new RegExp(rule.pathRegex).test(pathWithQuery)) continue;
      if (rule.user && rule.user !== userId) continue;
      if (rule.status !== undefined && effect.error) continue;
      const fraction = rule.fraction ?? 1;
      if (fraction < 1 && !(fraction > 0 && Math.random() < fraction)) continue;
      rule.fired++;
      effect.latencyMs += rule.latencyMs ?? 0;
      if (rule.status !== undefined)
        effect.error = { status: rule.status, retryAfter: rule.retryAfter, ruleId: rule.id };
    }
    this.rules = this.rules.filter((r) => r.times === undefined || r.fired < r.times);
    return effect;
  }
}
