import { overlapStages } from './overlap-stages';
import type { RemoteCall, RemoteParty } from './remote-call';

/** What one step of a production turn cost in round trips, across every remote party. */
export interface ProductionTraffic {
  /** Stages of round trips, any party, that had to wait for one another, before the answer was sent. */
  beforeAnswer: number;
  /** 1 when the answer itself went out as a connector call (a reply message); 0 when it rode on the HTTP answer (an invoke). */
  answerDelivery: number;
  /** Calls to the Bot Framework token service. */
  tokenService: number;
  /** Typing indicators sent to the connector. */
  typing: number;
  /** Graph HTTP requests on the wire (a `$batch` is one). */
  graph: number;
  /** Latency-rule waits on the critical path, answer delivery included (see RemoteCall.latencyWaits). */
  latencyWaits: number;
  /** The stages as read from the logs, e.g. `token service → Graph $batch ∥ typing → Graph $batch → reply`. */
  path: string;
}

/**
 * Counts a step's round trips from the request logs of all parties: calls that overlap are one
 * stage, a call that started after the others ended is another (overlapStages). The connector
 * message that carries the answer is counted apart, as `answerDelivery`.
 */
export function productionTraffic(calls: readonly RemoteCall[]): ProductionTraffic {
  const answer = calls.filter((c) => c.party === 'connector' && c.what === 'message').at(-1);
  const before = calls.filter((c) => c !== answer);
  const waits = (stages: RemoteCall[][]) =>
    stages.reduce((sum, stage) => sum + Math.max(...stage.map((c) => c.latencyWaits)), 0);
  return {
    beforeAnswer: overlapStages(before).length,
    answerDelivery: answer ? 1 : 0,
    tokenService: calls.filter((c) => c.party === 'token service').length,
    typing: calls.filter((c) => c.party === 'connector' && c.what === 'typing').length,
    graph: calls.filter((c) => c.party === 'Graph').length,
    latencyWaits: waits(overlapStages(calls)),
    path: overlapStages(calls)
      .map((stage) =>
        [...stage]
          .sort((a, b) => partyOrder.indexOf(a.party) - partyOrder.indexOf(b.party))
          .map((call) => callLabel(call, call === answer))
          .join(' ∥ '),
      )
      .join(' → '),
  };
}

/** The order calls of one stage are named in, so a stage reads the same whichever arrived first. */
const partyOrder: RemoteParty[] = ['token service', 'connector', 'Graph'];

/** A short name for a call: `token service`, `typing`, `reply`, or Graph and the last segment of its path. */
function callLabel(call: RemoteCall, isAnswer: boolean): string {
  if (call.party === 'token service') return 'token service';
  if (call.party === 'connector') return isAnswer ? 'reply' : call.what;
  return `Graph ${call.what.split('/').at(-1)}`;
}
