import assert from 'node:assert/strict';
import { overlapStages } from '../../scripts/bench/overlap-stages';
import { productionTraffic } from '../../scripts/bench/production-traffic';
import type { RemoteCall, RemoteParty } from '../../scripts/bench/remote-call';

/** A logged round trip from `startedAt` to `endedAt` (ms). */
function call(party: RemoteParty, what: string, startedAt: number, endedAt: number): RemoteCall {
  return { party, what, startedAt, endedAt, latencyWaits: what.endsWith('$batch') ? 2 : 1 };
}

const batch = (start: number, end: number) => call('Graph', 'POST /v1.0/$batch', start, end);

describe("the benchmark's round-trip counter", () => {
  const stageCounts: Array<[string, Array<[number, number]>, number]> = [
    [
      'counts two calls that overlap as one round trip',
      [
        [0, 80],
        [5, 90],
      ],
      1,
    ],
    [
      'counts a call that starts after the other ended as a second one',
      [
        [0, 80],
        [81, 160],
      ],
      2,
    ],
    [
      'counts a call that starts the very millisecond the other ended as a second one',
      [
        [0, 80],
        [80, 160],
      ],
      2,
    ],
    [
      'chains overlaps: a call overlapping one that overlapped the first is in the same stage',
      [
        [0, 80],
        [70, 150],
        [140, 220],
      ],
      1,
    ],
    [
      'sorts by start time, whatever order the logs came in',
      [
        [100, 180],
        [0, 80],
        [10, 90],
      ],
      2,
    ],
    ['counts no round trip for no call', [], 0],
  ];
  for (const [name, intervals, stages] of stageCounts) {
    it(name, () => {
      const calls = intervals.map(([startedAt, endedAt]) => ({ startedAt, endedAt }));
      assert.equal(overlapStages(calls).length, stages);
    });
  }

  it('counts a later turn as two round trips before the reply, the typing indicator beside the first batch', () => {
    const traffic = productionTraffic([
      call('connector', 'typing', 1, 82),
      batch(2, 165),
      batch(167, 330),
      call('connector', 'message', 331, 412),
    ]);
    assert.deepEqual(traffic, {
      beforeAnswer: 2,
      answerDelivery: 1,
      tokenService: 0,
      typing: 1,
      graph: 2,
      latencyWaits: 5,
      path: 'typing ∥ Graph $batch → Graph $batch → reply',
    });
  });

  it('counts the token service as a round trip of its own when the first Graph call waits for it', () => {
    const traffic = productionTraffic([
      call('token service', 'GET /api/usertoken/GetToken', 0, 81),
      call('connector', 'typing', 83, 164),
      batch(84, 247),
      batch(249, 412),
      call('connector', 'message', 413, 494),
    ]);
    assert.equal(traffic.beforeAnswer, 3);
    assert.equal(traffic.latencyWaits, 6);
    assert.equal(traffic.path, 'token service → typing ∥ Graph $batch → Graph $batch → reply');
  });

  it('counts a click answered in the HTTP response as one Graph round trip and no delivery', () => {
    const traffic = productionTraffic([call('Graph', 'POST /v1.0/drives/d/items/i/invite', 0, 81)]);
    assert.equal(traffic.beforeAnswer, 1);
    assert.equal(traffic.answerDelivery, 0);
    assert.equal(traffic.path, 'Graph invite');
  });
});
