// What the command line prints: a readable summary per file, a progress bar for batches.
import { severityCounts } from "../core/findings";
import type { FileReport, Severity } from "../core/report";
import { oneLine } from "./terminal";

const SEV: Severity[] = ["error", "warning", "info"];
const SEV_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** The summary lines of one file; texts from the file (names, cell texts in messages) with control characters
 *  escaped, so a cell cannot clear the terminal or forge a line. */
export function fileSummary(f: FileReport, lang: "zh" | "en"): string {
  const lines: string[] = [];
  const zh = lang === "zh";
  lines.push(`■ ${oneLine(f.file)}`);
  for (const e of f.errors) lines.push(`  ✗ ${e.code}: ${oneLine(e.message)}`);
  for (const t of f.tables) {
    const c = severityCounts(t.findings);
    const counts = SEV.map((s) => (zh ? `${SEV_ZH[s]}${c[s]}` : `${s} ${c[s]}`)).join(zh ? "，" : ", ");
    const fund = t.funding ? (zh ? `预算执行率${(t.funding.rate * 100).toFixed(2)}%得${t.funding.score.toFixed(2)}分，` : `funding ${(t.funding.rate * 100).toFixed(2)}% → ${t.funding.score.toFixed(2)}, `) : "";
    const total = t.mode === "check-only" ? (zh ? "仅核对（不计分）" : "check-only (not scored)") : t.total === null ? (zh ? "总分暂缺（有待人工处理的指标）" : "total withheld") : zh ? `总分${t.total.toFixed(2)}，等级${t.grade}` : `total ${t.total.toFixed(2)}, grade ${t.grade}`;
    lines.push(`  ${oneLine(t.sheet)}!${t.range}（${t.indicators.length}${zh ? "项指标" : " indicators"}）：${fund}${total}；${counts}`);
    for (const x of t.findings) if (x.severity !== "info") lines.push(`    ${x.severity === "error" ? "✗" : "!"} ${x.cell ?? "—"} ${oneLine(x.message)}`);
  }
  if (f.output) lines.push(`  → ${oneLine(f.output)}`);
  return lines.join("\n");
}

/** A one-line progress bar for stderr. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`;
}
