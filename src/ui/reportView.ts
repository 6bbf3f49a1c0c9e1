// Pure helpers that turn a FileReport into what the summary, list, chart and export show.
import { severityCounts } from "../core";
import { buildReport as buildRunReport } from "../core";
import type { FileReport, Finding, Report, Severity, TableReport } from "../core";

export { severityCounts };

/** The severities in display order (most severe first). */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Severity counts over every table of a file report. */
export function fileSeverityCounts(report: FileReport): Record<Severity, number> {
  return severityCounts(report.tables.flatMap((table) => table.findings));
}

/** A score with two decimals (96.88). */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** A rate fraction as a percentage with two decimals (0.768 → 76.80%). */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

/** The label of a table: sheet and range ("自评表!A3:J40"). */
export function tableLabel(table: TableReport): string {
  return `${table.sheet}!${table.range}`;
}

/** Who and what a table is about, from its title block: the unit (else the department), the project and the year. */
export interface TableWho {
  unit: string | null;
  project: string | null;
  year: number | null;
}

/** The title block of a table as the UI shows it (the unit falls back to the department, as in the summary). */
export function tableWho(table: TableReport): TableWho {
  return { unit: table.info.unit ?? table.info.department, project: table.info.project, year: table.info.year };
}

/** "unit · project" of a file's tables, each name once (null when the title blocks name neither). */
export function fileWho(report: FileReport): string | null {
  const names = report.tables.flatMap((t) => {
    const who = tableWho(t);
    return [who.unit, who.project].filter((n): n is string => n !== null && n.trim() !== "");
  });
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join(" · ") : null;
}

/** The table's findings, errors first, then warnings, then hints, each in the report's (sheet) order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
}

/** Wraps one file report into a whole report as the command line writes it. */
export function buildReport(file: FileReport, profileId: string): Report {
  return buildRunReport([file], profileId);
}

/** The download name of a report: the workbook name without its extension, plus ".report.json". */
export function reportFileName(workbookName: string): string {
  const base = workbookName.replace(/\.(xlsx|xlsm|xls|json)$/i, "").trim();
  return `${base || "selfeval"}.report.json`;
}

/** One bar group of the score chart. */
export interface ChartRow {
  /** Level-1 category name, or null for the funding block. */
  category: string | null;
  weight: number;
  score: number;
}

/** Weight and score per level-1 block (the core's sums, sheet order) after the funding block; a block with rows
 *  waiting for a person shows the score of its scored rows. */
export function chartRows(table: TableReport): ChartRow[] {
  const rows: ChartRow[] = table.blocks.map((b) => ({ category: b.level1, weight: b.weight, score: b.score }));
  if (table.funding) rows.unshift({ category: null, weight: table.funding.weight, score: table.funding.score });
  return rows;
}
