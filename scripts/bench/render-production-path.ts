import { markdownTable, ms, percent, plural, times } from './markdown-table';
import type { ProductionRun, ProductionStepSamples } from './measure-production-path';
import { productionSays } from './measure-production-path';
import type { ProductionTraffic } from './production-traffic';
import { range, summarize } from './stats';

/** The "Production path (Graph mode)" section: round trips per step across all parties, and latency. */
export function renderProductionPath(runs: ProductionRun[]): string {
  const [base, slow] = runs;
  if (!base) return '';
  // Counted where every call waits the added latency: calls sent together then overlap in the logs,
  // while at +0 ms a call answered within a millisecond can end before its sibling arrives.
  const counted = slow ?? base;
  return [trafficTable(counted), latencyTable(base, slow), slow ? reading(base, slow) : ''].join('\n\n');
}

function trafficTable(run: ProductionRun): string {
  const counts = (step: ProductionStepSamples, pick: (t: ProductionTraffic) => number) =>
    range(step.traffic.map(pick));
  return [
    `\`${productionSays}\`, as Alex Wilber. Counted from the request logs of the token service,`,
    `the connector and the sandbox after each step, at +${run.addedLatencyMs} ms on every party, over ${run.iterations} iterations`,
    '(a range means it varied). Round trips that overlapped are one; one that started after the',
    'others ended is the next. The reply message that carries the answer is counted apart; a click',
    'is answered in the HTTP response.',
    '',
    markdownTable(
      [
        'Step',
        'Token service',
        'Typing indicator',
        'Graph HTTP requests',
        'Sequential round trips, all parties, before the answer',
        'Answer sent to the connector',
        'Stages in the logs (∥ overlapped)',
      ],
      run.steps.map((step) => [
        step.step,
        counts(step, (t) => t.tokenService),
        counts(step, (t) => t.typing),
        counts(step, (t) => t.graph),
        counts(step, (t) => t.beforeAnswer),
        counts(step, (t) => t.answerDelivery),
        mostCommon(step.traffic.map((t) => t.path)),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  ].join('\n');
}

/** The value seen most often (the first of equals), with how often when it was not always. */
function mostCommon(values: readonly string[]): string {
  const seen = new Map<string, number>();
  for (const value of values) seen.set(value, (seen.get(value) ?? 0) + 1);
  const [value, count] = [...seen].reduce((best, next) => (next[1] > best[1] ? next : best));
  return count === values.length ? value : `${value} (${count} of ${values.length})`;
}

function latencyTable(base: ProductionRun, slow: ProductionRun | undefined): string {
  const header = ['Step', `+${base.addedLatencyMs} ms: median`, 'p95'];
  if (slow)
    header.push(
      `+${slow.addedLatencyMs} ms: median`,
      'p95',
      'Added (median)',
      'Expected added',
      'Added ÷ expected',
    );
  const rows = base.steps.map((step) => {
    const at0 = summarize(step.ms);
    const row = [step.step, ms(at0.median), ms(at0.p95)];
    const other = slow?.steps.find((s) => s.step === step.step);
    if (slow && other) {
      const atL = summarize(other.ms);
      const expected = expectedAddedMs(other, slow.addedLatencyMs);
      const added = atL.median - at0.median;
      row.push(ms(atL.median), ms(atL.p95), ms(added), ms(expected), times(added / expected));
    }
    return row;
  });
  return [
    `${base.iterations} iterations at +${base.addedLatencyMs} ms${slow ? ` and ${slow.iterations} at +${slow.addedLatencyMs} ms` : ''}, the added latency on every call`,
    'to the token service, the connector and Graph. Expected added = latency waits on the critical',
    'path, sending the answer included, × added latency (two per Graph `$batch`, one per other call).',
    '',
    markdownTable(header, rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
  ].join('\n');
}

function expectedAddedMs(step: ProductionStepSamples, addedLatencyMs: number): number {
  return summarize(step.traffic.map((t) => t.latencyWaits)).median * addedLatencyMs;
}

function reading(base: ProductionRun, slow: ProductionRun): string {
  const lines = slow.steps.map((step) => {
    const at0 = base.steps.find((s) => s.step === step.step);
    const atL = summarize(step.ms).median;
    const trips = plural(range(step.traffic.map((t) => t.beforeAnswer)), 'sequential round trip');
    const delivery = step.traffic.some((t) => t.answerDelivery > 0) ? ', then sending the answer' : '';
    const ratio = at0
      ? `, and the median is ${times(atL / summarize(at0.ms).median)} the +${base.addedLatencyMs} ms one`
      : '';
    return `- ${step.step}: ${trips}${delivery}; at +${slow.addedLatencyMs} ms per call, ${percent(expectedAddedMs(step, slow.addedLatencyMs) / atL)} of the median is waiting for remote parties${ratio}.`;
  });
  return ['Reading it:', '', ...lines].join('\n');
}
