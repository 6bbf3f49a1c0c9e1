// Small row helpers shared by the table finder's parts.
import type { CellValue, SheetGrid } from "../grid";

/** The values of sheet row `r` (absolute, 0-based); [] outside the grid. */
export function rowAt(sheet: SheetGrid, r: number): CellValue[] {
  return sheet.values[r - sheet.origin.row] ?? [];
}

/** Whether a cell is empty or only blanks. */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The first column in [c1, c2] of row `r` whose cell passes `test`, or -1. */
export function rowHasText(
  sheet: SheetGrid,
  r: number,
  test: (v: CellValue) => boolean,
  c1 = 0,
  c2 = Infinity,
): number {
  const row = rowAt(sheet, r);
  const from = Math.max(0, c1 - sheet.origin.col);
  const to = Math.min(row.length - 1, c2 - sheet.origin.col);
  for (let j = from; j <= to; j++) if (test(row[j])) return sheet.origin.col + j;
  return -1;
}
