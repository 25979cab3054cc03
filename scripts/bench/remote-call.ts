import type { TimedCall } from './overlap-stages';

/** A party the bot talks to on a production turn. */
export type RemoteParty = 'token service' | 'connector' | 'Graph';

/** One round trip to a remote party, from that party's request log. */
export interface RemoteCall extends TimedCall {
  party: RemoteParty;
  /** What it was, e.g. `GET /api/usertoken/GetToken`, `typing`, `message`, `POST /v1.0/$batch`. */
  what: string;
  /** Latency-rule waits inside it: one, or two for a Graph `$batch` (envelope, then its entries). */
  latencyWaits: number;
}
