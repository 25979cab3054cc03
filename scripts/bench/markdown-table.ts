/** A Markdown table with a header row, columns padded to one width as the formatter (biome) lays them out. */
export function markdownTable(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const widths = header.map((_, i) =>
    Math.max(3, ...[header, ...rows].map((cells) => width(cells[i] ?? ''))),
  );
  const pad = (cell: string, i: number) => {
    const space = ' '.repeat(widths[i] - width(cell));
    return align[i] === 'r' ? space + cell : cell + space;
  };
  const rule = widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(pad)), line(rule), ...rows.map((cells) => line(cells.map(pad)))].join('\n');
}

/** Characters as a reader counts them (code points, not UTF-16 units). */
function width(text: string): number {
  return [...text].length;
}

/** Milliseconds with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** A ratio such as "×3.2". */
export function times(value: number): string {
  return `×${value.toFixed(value >= 10 ? 0 : value >= 1 ? 1 : 2)}`;
}

/** Bytes in KiB, MiB or GiB, whichever reads better; negative values keep their sign. */
export function bytes(value: number): string {
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (size >= 1024 ** 3) return `${sign}${(size / 1024 ** 3).toFixed(1)} GiB`;
  if (size >= 1024 * 1024) return `${sign}${(size / 1024 / 1024).toFixed(1)} MiB`;
  if (size >= 1024) return `${sign}${(size / 1024).toFixed(1)} KiB`;
  return `${sign}${Math.round(size)} B`;
}

/** A share 0..1 as a percentage. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(value < 0.01 ? 2 : 0)} %`;
}

/** "1 round trip", "2 round trips". */
export function plural(count: number | string, noun: string): string {
  return `${count} ${noun}${String(count) === '1' ? '' : 's'}`;
}
