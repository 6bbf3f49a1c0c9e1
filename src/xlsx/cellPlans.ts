// A plan's writes grouped by sheet and cell (all writes to one cell merged into one object, the sheet writer's edit),
// every write checked before anything changes: the sheet exists and is not protected, the address is a cell, the
// value is finite, and no value goes inside a merged area or an array formula.
import { a1Range, type CellWrite, type MergedArea, type Severity } from "../core";
import { xlsxError } from "./errors";
import { RangeIndex } from "./rangeIndex";
import type { XlsxWorkbook } from "./readWorkbook";
import type { ArrayRange } from "./sheetArrays";
import { MAX_COLUMNS as MAX_COLS, MAX_ROWS } from "./sheetReader";
import type { CellEdit } from "./sheetWriter";

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** All writes to one cell, merged; the sheet writer's edit of the cell once its restyle is set (one object per
 *  written cell). */
export interface CellPlan extends CellEdit {
  numFmt?: string;
  severity?: Severity;
  notes: string[];
  /** An earlier run's note and fill are to go (the plan no longer flags the cell). */
  unmark: boolean;
}

/** What a write is checked against on one sheet: its merged areas and array formulas, indexed by column. */
interface SheetRanges {
  merges: RangeIndex<MergedArea>;
  arrays: RangeIndex<ArrayRange>;
}

function checkWrite(w: CellWrite, ranges: SheetRanges): void {
  if (
    !Number.isInteger(w.row) ||
    !Number.isInteger(w.col) ||
    w.row < 0 ||
    w.col < 0 ||
    w.row >= MAX_ROWS ||
    w.col >= MAX_COLS
  ) {
    throw xlsxError("writeFailed", { failure: { kind: "badAddress", cell: w.address } });
  }
  if (typeof w.value === "number" && !Number.isFinite(w.value)) {
    throw xlsxError("writeFailed", { failure: { kind: "notFinite", cell: w.address } });
  }
  const m = ranges.merges.find(w.row, w.col, (area) => w.row !== area.r1 || w.col !== area.c1);
  if (m) {
    const range = a1Range(m.r1, m.c1, m.r2, m.c2);
    throw xlsxError("writeFailed", { failure: { kind: "inMerge", cell: w.address, range } });
  }
  const array = w.value !== undefined ? ranges.arrays.find(w.row, w.col) : undefined;
  if (array) {
    const range = a1Range(array.r1, array.c1, array.r2, array.c2);
    throw xlsxError("writeFailed", { failure: { kind: "inArray", cell: w.address, range } });
  }
}

/** The writes of one sheet being grouped: the sheet's index, its cells and what a write is checked against. */
interface SheetPlan {
  index: number;
  cells: Map<number, CellPlan>;
  ranges: SheetRanges;
}

/** The plan of the sheet named `name` (made on its first write; throws for a missing or protected sheet). */
function sheetPlan(wb: XlsxWorkbook, bySheet: Map<number, Map<number, CellPlan>>, name: string): SheetPlan {
  const index = wb.sheets.findIndex((s) => s.name === name);
  if (index < 0) throw xlsxError("writeFailed", { failure: { kind: "noSheet", sheet: name } });
  const grid = wb.grid.sheets[index];
  if (grid.protected) throw xlsxError("sheetProtected", { sheet: name });
  let cells = bySheet.get(index);
  if (!cells) bySheet.set(index, (cells = new Map<number, CellPlan>()));
  return {
    index,
    cells,
    ranges: { merges: new RangeIndex(grid.merges), arrays: new RangeIndex(wb.sheets[index].arrays) },
  };
}

/** Groups the writes by sheet index and cell; validates everything before any change is made. */
export function planCells(wb: XlsxWorkbook, writes: readonly CellWrite[]): Map<number, Map<number, CellPlan>> {
  const bySheet = new Map<number, Map<number, CellPlan>>();
  const sheets = new Map<string, SheetPlan>();
  for (const w of writes) {
    let sheet = sheets.get(w.sheet);
    if (!sheet) sheets.set(w.sheet, (sheet = sheetPlan(wb, bySheet, w.sheet)));
    checkWrite(w, sheet.ranges);
    const key = w.row * MAX_COLS + w.col;
    let cell = sheet.cells.get(key);
    if (!cell) sheet.cells.set(key, (cell = newCellPlan(w.row, w.col)));
    if (w.value !== undefined) cell.value = w.value;
    if (w.unmark) cell.unmark = true;
    if (w.numFmt !== undefined) cell.numFmt = w.numFmt;
    if (w.mark) {
      if (!cell.severity || SEVERITY_RANK[w.mark.severity] > SEVERITY_RANK[cell.severity])
        cell.severity = w.mark.severity;
      if (w.mark.note && !cell.notes.includes(w.mark.note)) cell.notes.push(w.mark.note);
    }
  }
  return bySheet;
}

/** A cell's plan before its writes, every field present (one shape for all cells). */
function newCellPlan(row: number, col: number): CellPlan {
  return {
    row,
    col,
    value: undefined,
    restyle: undefined,
    existingOnly: false,
    numFmt: undefined,
    severity: undefined,
    notes: [],
    unmark: false,
  };
}
