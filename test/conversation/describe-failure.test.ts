import assert from 'node:assert/strict';
import type { FailureKind, GraphFailure } from '../../src/graph/port';
import { describeFailure } from '../../src/wording/failures';

function failure(kind: FailureKind, extra: Partial<GraphFailure> = {}): GraphFailure {
  return { kind, status: 0, code: '', message: 'developer text {"error":1} Bearer abc.def.ghi', ...extra };
}

describe('describing Graph failures to people', () => {
  const table: [string, GraphFailure, RegExp, boolean][] = [
    [
      '403 as no right to share',
      failure('forbidden', { status: 403, code: 'accessDenied' }),
      /don't have the right to share/,
      false,
    ],
    [
      '404 for the item as gone',
      failure('notFound', { status: 404, code: 'itemNotFound', message: 'Item not found' }),
      /gone, or you can no longer see it/,
      false,
    ],
    [
      '404 for a recipient as an unknown person',
      failure('notFound', {
        status: 404,
        code: 'itemNotFound',
        message: 'One of the provided recipients could not be found',
      }),
      /couldn't be found in your organisation's directory/,
      false,
    ],
    [
      '400 as a policy or option problem',
      failure('invalid', { status: 400, code: 'invalidRequest' }),
      /sharing rules, or an option isn't available/,
      false,
    ],
    [
      '400 secure sharing as a personal-drive limit',
      failure('invalid', { status: 400, code: 'invalidRequest', innerCode: 'secureSharingInvalidRequest' }),
      /cannot be invited securely/,
      false,
    ],
    [
      '429 with Retry-After as a wait in seconds',
      failure('throttled', { status: 429, retryAfterSeconds: 41 }),
      /Try again in 41 seconds/,
      true,
    ],
    [
      '429 with a fractional Retry-After rounded up',
      failure('throttled', { status: 429, retryAfterSeconds: 2.128 }),
      /Try again in 3 seconds/,
      true,
    ],
    [
      '503 without Retry-After as a default wait',
      failure('unavailable', { status: 503 }),
      /Try again in 30 seconds/,
      true,
    ],
    [
      'a one-second wait in the singular',
      failure('throttled', { status: 429, retryAfterSeconds: 0.2 }),
      /Try again in 1 second\./,
      true,
    ],
    ['401 as a sign-in problem', failure('unauthenticated', { status: 401 }), /sign-in has expired/, false],
    [
      'a network failure as unreachable',
      failure('network', { status: -1 }),
      /could not reach Microsoft 365/,
      true,
    ],
    [
      '500 generalException as unexpected, mentioning policy',
      failure('unknown', { status: 500, code: 'generalException' }),
      /unexpected error/,
      false,
    ],
  ];

  for (const [name, input, expected, retryable] of table) {
    it(`explains ${name}`, () => {
      const text = describeFailure(input);
      assert.match(`${text.title} ${text.text}`, expected);
      assert.equal(text.retryable, retryable);
    });
  }

  it('never repeats Graph codes, JSON or tokens to the person', () => {
    for (const [, input] of table) {
      const text = describeFailure(input);
      const shown = `${text.title} ${text.text}`;
      assert.doesNotMatch(shown, /Bearer|\{|accessDenied|invalidRequest|itemNotFound|generalException/);
    }
  });
});
