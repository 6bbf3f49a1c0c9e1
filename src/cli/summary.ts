// What the command line prints: a readable summary per file (texts from the message layer), a progress bar for batches.
import { messagesFor, nextSteps, nextStepsLine, severityCounts, type FileReport } from "../core";
import { cliText } from "./args";
import { oneLine } from "./terminal";

/** The error and warning lines printed under one table; the rest are counted (a 3,000-row table can have hundreds). */
export const MAX_FINDING_LINES = 30;

/** The summary lines of one file: its problems, each table's figures, its errors and warnings, and the officer's next
 *  steps; texts from the file (names, cell texts in messages) with control characters escaped, so a cell cannot clear
 *  the terminal or forge a line. */
export function fileSummary(f: FileReport, lang: "zh" | "en"): string {
  const m = messagesFor(lang);
  const c = cliText(lang);
  const lines: string[] = [`■ ${oneLine(f.file)}`];
  for (const e of f.errors) lines.push(`  ✗ ${e.code}: ${oneLine(e.message)}`);
  for (const t of f.tables) {
    const result =
      t.mode === "check-only" ? "check-only" : t.total === null ? "withheld" : { total: t.total, grade: t.grade ?? "" };
    const funding = t.funding ? { rate: t.funding.rate, score: t.funding.score } : null;
    lines.push(
      `  ${oneLine(c.tableLine({ sheet: t.sheet, range: t.range, indicators: t.indicators.length, funding, result, counts: severityCounts(t.findings) }))}`,
    );
    const problems = t.findings.filter((x) => x.severity !== "info");
    for (const x of problems.slice(0, MAX_FINDING_LINES))
      lines.push(`    ${x.severity === "error" ? "✗" : "!"} ${x.cell ?? "—"} ${oneLine(x.message)}`);
    if (problems.length > MAX_FINDING_LINES)
      lines.push(`    ${c.moreFindings({ n: problems.length - MAX_FINDING_LINES })}`);
    const next = nextStepsLine(nextSteps(t), m);
    if (next) lines.push(`    → ${oneLine(c.nextSteps({ line: next }))}`);
  }
  if (f.output) lines.push(`  → ${oneLine(f.output)}`);
  return lines.join("\n");
}

/** A one-line progress bar for stderr. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`;
}
