/** One line of the `npm run bench` table. */
export interface BenchRow {
  /** What was measured, e.g. "idle tick, 1,000,000 planned rows". */
  readonly name: string;
  /** The measured figure with its unit, e.g. "1.8 ms". */
  readonly value: string;
  /** The goal, e.g. "<= 5 ms". */
  readonly goal: string;
  /** Ratio to the peer or limit measured in the same run, e.g. "1.7x pg-boss"; empty when none. */
  readonly ratio: string;
  /** Whether the goal was met. */
  readonly ok: boolean;
}

/** Prints the rows as a Markdown table (pasteable into a closing note). */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = ["benchmark", "measured", "goal", "ratio", "met"];
  const lines = rows.map((row) => [row.name, row.value, row.goal, row.ratio, row.ok ? "yes" : "NO"]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [format(header), format(widths.map((width) => "-".repeat(width))), ...lines.map(format)].join("\n");
}
