import assert from 'node:assert/strict';
import { GraphError } from '@microsoft/microsoft-graph-client';
import {
  failureFromResponse,
  parseRetryAfter,
  TokenUnavailableError,
  toGraphFailure,
} from '../../src/graph/graph-errors';
import { type FailureKind, GraphRequestError } from '../../src/graph/port';

/** Builds a GraphError the way the SDK's error handler does for an HTTP error envelope. */
function sdkError(
  status: number,
  code: string,
  headers: Record<string, string> = {},
  inner?: object,
): GraphError {
  const error = new GraphError(status, `message for ${code}`);
  error.code = code;
  error.body = JSON.stringify({
    code,
    message: `message for ${code}`,
    innerError: { 'request-id': 'rid-7', ...inner },
  });
  error.requestId = 'rid-7';
  error.headers = new Headers(headers);
  return error;
}

describe('toGraphFailure', () => {
  const table: [number, string, FailureKind][] = [
    [400, 'invalidRequest', 'invalid'],
    [401, 'InvalidAuthenticationToken', 'unauthenticated'],
    [403, 'accessDenied', 'forbidden'],
    [403, 'notAllowed', 'forbidden'],
    [404, 'itemNotFound', 'notFound'],
    [405, 'methodNotAllowed', 'invalid'],
    [409, 'nameAlreadyExists', 'invalid'],
    [412, 'resourceModified', 'invalid'],
    [422, 'unprocessable', 'invalid'],
    [429, 'activityLimitReached', 'throttled'],
    [500, 'generalException', 'unknown'],
    [501, 'notSupported', 'unknown'],
    [503, 'serviceNotAvailable', 'unavailable'],
    [504, 'gatewayTimeout', 'unavailable'],
    [507, 'quotaLimitReached', 'unknown'],
    [400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'invalid'],
  ];
  for (const [status, code, kind] of table) {
    it(`classifies ${status} ${code} as ${kind}`, () => {
      const failure = toGraphFailure(sdkError(status, code));
      assert.deepEqual(
        { kind: failure.kind, status: failure.status, code: failure.code, requestId: failure.requestId },
        { kind, status, code, requestId: 'rid-7' },
      );
    });
  }

  it('reads a fractional Retry-After on a throttled answer', () => {
    assert.equal(
      toGraphFailure(sdkError(429, 'activityLimitReached', { 'Retry-After': '2.128' })).retryAfterSeconds,
      2.128,
    );
  });

  it('reads Retry-After on a 503 too', () => {
    const failure = toGraphFailure(sdkError(503, 'serviceNotAvailable', { 'Retry-After': '41' }));
    assert.deepEqual([failure.kind, failure.retryAfterSeconds], ['unavailable', 41]);
  });

  it('ignores Retry-After on a failure that is not worth retrying', () => {
    assert.equal(
      toGraphFailure(sdkError(400, 'invalidRequest', { 'Retry-After': '5' })).retryAfterSeconds,
      undefined,
    );
  });

  it('reports the innermost inner code of nested innerErrors', () => {
    const failure = toGraphFailure(
      sdkError(429, 'activityLimitReached', {}, { code: 'throttledRequest', innerError: { code: 'quota' } }),
    );
    assert.equal(failure.innerCode, 'quota');
  });

  it('classifies a connection failure (statusCode -1) as network', () => {
    const error = new GraphError(-1, 'fetch failed');
    error.code = 'TypeError';
    assert.deepEqual(toGraphFailure(error), {
      kind: 'network',
      status: -1,
      code: 'TypeError',
      message: 'fetch failed',
    });
  });

  it('classifies a failed token callback as unauthenticated without a status', () => {
    const wrapped = new GraphError(-1, 'No Graph access token could be obtained for this user');
    wrapped.code = 'TokenUnavailableError';
    for (const error of [wrapped, new TokenUnavailableError(new Error('x'))]) {
      assert.deepEqual([toGraphFailure(error).kind, toGraphFailure(error).status], ['unauthenticated', -1]);
    }
  });

  it('passes an already classified GraphRequestError through', () => {
    const failure = { kind: 'forbidden' as const, status: 403, code: 'accessDenied', message: 'no' };
    assert.equal(toGraphFailure(new GraphRequestError(failure)), failure);
  });

  it('classifies anything else as unknown', () => {
    assert.equal(toGraphFailure('boom').kind, 'unknown');
    assert.equal(toGraphFailure(new RangeError('bad')).kind, 'unknown');
  });

  it('removes bearer tokens and JWTs from messages', () => {
    const error = new GraphError(401, 'rejected Bearer abc.def.ghi and eyJhbGciOi.eyJzdWIi.c2ln');
    error.body = '{}';
    const failure = toGraphFailure(error);
    assert.doesNotMatch(JSON.stringify(failure), /abc\.def|eyJ/);
  });
});

describe('failureFromResponse', () => {
  it('reads a batch sub-response: envelope body and plain header object with any casing', () => {
    const failure = failureFromResponse(
      429,
      {
        error: {
          code: 'activityLimitReached',
          message: 'slow down',
          innerError: { code: 'throttledRequest' },
        },
      },
      { 'retry-after': '3' },
    );
    assert.deepEqual(failure, {
      kind: 'throttled',
      status: 429,
      code: 'activityLimitReached',
      message: 'slow down',
      innerCode: 'throttledRequest',
      retryAfterSeconds: 3,
    });
  });

  it('tolerates a body that is not an error envelope', () => {
    assert.deepEqual(failureFromResponse(502, 'Bad Gateway'), {
      kind: 'unknown',
      status: 502,
      code: '',
      message: '',
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  const cases: [string | null, number | undefined][] = [
    ['2', 2],
    ['2.128', 2.128],
    ['0', 0],
    [' 41 ', 41],
    ['Mon, 02 Mar 2026 10:00:30 GMT', 30],
    ['Mon, 02 Mar 2026 09:59:00 GMT', 0],
    ['soon', undefined],
    ['-3', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [header, seconds] of cases) {
    it(`reads ${JSON.stringify(header)} as ${seconds}`, () => {
      assert.equal(parseRetryAfter(header, now), seconds);
    });
  }
});
