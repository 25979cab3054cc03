import type { GraphWatch } from './graph-watch';
import type { LoadPlan } from './load-plan';
import type { LoadTally } from './load-tally';
import { type MemoryFigures, memoryFigures, type ProcessMemory } from './memory-watch';

/** One thing a load run must show, and what it showed. */
export interface Verdict {
  name: string;
  expected: string;
  actual: string;
  ok: boolean;
}

/** What a load run measured and whether it passed. */
export interface LoadReport {
  plan: LoadPlan;
  verdicts: Verdict[];
  memory: MemoryFigures[];
  /** The summary tables and the details of every problem, ready to print. */
  text: string;
}

/** What `runLoad` hands over for the summary. */
export interface RunFigures {
  plan: LoadPlan;
  /** The measured stretch (after the warm-up and the quiet start) until the last conversation stopped. */
  loadMs: number;
  totalMs: number;
  restartedAfterMs: number;
  tally: LoadTally;
  graph: GraphWatch;
  sandboxFaults: number;
  memory: ProcessMemory[];
  duplicateGrants: string[];
  /** How long each part of the run took (name, ms). */
  phases: [string, number][];
  /** What the bots printed most often (message, count). */
  botLog: [string, number][];
  /** Full lines of the failures the bots reported (a few of each). */
  botFailures: string[];
  driverErrors: string[];
  truthReads: number;
}

/**
 * Turns a run's counts into verdicts (0 lost, 0 duplicate invites, 0 false claims, 0 5xx, flat
 * memory, and that the run really shared, faulted, restarted and used both instances) and
 * tables to print.
 */
