import type { BotProcess } from '../support/bot-process';

/**
 * Counts what the bot processes print, grouped by message (a JSON log line by its level and
 * `msg`, a plain line by its words before any JSON detail), so a load run's summary shows what
 * the bots complained about without the ids that make every line different.
 */
export class BotLog {
  private readonly counts = new Map<string, number>();
  /** The first two full lines of each message that reports a failure, for the summary. */
  private readonly failures = new Map<string, string[]>();
  private readonly partial = new Map<BotProcess, string>();

  constructor(bots: BotProcess[]) {
    for (const bot of bots) bot.onOutput((text) => this.read(bot, text));
  }

  /** Message → how often, most frequent first. */
  top(limit: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }

  /** Full lines (cut at 300 characters) of the first two reports of each failure. */
  failureSamples(): string[] {
    return [...this.failures.values()].flat();
  }

  private read(bot: BotProcess, text: string): void {
    const lines = ((this.partial.get(bot) ?? '') + text).split('\n');
    this.partial.set(bot, lines.pop() ?? '');
    for (const line of lines) {
      const key = messageOf(line.trim());
      if (!key) continue;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      if (!/fail|error/i.test(key)) continue;
      const samples = this.failures.get(key) ?? [];
      if (samples.length < 2) this.failures.set(key, [...samples, line.trim().slice(0, 300)]);
    }
  }
}

function messageOf(line: string): string | undefined {
  if (line === '' || line.startsWith('gc-probe ') || line.startsWith('Sharebot is ready')) return undefined;
  if (line.startsWith('{')) {
    try {
      const entry = JSON.parse(line) as { level?: unknown; message?: unknown; msg?: unknown };
      return `${String(entry.level ?? '?')}: ${String(entry.message ?? entry.msg ?? line.slice(0, 80))}`;
    } catch {
      return line.slice(0, 80);
    }
  }
  const detail = line.indexOf(' {');
  return (detail > 0 ? line.slice(0, detail) : line).slice(0, 100);
}
