import type { BenchResults } from './bench-results';
import { withFlowTotals } from './flow-totals';
import type { GraphTraffic } from './graph-traffic';
import type { MemoryFigures } from './heap-snapshot';
import { bytes, markdownTable, ms, percent, plural, times } from './markdown-table';
import type { LatencyRun, StepSamples } from './measure-latency';
import type { ShareMemoryReading } from './measure-share-memory';
import { renderProductionPath } from './render-production-path';
import { range, summarize } from './stats';

/** Renders a run as the generated Markdown section of docs/performance.md. */
export function renderReport(measured: BenchResults): string {
  const results = { ...measured, latency: measured.latency.map(withFlowTotals) };
  return [
    '## Results (generated)',
    machineLine(results),
    '### 1. One conversation alone: Graph traffic per step',
    trafficTable(results.latency[0]),
    '### 2. One conversation alone: latency, without and with added Graph latency',
    latencyTable(results.latency),
    latencyReading(results.latency),
    '### 3. Production path (Graph mode): round trips across all parties, and latency',
    renderProductionPath(results.productionPath),
    `### 4. ${results.throughput[0]?.users ?? 0} users at once`,
    throughputTable(results),
    '### 5. Memory of stored requests',
    memoryTable(results),
    `### 6. Memory over ${results.shareMemory.shares.toLocaleString('en-GB')} shares in one bot process`,
    shareMemoryTable(results),
    '### 7. Parser alone',
    parserTable(results),
  ].join('\n\n');
}

function machineLine({ startedAt, durationMs, machine }: BenchResults): string {
  const date = startedAt.toISOString().replace('T', ' ').slice(0, 16);
  return [
    `Run on ${date} UTC, took ${(durationMs / 1000).toFixed(0)} s.`,
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}${machine.cpuMhz ? ` (${machine.cpuMhz} MHz)` : ''},`,
    `${bytes(machine.totalMemoryBytes)} RAM, ${machine.os}, Node ${machine.node},`,
    `load average ${machine.loadAverage.toFixed(2)} at start. Bot, sandbox and load generator share one`,
    'Node process (one event loop), as in the tests.',
  ].join(' ');
}

function stepLabel(step: StepSamples): string {
  return `${step.flow}: ${step.step}`;
}

function trafficTable(run: LatencyRun): string {
  const counts = (step: StepSamples, pick: (t: GraphTraffic) => number) => range(step.traffic.map(pick));
  return [
    `Counted from the sandbox request log after each step, over ${run.iterations} iterations (a range means it varied).`,
    'Graph operations count each `$batch` entry, as Graph throttles them one by one.',
    '',
    markdownTable(
      ['Step', 'Says', 'Sequential round trips', 'HTTP requests', 'Graph operations'],
      run.steps.map((step) => [
        stepLabel(step),
        `\`${step.says}\``,
        counts(step, (t) => t.sequentialRoundTrips),
        counts(step, (t) => t.httpRequests),
        counts(step, (t) => t.graphOperations),
      ]),
      ['l', 'l', 'r', 'r', 'r'],
    ),
  ].join('\n');
}

/** The samples of the same step in another run. */
function sameStep(run: LatencyRun, step: StepSamples): StepSamples | undefined {
  return run.steps.find((s) => s.flow === step.flow && s.step === step.step);
}

function expectedAddedMs(step: StepSamples, addedLatencyMs: number): number {
  return summarize(step.traffic.map((t) => t.latencyWaits)).median * addedLatencyMs;
}

function latencyTable(runs: LatencyRun[]): string {
  const [base, slow] = runs;
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
    const row = [stepLabel(step), ms(at0.median), ms(at0.p95)];
    const other = slow && sameStep(slow, step);
    if (slow && other) {
      const atL = summarize(other.ms);
      const added = atL.median - at0.median;
      const expected = expectedAddedMs(other, slow.addedLatencyMs);
      row.push(
        ms(atL.median),
        ms(atL.p95),
        ms(added),
        ms(expected),
        expected > 0 ? times(added / expected) : '–',
      );
    }
    return row;
  });
  const intro = [
    `${base.iterations} iterations at +${base.addedLatencyMs} ms${slow ? ` and ${slow.iterations} at +${slow.addedLatencyMs} ms` : ''} per step, flows interleaved.`,
    'Expected added = latency waits on the critical path × added latency: one wait per single request, two per',
    '`$batch` (the rule delays the envelope, then its entries in parallel).',
  ].join(' ');
  return [intro, '', markdownTable(header, rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])].join('\n');
}

