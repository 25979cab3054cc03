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
  ['recipient', 'object'],
  ['recipient.id', 'string'],
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
 * `type`, a `conversation.id`, a `from.id`, a `channelId` and a `serviceUrl` that is an absolute
 * http(s) URL (loopback only in local mode), and that the optional fields it reads have their
 * documented types (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).
 * Returns the problem to answer with (400, or 403 for a refused serviceUrl), or undefined.
 * The messages name the field, never its value.
 */
export function checkActivity(body: unknown, rules: ActivityRules): HttpProblem | undefined {
  if (!isObject(body)) return invalid('The body must be a JSON object (a Bot Framework activity).');
  for (const path of ['type', 'channelId', 'conversation.id', 'from.id'] as const) {
    const value = valueAt(body, path);
    if (typeof value !== 'string' || value.trim() === '')
      return invalid(`${path} must be a non-empty string.`);
  }
  for (const [path, kind] of optionalFields) {
    const value = valueAt(body, path);
    if (value !== undefined && value !== null && !hasKind(value, kind))
      return invalid(`${path} must be ${article(kind)}.`);
  }
  for (const path of arraysOfObjects) {
    const list = body[path];
    if (Array.isArray(list) && !list.every(isObject))
      return invalid(`Every entry of ${path} must be an object.`);
  }
  return checkServiceUrl(body.serviceUrl, rules);
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
