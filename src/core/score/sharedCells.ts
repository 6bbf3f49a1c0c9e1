// A score or weight cell merged down over several indicator rows: one cell shared by rows that each need their own.
// A shared score cell is flagged and never written (MERGED_SCORE_CELL); a shared weight cannot be told row by row, so
// its rows wait (WEIGHT_MISSING, merged): read for each, it counted twice (20 and 20 for one 20 over two rows). A
// shared completed value scores each row, said (QUALITATIVE_REVIEW, shared-actual).
import { a1Range, cellAt } from "../grid";
import { cellText } from "../text";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import type { FindingSink } from "./findingSink";

/** A merged area in one column over two indicator rows or more: its A1 range and those rows. */
interface SharedArea {
  anchor: { row: number; col: number };
  range: string;
  rows: number[];
}

/** The merged areas of column `col` that span two indicator rows or more. */
function sharedAreas(t: TableLayout, merges: MergeIndex, col: number | undefined): SharedArea[] {
  if (col === undefined || t.sheet.merges.length === 0) return [];
  const byAnchor = new Map<string, SharedArea>();
  for (const row of t.indicatorRows) {
    const m = merges.areaAt(row, col);
    if (!m || m.r1 === m.r2) continue;
    const key = `${m.r1},${m.c1}`;
    const area = byAnchor.get(key);
    if (area) area.rows.push(row);
    else byAnchor.set(key, { anchor: { row: m.r1, col: m.c1 }, range: a1Range(m.r1, m.c1, m.r2, m.c2), rows: [row] });
  }
  return [...byAnchor.values()].filter((a) => a.rows.length > 1);
}

/** Rows whose score cell is one merged area spanning several indicators: flagged, never written. */
export function sharedScoreCells(t: TableLayout, merges: MergeIndex, sink: FindingSink): Set<number> {
  const out = new Set<number>();
  for (const area of sharedAreas(t, merges, t.columns.score)) {
    sink.add("MERGED_SCORE_CELL", area.anchor, { range: area.range, count: area.rows.length });
    for (const r of area.rows) out.add(r);
  }
  return out;
}

/** QUALITATIVE_REVIEW on each completed-value cell merged over several indicators: every row is scored by the one
 *  text (已完成 for a 按时完成 row and a ≤310元 row below it), which a person confirms. */
export function sharedActualCells(t: TableLayout, merges: MergeIndex, sink: FindingSink): void {
  for (const area of sharedAreas(t, merges, t.columns.actual)) {
    const actual = cellText(cellAt(t.sheet, area.anchor.row, area.anchor.col));
    if (actual)
      sink.add("QUALITATIVE_REVIEW", area.anchor, {
        kind: "shared-actual",
        range: area.range,
        count: area.rows.length,
        actual,
      });
  }
}

/** Rows whose weight cell is one merged area spanning several indicators, each with that area's A1 range. */
export function sharedWeightCells(t: TableLayout, merges: MergeIndex): Map<number, string> {
  const out = new Map<number, string>();
  for (const area of sharedAreas(t, merges, t.columns.weight)) for (const r of area.rows) out.set(r, area.range);
  return out;
}
