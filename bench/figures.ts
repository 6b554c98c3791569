/** One measured figure of the benchmark table, with its budget where the issue sets one. */
export interface Figure {
  group: string;
  name: string;
  value: number;
  unit: 'KB' | 'ms';
  /** The most the figure may be; absent where no budget is set. */
  budget?: number;
  /** A figure that could not be measured says why instead. */
  note?: string;
}

/** Median of repeated runs: robust against the odd slow run on a shared 2-core machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `runs` times after `warmup` unmeasured runs; returns the median in ms. */
export async function timeMedian(work: () => unknown, runs = 30, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function overBudget(figure: Figure): boolean {
  return figure.budget !== undefined && figure.value > figure.budget;
}

/** The table `npm run bench` prints, budgets beside figures and a clear mark where one is missed. */
export function formatTable(figures: Figure[]): string {
  const rows = figures.map((figure) => [
    figure.group,
    figure.name,
    figure.note ? '—' : `${figure.value.toFixed(figure.unit === 'KB' ? 1 : 2)} ${figure.unit}`,
    figure.budget === undefined ? '' : `${figure.budget} ${figure.unit}`,
    figure.note ?? (figure.budget === undefined ? '' : overBudget(figure) ? '✗ OVER BUDGET' : '✓'),
  ]);
  const header = ['group', 'figure', 'median', 'budget', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
