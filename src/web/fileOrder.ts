// The reviewer's view of the file list: how much each file needs attention (the summary workbook's words), its
// problem count, lowest total and grade, and the orders and the 需要处理 filter built on them.
import { severityCounts } from "../core";
import type { TableReport } from "../core";
import { attentionOf, type Attention } from "../reports/tableFacts";
import type { FileEntry } from "./batchState";

/** The orders the list offers. */
export type FileSort = "added" | "problems" | "total" | "grade";

/** The orders in picker order. */
export const FILE_SORTS: readonly FileSort[] = ["added", "problems", "total", "grade"];

const RANK: Record<Attention, number> = { failed: 0, errors: 1, warnings: 2, clean: 3 };
const GRADE_RANK: Record<NonNullable<TableReport["grade"]>, number> = { 差: 0, 中: 1, 良: 2, 优: 3 };

/** How much a finished file needs attention (its worst table; failed when it has none); null while not finished. */
export function fileAttention(entry: FileEntry): Attention | null {
  const report = entry.result?.report;
  if (!report) return null;
  if (entry.status === "failed" || report.tables.length === 0) return "failed";
  return report.tables.map((t) => attentionOf(report, t)).reduce((a, b) => (RANK[a] <= RANK[b] ? a : b));
}

/** True when a finished file failed or has errors or warnings. */
export function needsAttention(entry: FileEntry): boolean {
  const attention = fileAttention(entry);
  return attention !== null && attention !== "clean";
}

/** Errors and warnings of a finished file (its tables' and its own file errors); null while not finished. */
export function problemCount(entry: FileEntry): number | null {
  const report = entry.result?.report;
  if (!report) return null;
  const counts = severityCounts(report.tables.flatMap((t) => t.findings));
  return counts.error + counts.warning + report.errors.length;
}

/** A sort key per order: smaller comes first. Unfinished files come last, failed ones first. */
function sortKey(entry: FileEntry, sort: FileSort): number {
  const report = entry.result?.report;
  if (!report) return Infinity;
  if (fileAttention(entry) === "failed") return -Infinity;
  const tables = report.tables;
  switch (sort) {
    case "problems":
      return -(problemCount(entry) ?? 0);
    case "total":
      return Math.min(...tables.map((t) => t.total ?? -1));
    case "grade":
      return Math.min(...tables.map((t) => (t.grade === null ? -1 : GRADE_RANK[t.grade])));
    case "added":
      return 0;
  }
}

/** The entries in `sort` order (stable: ties keep the order they were added in), only those needing attention when
 *  `attentionOnly`. */
export function orderedEntries(entries: readonly FileEntry[], sort: FileSort, attentionOnly: boolean): FileEntry[] {
  const shown = attentionOnly ? entries.filter(needsAttention) : entries.slice();
  if (sort === "added") return shown;
  const keys = new Map(shown.map((e) => [e.id, sortKey(e, sort)]));
  return shown
    .map((entry, at) => ({ entry, at }))
    .sort((a, b) => (keys.get(a.entry.id) as number) - (keys.get(b.entry.id) as number) || a.at - b.at)
    .map((x) => x.entry);
}
