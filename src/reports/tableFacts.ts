// What the summary workbook and the 自评报告 draft say about a table, read off the JSON report (never re-scored):
// counts by severity, the indicators below their weight, those without a reason, how much attention a file needs.
import { severityCounts } from "../core";
import type { FileReport, Finding, IndicatorReport, TableReport } from "../core";

/** How much a reviewer must look at a table: its file failed, errors, warnings, or nothing to do. */
export type Attention = "failed" | "errors" | "warnings" | "clean";

/** The facts of one table. */
export interface TableFacts {
  errors: number;
  warnings: number;
  /** Indicators scored below their weight (score < weight), in sheet order. */
  notMet: IndicatorReport[];
  /** Indicators the core flags NOT_MET_NO_REASON (below the weight, reason cell empty). */
  withoutReason: IndicatorReport[];
  /** Indicators flagged OVER_ACHIEVED (far above the target: a reason is asked for). */
  overAchieved: IndicatorReport[];
  /** Error and warning findings, in the report's order. */
  problems: Finding[];
}

/** A number with at most two decimals as integer hundredths (scores and weights in the report have no more). */
export function hundredths(n: number): number {
  return Math.round(n * 100);
}

/** Weight minus score, in points with two decimals (3 − 2.2 → 0.8); 0 when the row is not scored. */
export function shortfallOf(indicator: Pick<IndicatorReport, "weight" | "score">): number {
  if (indicator.weight === null || indicator.score === null) return 0;
  return Math.max(0, hundredths(indicator.weight) - hundredths(indicator.score)) / 100;
}

/** True when the row has a score below its weight. */
export function isNotMet(indicator: IndicatorReport): boolean {
  return shortfallOf(indicator) > 0;
}

/** The facts of a table from its report. */
export function tableFacts(table: TableReport): TableFacts {
  const counts = severityCounts(table.findings);
  return {
    errors: counts.error,
    warnings: counts.warning,
    notMet: table.indicators.filter(isNotMet),
    withoutReason: table.indicators.filter((i) => i.findings.includes("NOT_MET_NO_REASON")),
    overAchieved: table.indicators.filter((i) => i.findings.includes("OVER_ACHIEVED")),
    problems: table.findings.filter((f) => f.severity !== "info"),
  };
}

/** The attention a table (or a file without tables: `table` null) needs. */
export function attentionOf(file: FileReport, table: TableReport | null): Attention {
  if (table === null) return "failed";
  const c = severityCounts(table.findings);
  if (c.error > 0 || file.errors.some((e) => e.code !== "NO_TABLE_FOUND")) return "errors";
  return c.warning > 0 ? "warnings" : "clean";
}

/** The indicator a finding's cell lies on (same sheet row), if any. */
export function indicatorOfFinding(table: TableReport, finding: Finding): IndicatorReport | null {
  const row = finding.cell === null ? NaN : Number(/\d+$/.exec(finding.cell)?.[0]);
  return table.indicators.find((i) => i.row === row) ?? null;
}

/** The text of an indicator's reason cell (偏差原因分析及改进措施) as the report carries it, or null when empty. */
export function reasonText(indicator: IndicatorReport): string | null {
  const reason = indicator.reason;
  return reason !== null && reason.trim() !== "" ? reason.trim() : null;
}
