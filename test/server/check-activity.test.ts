import assert from 'node:assert/strict';
import { checkActivity } from '../../src/server/check-activity';

/** An activity as Teams sends it, with a loopback serviceUrl. */
const valid = {
  type: 'message',
  id: 'in-1',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:4000/',
  from: { id: '29:alex', aadObjectId: 'a-1', name: 'Alex' },
  recipient: { id: '28:bot', name: 'Sharebot' },
  conversation: { id: 'a:personal', conversationType: 'personal' },
  text: 'share report.xlsx with Ana',
  entities: [{ type: 'clientInfo', locale: 'en-US' }],
};

const local = { loopbackServiceUrlOnly: true };
const withAppId = { loopbackServiceUrlOnly: false };

/** [what, body, rules, expected status (undefined: accepted), the field the message must name] */
const cases: [string, unknown, typeof local, number | undefined, string?][] = [
  ['accepts a Teams message', valid, local, undefined],
  [
    'accepts a card click',
    { ...valid, type: 'invoke', name: 'adaptiveCard/action', value: 5 },
    local,
    undefined,
  ],
  ['accepts null for an optional field', { ...valid, text: null }, local, undefined],
  ['refuses an array', [valid], local, 400, 'JSON object'],
  ['refuses null', null, local, 400, 'JSON object'],
  ['refuses a string', 'message', local, 400, 'JSON object'],
  ['refuses a numeric type', { ...valid, type: 42 }, local, 400, 'type'],
  ['refuses an empty type', { ...valid, type: ' ' }, local, 400, 'type'],
  ['refuses a bare type', { type: 'message' }, local, 400, 'channelId'],
  ['refuses a missing conversation', { ...valid, conversation: undefined }, local, 400, 'conversation.id'],
  ['refuses a conversation without id', { ...valid, conversation: {} }, local, 400, 'conversation.id'],
  ['refuses a conversation that is a string', { ...valid, conversation: 'c' }, local, 400, 'conversation.id'],
  ['refuses a missing from', { ...valid, from: undefined }, local, 400, 'from.id'],
  ['refuses a numeric from.id', { ...valid, from: { id: 7 } }, local, 400, 'from.id'],
  ['refuses a missing channelId', { ...valid, channelId: undefined }, local, 400, 'channelId'],
  ['refuses a missing serviceUrl', { ...valid, serviceUrl: undefined }, local, 400, 'serviceUrl'],
  ['refuses a serviceUrl that is not a URL', { ...valid, serviceUrl: 'not a url' }, local, 400, 'serviceUrl'],
  ['refuses a relative serviceUrl', { ...valid, serviceUrl: '/v3/conversations' }, local, 400, 'serviceUrl'],
  ['refuses an ftp serviceUrl', { ...valid, serviceUrl: 'ftp://127.0.0.1/' }, local, 400, 'serviceUrl'],
  ['refuses a numeric text', { ...valid, text: 42 }, local, 400, 'text'],
  ['refuses entities that are not an array', { ...valid, entities: 'x' }, local, 400, 'entities'],
  ['refuses an entity that is not an object', { ...valid, entities: [1] }, local, 400, 'entities'],
  ['refuses a member that is not an object', { ...valid, membersAdded: ['x'] }, local, 400, 'membersAdded'],
  ['refuses a recipient that is a string', { ...valid, recipient: 'bot' }, local, 400, 'recipient.id'],
  ['refuses a missing recipient', { ...valid, recipient: undefined }, local, 400, 'recipient.id'],
  ['refuses null entities', { ...valid, entities: null }, local, 400, 'entities'],
  ['refuses an entity without type', { ...valid, entities: [{ text: 'x' }] }, local, 400, 'entity'],
  [
    'refuses a mention whose account has no id',
    { ...valid, entities: [{ type: 'Mention', text: '<at>A</at>', mentioned: { name: 'A' } }] },
    local,
    400,
    'mention',
  ],
  [
    'refuses a mention whose text is a number',
    { ...valid, entities: [{ type: 'mention', text: 5, mentioned: { id: '29:a' } }] },
    local,
    400,
    'mention',
  ],
  [
    'accepts a mention as Teams sends it',
    {
      ...valid,
      entities: [{ type: 'mention', text: '<at>Ana</at>', mentioned: { id: '29:a', name: 'Ana' } }],
    },
    local,
    undefined,
  ],
  ['refuses a numeric localTimezone', { ...valid, localTimezone: 1 }, local, 400, 'localTimezone'],
  [
    'refuses the public Bot Framework service in local mode',
    { ...valid, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    local,
    403,
    'serviceUrl',
  ],
  [
    'accepts the public service with an app id',
    { ...valid, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    withAppId,
    undefined,
  ],
  ['accepts localhost in local mode', { ...valid, serviceUrl: 'http://localhost:4000' }, local, undefined],
  ['accepts 127.0.0.0/8 in local mode', { ...valid, serviceUrl: 'https://127.8.9.10/x' }, local, undefined],
  ['accepts ::1 in local mode', { ...valid, serviceUrl: 'http://[::1]:4000/' }, local, undefined],
  [
    'refuses a host that only starts like loopback',
    { ...valid, serviceUrl: 'http://127.0.0.1.example.com/' },
    local,
    403,
    'serviceUrl',
  ],
  [
    'refuses localhost as a subdomain',
    { ...valid, serviceUrl: 'http://localhost.example.com/' },
    local,
    403,
    'serviceUrl',
  ],
  [
    'refuses 0.0.0.0 in local mode',
    { ...valid, serviceUrl: 'http://0.0.0.0:4000/' },
    local,
    403,
    'serviceUrl',
  ],
];

describe('checkActivity', () => {
  for (const [what, body, rules, status, field] of cases) {
    it(what, () => {
      const problem = checkActivity(body, rules);
      assert.equal(problem?.status, status);
      if (!problem || !field) return;
      assert.ok(problem.message.includes(field), `"${problem.message}" should name ${field}`);
      assert.match(problem.code, /^(invalidActivity|serviceUrlNotAllowed)$/);
    });
  }

  it('never repeats a value it was sent', () => {
    const sentinel = 'SENTINEL-7f3a';
    for (const body of [
      { ...valid, type: 42, serviceUrl: sentinel },
      { ...valid, serviceUrl: `ftp://${sentinel}/` },
    ]) {
      assert.ok(!JSON.stringify(checkActivity(body, local)).includes(sentinel));
    }
  });
});