export function summarizeRun(run: RunFigures): LoadReport {
  const { plan, tally, graph } = run;
  const memory = run.memory.map(memoryFigures);
  const faulted = run.sandboxFaults + graph.lostTotal;
  const duplicates = graph.duplicates();
  const verdicts: Verdict[] = [
    count(
      'lost shares (card left "Sharing…"/"Checking…", or still unsure after the run settled)',
      tally.lost.length + tally.unknownAtEnd,
    ),
    count('duplicate invites (one request, one person, granted twice)', duplicates.length),
    count('duplicate permissions at the end', run.duplicateGrants.length),
    count('false claims (card or refusal vs. sandbox permissions)', tally.falseClaims.length),
    count('5xx answers from /api/messages', tally.serverErrors),
    count('answers that do not say where the share stands', tally.unclear.length),
    count('load driver errors', run.driverErrors.length),
    atLeast('shares (Share clicks)', tally.shares, plan.conversations),
    atLeast('faulted Graph calls', faulted, 1),
    atLeast('posts sent to the other instance while one was down', tally.retriedOnOther, 1),
    ...memory.map((figures) => atLeast(`posts answered by ${figures.label}`, figures.posts, 1)),
    ...memoryVerdicts(memory, plan),
  ];
  const lines = [
    `Load run "${plan.name}": ${plan.conversations} conversations on 2 instances (STORAGE=blob, one Azurite): ${seconds(plan.warmupMs)} warm-up, then ${seconds(run.loadMs)} measured; instance 2 killed (SIGKILL) ${seconds(plan.restartAtMs)} into it and back after ${seconds(run.restartedAfterMs)}; whole run ${seconds(run.totalMs)} (${run.phases.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')}).`,
    '',
    table(
      ['Figure', 'Value'],
      [
        [
          'Share clicks (requests followed to the end)',
          `${tally.shares} (${rate(tally.shares, run.loadMs)}/s measured)`,
        ],
        ['Outcomes', mapText(tally.outcomes)],
        ['Messages → confirmation cards', `${tally.messages} → ${tally.confirmations}`],
        ['Pick cards answered (file / person)', `${tally.filePicks} / ${tally.personPicks}`],
        ['Messages without a confirmation', mapText(tally.noConfirmation) || '0'],
        [
          'Check again / Share again / Share with the others',
          `${tally.checkAgain} / ${tally.shareAgain} / ${tally.shareOthers}`,
        ],
        [
          'Cancelled / Undo asked / undone / undo refused',
          `${tally.cancels} / ${tally.undoAsked} / ${tally.undone} / ${tally.undoRefused}`,
        ],
        [
          '"Sharing…" cards updated later (update before the answer)',
          `${tally.updatesAwaited} (${tally.updateBeforeAnswer})`,
        ],
        ['Graph operations (HTTP requests) through the proxy', `${graph.operations} (${graph.requests})`],
        [
          'Faulted: sandbox rules fired + proxy losses',
          `${run.sandboxFaults} + ${graph.lostTotal} (${mapText(graph.lost)}) = ${faulted}, ${percent(faulted, graph.operations)} of operations`,
        ],
        ['Invite calls (granted by the sandbox)', `${graph.invites} (${graph.grantedInvites})`],
        ['Posts to /api/messages, by answer', `${tally.posts}: ${mapText(tally.statuses)}`],
        ['Posts rerouted to the other instance', String(tally.retriedOnOther)],
        [
          'Cards checked against the sandbox (permission reads)',
          `${tally.claimsChecked} (${run.truthReads})`,
        ],
        ['Cards not about what was asked (see below)', String(tally.wrongCard.length)],
      ],
    ),
    '',
    table(
      [
        'Process',
        'Posts',
        'Shares',
        'CPU/share',
        'RSS start',
        'RSS end',
        'RSS peak',
        'RSS slope',
        'Heap after GC at rest',
        'Heap/share',
      ],
      memory.map((figures) => [
        figures.label,
        String(figures.posts),
        String(figures.shares),
        figures.shares === 0 ? '–' : `${Math.round(figures.cpuMs / figures.shares)} ms`,
        mib(figures.startBytes),
        mib(figures.endBytes),
        mib(figures.peakBytes),
        perShare(figures.rssBytesPerShare),
        figures.heap
          ? `${mib(figures.heap.startBytes)} → ${mib(figures.heap.endBytes)} over ${figures.heap.shares} shares`
          : '– (not alive at both quiet points)',
        perShare(figures.heap?.bytesPerShare),
      ]),
    ),
    '',
    table(
      ['Post', 'Count', 'Median', 'p95', 'Max'],
      [...tally.latencies].map(([kind, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        const at = (q: number) => `${sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]} ms`;
        return [kind, String(sorted.length), at(0.5), at(0.95), at(1)];
      }),
    ),
    '',
    table(
      ['Check', 'Expected', 'Actual', ''],
      verdicts.map((verdict) => [
        verdict.name,
        verdict.expected,
        verdict.actual,
        verdict.ok ? 'ok' : 'FAILED',
      ]),
    ),
    ...details(
      'Lost',
      tally.lost.map((entry) => `${entry.request}: ${entry.detail}`),
    ),
    ...details(
      'Duplicate invites',
      duplicates.map((d) => `${d.request} → ${d.recipient}: granted ${d.granted}×`),
    ),
    ...details('Duplicate permissions', run.duplicateGrants),
    ...details(
      'False claims',
      tally.falseClaims.map((f) => `${f.request}: ${f.claim}; ${f.detail}`),
    ),
    ...details('5xx answers', tally.serverErrorDetails),
    ...details('Unclear answers', tally.unclear),
    ...details('Cards not about what was asked', tally.wrongCard),
    ...details('Driver errors', run.driverErrors),
    ...details(
      'What the bots printed most',
      run.botLog.map(([message, n]) => `${n}× ${message}`),
    ),
    ...details('Failures the bots reported (first two of each)', run.botFailures),
    ...details('Heap after GC at rest, every reading (the lowest counts)', heapReadings(memory)),
  ];
  return { plan, verdicts, memory, text: lines.join('\n') };
}

/**
 * Flat memory: every process that lived through both quiet points and answered enough shares in
 * between kept at most the plan's bytes per share; and at least one process was measured, so the
 * check cannot pass by measuring nothing. Plans without a bound only report.
 */
function memoryVerdicts(memory: MemoryFigures[], plan: LoadPlan): Verdict[] {
  const bound = plan.maxHeapBytesPerShare;
  if (bound === undefined) return [];
  const measured = memory.filter((figures) => figures.heap && figures.heap.shares >= plan.minSharesForMemory);
  return [
    atLeast(`processes measured at rest over ≥ ${plan.minSharesForMemory} shares`, measured.length, 1),
    ...measured.map((figures) => {
      const perShareBytes = figures.heap?.bytesPerShare ?? Number.NaN;
      return {
        name: `heap kept per share (after GC, at rest), ${figures.label}`,
        expected: `≤ ${bound} B`,
        actual: `${Math.round(perShareBytes)} B`,
        ok: perShareBytes <= bound,
      };
    }),
  ];
}

function heapReadings(memory: MemoryFigures[]): string[] {
  return memory.flatMap((figures) => {
    const heap = figures.heap;
    if (!heap) return [];
    return [
      `${figures.label}: start ${heap.startReadings.map(mib).join(', ')}; end ${heap.endReadings.map(mib).join(', ')}`,
    ];
  });
}

function count(name: string, actual: number): Verdict {
  return { name, expected: '0', actual: String(actual), ok: actual === 0 };
}

function atLeast(name: string, actual: number, minimum: number): Verdict {
  return { name, expected: `≥ ${minimum}`, actual: String(actual), ok: actual >= minimum };
}

function details(title: string, entries: string[]): string[] {
  if (entries.length === 0) return [];
  return ['', `${title} (${entries.length}):`, ...entries.slice(0, 20).map((entry) => `  ${entry}`)];
}

/** A plain-text table with aligned columns (markdown-compatible). */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, n) => cell.padEnd(widths[n])).join(' | ')} |`;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function mapText(map: Map<string | number, number>): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function rate(n: number, ms: number): string {
  return (n / (ms / 1000)).toFixed(1);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`;
}

function perShare(bytes: number | undefined): string {
  return bytes === undefined ? '–' : `${Math.round(bytes)} B`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
