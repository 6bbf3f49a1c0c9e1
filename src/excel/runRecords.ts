// The undo record of a value run: from the state Excel returned before the write, or from the grid as read when a
// failed batch lost it.
import { cellAt, formatAt, formulaAt, type WorkbookGrid } from "../core";
import { cellType, keptValue, type CellType } from "./cellState";
import type { FormulaCell, RunRecord } from "./undoTypes";
import type { ValueRun } from "./writeSet";

/** The previous state of a run from the grid (used only when the captured state was lost). */
export function runFromGrid(grid: WorkbookGrid, run: ValueRun): RunRecord["before"] {
  const sheet = grid.sheets.find((s) => s.name === run.sheet);
  const formulas: FormulaCell[] = [];
  const formats: string[] = [];
  let types = "";
  run.values.forEach((_, i) => {
    const row = run.row1 + i;
    const f = sheet ? formulaAt(sheet, row, run.col) : null;
    const v = sheet ? cellAt(sheet, row, run.col) : null;
    const t: CellType = f ? "f" : cellType(null, v, sheet?.errors?.has(`${row},${run.col}`) ? "Error" : "");
    types += t;
    formulas.push(keptValue(t, "=" + f, v));
    formats.push((sheet && formatAt(sheet, row, run.col)) || "General");
  });
  return { formulas, formats, types };
}

/** The record of a run from what Excel returned before the write. */
export function capturedRecord(run: ValueRun, cap: Excel.Range): RunRecord {
  const types = cap.formulas.map((r, i) => cellType(r[0], cap.values[i][0], cap.valueTypes[i][0])).join("");
  const formats = cap.numberFormat.map((r) => String(r[0]));
  return {
    sheet: run.sheet,
    col: run.col,
    row1: run.row1,
    before: {
      formulas: cap.formulas.map((r, i) => keptValue(types[i] as CellType, r[0], cap.values[i][0])),
      formats,
      types,
    },
    after: { values: run.values, formats: run.numFmt ?? formats },
  };
}