function latencyReading(runs: LatencyRun[]): string {
  const [base, slow] = runs;
  if (!slow) return '';
  const lines = base.steps.flatMap((step) => {
    const other = sameStep(slow, step);
    if (!other) return [];
    const at0 = summarize(step.ms).median;
    const atL = summarize(other.ms).median;
    const expected = expectedAddedMs(other, slow.addedLatencyMs);
    const trips = plural(range(other.traffic.map((t) => t.sequentialRoundTrips)), 'sequential round trip');
    if (expected === 0)
      return [
        `- ${stepLabel(step)}: no Graph call, so added Graph latency cannot reach it (${ms(at0)} → ${ms(atL)}).`,
      ];
    return [
      `- ${stepLabel(step)}: ${trips}; at +${slow.addedLatencyMs} ms per call, ` +
        `${percent(expected / atL)} of the median is waiting for Graph, and the median is ${times(atL / at0)} the +${base.addedLatencyMs} ms one.`,
    ];
  });
  return ['Reading the ratios:', '', ...lines].join('\n');
}

function throughputTable(results: BenchResults): string {
  const first = results.throughput[0];
  const users = first?.users ?? 0;
  const rate = results.throughput.map((run) => {
    const ceiling = (run.users * 1000) / summarize(run.aloneMs).median;
    return [
      `+${run.addedLatencyMs} ms`,
      String(run.concurrentMs.length),
      run.sharesPerSecond.toFixed(1),
      run.aloneSharesPerSecond.toFixed(1),
      times(run.sharesPerSecond / run.aloneSharesPerSecond),
      ceiling.toFixed(1),
      percent(run.sharesPerSecond / ceiling),
      percent(run.eventLoopUtilization),
    ];
  });
  const latency = results.throughput.map((run) => {
    const alone = summarize(run.aloneMs);
    const together = summarize(run.concurrentMs);
    return [
      `+${run.addedLatencyMs} ms`,
      ms(alone.median),
      ms(alone.p95),
      ms(together.median),
      ms(together.p95),
      times(together.median / alone.median),
      times(together.p95 / alone.p95),
    ];
  });
  return [
    `${users} demo users, each sharing their own file ${first?.sharesPerUser ?? 0} times in a row`,
    '(message → card → Share → result, a new recipient each time), all users at once, ' +
      `${plural(first?.rounds ?? 0, 'round')} with a fresh tenant per round (resets not timed).`,
    '"Alone" runs the same shares one at a time. The ceiling is what the users could reach if sharing at once',
    `cost nothing: ${users} ÷ the alone median.`,
    '',
    markdownTable(
      [
        'Added Graph latency',
        'Shares',
        `Shares/s, ${users} at once`,
        'Shares/s, alone',
        'At once ÷ alone',
        'Ceiling',
        'Reached',
        'Event loop busy (at once)',
      ],
      rate,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    'Latency of each share, message → result:',
    '',
    markdownTable(
      [
        'Added Graph latency',
        'Alone: median',
        'p95',
        `${users} at once: median`,
        'p95',
        'Median at once ÷ alone',
        'p95 at once ÷ alone',
      ],
      latency,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ].join('\n');
}

function memoryTable({ memory }: BenchResults): string {
  const { baseline, passes, turns } = memory;
  const rows: [string, MemoryFigures][] = [['Before (warmed up, nothing stored)', baseline]];
  passes.forEach((pass, index) => {
    rows.push([`Pass ${index + 1}: after ${turns} message → card turns`, pass.loaded]);
    rows.push([`Pass ${index + 1}: after deleting the stored requests`, pass.released]);
  });
  const heldPerRequest = summarize(
    passes.map((p) => (p.loaded.heapUsed - p.released.heapUsed) / Math.max(1, p.storedRequests)),
  ).median;
  const jsonPerRequest = summarize(passes.map((p) => p.jsonCharsPerRequest)).median;
  const first = passes[0];
  const last = passes.at(-1);
  const drift =
    first && last && passes.length > 1
      ? (last.released.heapUsed - first.released.heapUsed) / (turns * (passes.length - 1))
      : 0;
  const verdict =
    Math.abs(drift) < heldPerRequest / 4
      ? 'within a quarter of a stored request: no leak of that size or larger'
      : 'more than a quarter of a stored request: something besides the stored requests grows per turn';
  return [
    `\`${memory.says}\` said ${turns} times per pass; each turn stores a share request in MemoryStorage,`,
    'which the benchmark then deletes. Every figure is taken after full garbage collections (`--expose-gc`).',
    '',
    markdownTable(
      ['Moment', 'RSS', 'Heap used', 'Heap used − before'],
      rows.map(([label, figures]) => [
        label,
        bytes(figures.rss),
        bytes(figures.heapUsed),
        bytes(figures.heapUsed - baseline.heapUsed),
      ]),
      ['l', 'r', 'r', 'r'],
    ),
    '',
    `Heap held per stored request (with it − after deleting it, median of the passes): ${bytes(heldPerRequest)};`,
    `its JSON in MemoryStorage: ${bytes(jsonPerRequest)}. Heap left after deleting, from one pass to the next:`,
    passes.length > 1 ? `${bytes(drift)} per turn, ${verdict}.` : 'not measured (one pass only).',
  ].join('\n');
}

function shareMemoryTable({ shareMemory }: BenchResults): string {
  const { readings, warmup, users, durationMs } = shareMemory;
  const start = readings[0];
  const second = readings[1];
  const last = readings.at(-1);
  const rows = readings.map((reading, index) => [
    index === 0
      ? `After the warm-up (${warmup} shares)`
      : `After ${reading.shares.toLocaleString('en-GB')} shares`,
    bytes(reading.memory.rss),
    bytes(reading.memory.heapUsed),
    bytes(reading.memory.heapUsed - start.memory.heapUsed),
    bytes(reading.memory.rss - start.memory.rss),
  ]);
  const perShare = (from: ShareMemoryReading | undefined, field: 'heapUsed' | 'rss') =>
    from && last && last.shares > from.shares
      ? bytes((last.memory[field] - from.memory[field]) / (last.shares - from.shares))
      : '–';
  return [
    `One Sharebot process started as \`npm start\` runs it (src/index.ts, SQLite state in a temporary`,
    `STATE_DIR), ${users} demo users sharing at once, each share (message → confirmation card → Share →`,
    'result) in a chat of its own. Memory is read inside the bot process after full garbage collections',
    `(test/support/gc-probe.ts) with no turn in flight. The run took ${(durationMs / 1000).toFixed(0)} s.`,
    '',
    markdownTable(['Moment', 'RSS', 'Heap used', 'Heap used − after warm-up', 'RSS − after warm-up'], rows, [
      'l',
      'r',
      'r',
      'r',
      'r',
    ]),
    '',
    `Growth per share from the first checkpoint to the last: heap ${perShare(second, 'heapUsed')},`,
    `RSS ${perShare(second, 'rss')} (from the warm-up: heap ${perShare(start, 'heapUsed')}, RSS ${perShare(start, 'rss')}).`,
  ].join('\n');
}

function parserTable(results: BenchResults): string {
  const { parser } = results;
  const parseMs = parser.microsPerParse.median / 1000;
  const header = ['Parses/s', 'µs per parse: median sentence', 'p95 sentence', 'Slowest sentence'];
  const row = [
    parser.parsesPerSecond.toFixed(0),
    parser.microsPerParse.median.toFixed(0),
    parser.microsPerParse.p95.toFixed(0),
    `${parser.microsPerParse.max.toFixed(0)} µs: \`${parser.slowest}\``,
  ];
  for (const run of results.latency) {
    const card = run.steps[0];
    if (!card) continue;
    header.push(`Median parse ÷ ${card.step} at +${run.addedLatencyMs} ms`);
    row.push(percent(parseMs / summarize(card.ms).median));
  }
  return [
    `${parser.sentences} varied sentences (shares, dates, quotes, emails, URLs, mentions, greetings, help),`,
    `each parsed ${parser.rounds} times after a warm-up, timed one by one.`,
    '',
    markdownTable(header, [row], ['r', 'r', 'r', 'l', 'r', 'r']),
  ].join('\n');
}
