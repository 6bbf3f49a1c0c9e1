// Which tables get a 自评报告 draft and how a draft is told apart from its file's others; small enough for the
// first screen (the pane's and page's buttons use it without loading the draft writer).
import type { TableReport } from "../../core";

/** True for a table a 自评报告 is written about: a project or department table with completed values (not a
 *  targets-only sheet, nor a table whose 实际完成值 column was not read: a draft of it would report no shortfall). */
export function hasDraft(table: TableReport): boolean {
  if (table.kind !== "project" && table.kind !== "department") return false;
  return !table.findings.some((f) => f.code === "ACTUAL_MISSING" && f.cell === null);
}

/** The sheet part of a draft's name when its file has several drafts (the range too when a sheet holds two); else null. */
export function sheetTag(table: TableReport, tables: readonly TableReport[]): string | null {
  const drafts = tables.filter(hasDraft);
  if (drafts.length < 2) return null;
  return drafts.filter((t) => t.sheet === table.sheet).length > 1
    ? `${table.sheet} ${table.range.replace(":", "-")}`
    : table.sheet;
}
