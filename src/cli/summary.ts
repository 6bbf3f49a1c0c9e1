// What the command line prints: a readable summary per file (texts from the message layer), a progress bar for batches.
import { severityCounts } from "../core";
import { messagesFor } from "../core";
import { nextSteps, nextStepsLine } from "../core";
import type { FileReport } from "../core";
import { oneLine } from "./terminal";

/** The summary lines of one file: its problems, each table's figures, its errors and warnings, and the officer's next
 *  steps; texts from the file (names, cell texts in messages) with control characters escaped, so a cell cannot clear
 *  the terminal or forge a line. */
export function fileSummary(f: FileReport, lang: "zh" | "en"): string {
  const m = messagesFor(lang);
  const lines: string[] = [`■ ${oneLine(f.file)}`];
  for (const e of f.errors) lines.push(`  ✗ ${e.code}: ${oneLine(e.message)}`);
  for (const t of f.tables) {
    const result =
      t.mode === "check-only" ? "check-only" : t.total === null ? "withheld" : { total: t.total, grade: t.grade ?? "" };
    const funding = t.funding ? { rate: t.funding.rate, score: t.funding.score } : null;
    lines.push(
      `  ${oneLine(m.cli.tableLine({ sheet: t.sheet, range: t.range, indicators: t.indicators.length, funding, result, counts: severityCounts(t.findings) }))}`,
    );
    for (const x of t.findings)
      if (x.severity !== "info")
        lines.push(`    ${x.severity === "error" ? "✗" : "!"} ${x.cell ?? "—"} ${oneLine(x.message)}`);
    const next = nextStepsLine(nextSteps(t), m);
    if (next) lines.push(`    → ${oneLine(m.cli.nextSteps({ line: next }))}`);
  }
  if (f.output) lines.push(`  → ${oneLine(f.output)}`);
  return lines.join("\n");
}

/** A one-line progress bar for stderr. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`;
}
