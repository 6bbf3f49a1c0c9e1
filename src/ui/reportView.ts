// Pure helpers that turn a FileReport into what the summary, list, chart and export show.
import { severityCounts } from "../core/findings";
import { buildReport as buildRunReport } from "../core/reportBuilder";
import type { FileReport, Report, Severity, TableReport } from "../core/report";

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

/** Weight and score per level-1 category (sheet order), then the funding block; rows without weight are left out. */
export function chartRows(table: TableReport): ChartRow[] {
  const byCategory = new Map<string, ChartRow>();
  for (const ind of table.indicators) {
    if (ind.weight === null) continue;
    const row = byCategory.get(ind.level1) ?? { category: ind.level1, weight: 0, score: 0 };
    row.weight += ind.weight;
    row.score += ind.score ?? 0;
    byCategory.set(ind.level1, row);
  }
  const rows = [...byCategory.values()].map((r) => ({ ...r, weight: round2(r.weight), score: round2(r.score) }));
  if (table.funding) rows.unshift({ category: null, weight: table.funding.weight, score: table.funding.score });
  return rows;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
