import type { HttpProblem } from './http-problem';

/** What an incoming activity must satisfy besides its shape. */
export interface ActivityRules {
  /**
   * Local mode (no MicrosoftAppId): CloudAdapter authenticates nothing and replies to whatever
   * `serviceUrl` the activity names (docs/teams-notes.md §T1), so only a loopback one is accepted.
   */
  loopbackServiceUrlOnly: boolean;
}

type Kind = 'string' | 'object' | 'array';

/** Fields the bot and botbuilder read without checking their type, with the type they must have when present. */
const optionalFields: [path: string, kind: Kind][] = [
  ['id', 'string'],
  ['name', 'string'],
  ['text', 'string'],
  ['textFormat', 'string'],
  ['replyToId', 'string'],
  ['localTimezone', 'string'],
  ['locale', 'string'],
  ['from.name', 'string'],
  ['from.aadObjectId', 'string'],
  ['conversation.conversationType', 'string'],
  ['conversation.tenantId', 'string'],
  ['entities', 'array'],
  ['attachments', 'array'],
  ['membersAdded', 'array'],
  ['membersRemoved', 'array'],
  ['channelData', 'object'],
];

/** Array fields whose entries botbuilder reads as objects (mentions, members, attachments). */
const arraysOfObjects = ['entities', 'attachments', 'membersAdded', 'membersRemoved'];

/**
 * Checks that a parsed request body is an activity Sharebot can answer: a JSON object with a string
 * `type`, a `conversation.id`, a `from.id`, a `recipient.id` (botbuilder addresses every reply
 * from it), a `channelId` and a `serviceUrl` that is an absolute
 * http(s) URL (loopback only in local mode), and that the optional fields it reads have their
 * documented types (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).
 * CloudAdapter itself answers 500 or throws inside the turn for most of these (docs/teams-notes.md §T15).
 * Returns the problem to answer with (400, or 403 for a refused serviceUrl), or undefined.
 * The messages name the field, never its value.
 */
export function checkActivity(body: unknown, rules: ActivityRules): HttpProblem | undefined {
  if (!isObject(body)) return invalid('The body must be a JSON object (a Bot Framework activity).');
  for (const path of ['type', 'channelId', 'conversation.id', 'from.id', 'recipient.id'] as const) {
    const value = valueAt(body, path);
    if (typeof value !== 'string' || value.trim() === '')
      return invalid(`${path} must be a non-empty string.`);
  }
  for (const [path, kind] of optionalFields) {
    const value = valueAt(body, path);
    // null stands for "absent" in a string field; botbuilder reads a null array or object as one.
    const absent = value === undefined || (value === null && kind === 'string');
    if (!absent && !hasKind(value, kind)) return invalid(`${path} must be ${article(kind)}.`);
  }
  for (const path of arraysOfObjects) {
    const list = body[path];
    if (Array.isArray(list) && !list.every(isObject))
      return invalid(`Every entry of ${path} must be an object.`);
  }
  if (Array.isArray(body.entities)) {
    const problem = body.entities
      .map((entity) => entityProblem(entity as Record<string, unknown>))
      .find(Boolean);
    if (problem) return invalid(problem);
  }
  return checkServiceUrl(body.serviceUrl, rules);
}

/**
 * botbuilder lower-cases every entity's `type` and reads a mention's `text` and `mentioned`
 * account (TurnContext.getMentions); the schema has them as strings and an account.
 */
function entityProblem(entity: Record<string, unknown>): string | undefined {
  if (typeof entity.type !== 'string') return 'Every entity must have a string type.';
  if (entity.type.toLowerCase() !== 'mention') return undefined;
  const mentioned = entity.mentioned;
  const accountOk =
    isObject(mentioned) &&
    typeof mentioned.id === 'string' &&
    (mentioned.name === undefined || typeof mentioned.name === 'string');
  if (!accountOk || (entity.text !== undefined && typeof entity.text !== 'string')) {
    return 'A mention entity must have a string text and a mentioned account with a string id.';
  }
  return undefined;
}

function checkServiceUrl(value: unknown, rules: ActivityRules): HttpProblem | undefined {
  const url = typeof value === 'string' ? parseUrl(value) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return invalid('serviceUrl must be an absolute http or https URL.');
  }
  if (rules.loopbackServiceUrlOnly && !isLoopbackHost(url.hostname)) {
    return {
      status: 403,
      code: 'serviceUrlNotAllowed',
      message: 'Without a Bot Framework app id Sharebot only replies to a loopback serviceUrl.',
    };
  }
  return undefined;
}

/** localhost, 127.0.0.0/8 or ::1, as the WHATWG URL parser spells them. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function invalid(message: string): HttpProblem {
  return { status: 400, code: 'invalidActivity', message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKind(value: unknown, kind: Kind): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'object') return isObject(value);
  return typeof value === 'string';
}

function article(kind: Kind): string {
  return kind === 'array' ? 'an array' : kind === 'object' ? 'an object' : 'a string';
}

/** The value at a dotted path, or undefined when a step on the way is not an object. */
function valueAt(body: Record<string, unknown>, path: string): unknown {
  let value: unknown = body;
  for (const key of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}
