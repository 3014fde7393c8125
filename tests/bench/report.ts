export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Row {
  measure: string;
  value: string;
  target: string;
  ratio: string;
}

/** Ratio of measured to target: ≤ 1 meets it. */
export const ratio = (measured: number, target: number) => `${(measured / target).toFixed(2)}×`;

export function printTable(title: string, rows: Row[]): void {
  const widths = (['measure', 'value', 'target', 'ratio'] as const).map((key) =>
    Math.max(key.length, ...rows.map((row) => row[key].length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\n${title}\n${line(['measure', 'value', 'target', 'ratio (≤1 meets)'])}`);
  for (const row of rows) console.log(line([row.measure, row.value, row.target, row.ratio]));
}
