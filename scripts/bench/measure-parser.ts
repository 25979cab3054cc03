import { performance } from 'node:perf_hooks';
import { parseMessage } from '../../src/conversation/parse/parse-message';
import { parserContext, parserSentences } from './parser-sentences';
import { summarize } from './stats';

/** Parser speed over the sentence list. */
export interface ParserRun {
  sentences: number;
  rounds: number;
  parsesPerSecond: number;
  /** Mean microseconds per parse, per sentence: its median, p95 and maximum across sentences. */
  microsPerParse: { median: number; p95: number; max: number };
  slowest: string;
}

/** Parses every sentence `rounds` times (after `warmup` rounds) and reports speed per sentence and overall. */
export function measureParser(options: { rounds: number; warmup: number }): ParserRun {
  let sink = 0;
  for (let round = 0; round < options.warmup; round++)
    for (const sentence of parserSentences) sink += parseMessage(sentence, parserContext).intent.length;
  const totals = parserSentences.map(() => 0);
  const start = performance.now();
  for (let round = 0; round < options.rounds; round++) {
    parserSentences.forEach((sentence, index) => {
      const before = performance.now();
      sink += parseMessage(sentence, parserContext).intent.length;
      totals[index] += performance.now() - before;
    });
  }
  const elapsed = performance.now() - start;
  if (sink === 0) throw new Error('the parser returned nothing');
  const micros = totals.map((ms) => (ms * 1000) / options.rounds);
  const summary = summarize(micros);
  return {
    sentences: parserSentences.length,
    rounds: options.rounds,
    parsesPerSecond: (parserSentences.length * options.rounds) / (elapsed / 1000),
    microsPerParse: { median: summary.median, p95: summary.p95, max: summary.max },
    slowest: parserSentences[micros.indexOf(summary.max)],
  };
}
