// Column mode (ExcelApi below 1.10: no notes, no comments): explanations go into a 评分说明 column right of the table.
import { cellAt, sheetBounds, type SheetGrid, type WorkbookGrid } from "../core";
import type { Plan } from "../core";
import { localAddress, parseRangeAddress, type SheetRect } from "./addresses";
import type { ValueRun } from "./writeSet";

/** Header of the explanation column. */
export const EXPLANATION_HEADER = "评分说明";

function isEmptyColumn(sheet: SheetGrid, col: number, r1: number, r2: number): boolean {
  for (let r = r1; r <= r2; r++) if (cellAt(sheet, r, col) !== null) return false;
  return true;
}

/** The column to write into: an existing 评分说明 column right of the table, else the first empty one. */
export function explanationColumnOf(sheet: SheetGrid, table: SheetRect): { col: number; reused: boolean } {
  const last = Math.max(sheetBounds(sheet).cols, table.c2 + 1);
  for (let c = table.c2 + 1; c <= last; c++) {
    for (let r = table.r1; r <= table.r2; r++)
      if (cellAt(sheet, r, c) === EXPLANATION_HEADER) return { col: c, reused: true };
  }
  for (let c = table.c2 + 1; c <= last; c++)
    if (isEmptyColumn(sheet, c, table.r1, table.r2)) return { col: c, reused: false };
  return { col: last + 1, reused: false };
}

/** Tables of the report on one sheet, as rectangles (each starts at its first header row, the funding block's or the
 *  indicators', as the core found it: the column's header goes there); the whole used range when the report names
 *  none. */
function tablesOn(plan: Plan, sheet: SheetGrid): SheetRect[] {
  const rects = plan.report.tables
    .filter((t) => t.sheet === sheet.name)
    .map((t) => parseRangeAddress(t.range))
    .filter((r): r is SheetRect => r !== null)
    .map((r) => ({ ...r, sheet: sheet.name }));
  if (rects.length > 0) return rects;
  const b = sheetBounds(sheet);
  const { row, col } = sheet.origin;
  return [{ sheet: sheet.name, r1: row, c1: col, r2: Math.max(row, b.rows - 1), c2: Math.max(col, b.cols - 1) }];
}

function nearestTable(tables: SheetRect[], row: number): SheetRect {
  const inside = tables.find((t) => row >= t.r1 && row <= t.r2);
  if (inside) return inside;
  return tables.reduce((best, t) =>
    Math.min(Math.abs(t.r1 - row), Math.abs(t.r2 - row)) < Math.min(Math.abs(best.r1 - row), Math.abs(best.r2 - row))
      ? t
      : best,
  );
}

/** The explanation-column writes for the plan's marks: header, one text per marked row, stale texts cleared. */
export function explanationRuns(plan: Plan, grid: WorkbookGrid): ValueRun[] {
  const runs: ValueRun[] = [];
  for (const sheet of grid.sheets) {
    const marks = plan.writes.filter((w) => w.sheet === sheet.name && w.mark);
    if (marks.length === 0) continue;
    const tables = tablesOn(plan, sheet);
    // per row, each note once with every cell it is on (a missing reason marks the reason and the score cell)
    const byTable = new Map<SheetRect, Map<number, Map<string, string[]>>>();
    for (const w of marks) {
      const table = nearestTable(tables, w.row);
      const rows = byTable.get(table) ?? new Map<number, Map<string, string[]>>();
      byTable.set(table, rows);
      const notes = rows.get(w.row) ?? new Map<string, string[]>();
      rows.set(w.row, notes);
      notes.set(w.mark!.note, [...(notes.get(w.mark!.note) ?? []), localAddress(w.row, w.col)]);
    }
    for (const [table, rows] of byTable) {
      const { col, reused } = explanationColumnOf(sheet, table);
      const headerRow = table.r1;
      const cells = new Map<number, string>();
      if (reused) {
        for (let r = Math.min(table.r1, ...rows.keys()); r <= Math.max(table.r2, ...rows.keys()); r++) {
          const old = cellAt(sheet, r, col);
          if (old !== null && old !== EXPLANATION_HEADER) cells.set(r, "");
        }
      }
      for (const [row, notes] of rows) {
        if (row !== headerRow) cells.set(row, [...notes].map(([note, at]) => `${at.join("、")}：${note}`).join("\n"));
      }
      cells.set(headerRow, EXPLANATION_HEADER);
      runs.push(...contiguousRuns(sheet.name, col, cells));
    }
  }
  return runs;
}

function contiguousRuns(sheet: string, col: number, cells: Map<number, string>): ValueRun[] {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  const runs: ValueRun[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.row1 + last.values.length === row) last.values.push(cells.get(row)!);
    else runs.push({ sheet, col, row1: row, values: [cells.get(row)!], numFmt: null });
  }
  return runs;
}
