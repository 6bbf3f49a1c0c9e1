// Tables printed side by side (A:H and K:R under one header row): each is read on its own part of the sheet. Read
// whole, the left one ran into the right one's columns (their headers ignored as duplicates) and the right one, with
// its funding block, was neither scored nor reported.
import type { SheetGrid } from "../grid";
import { readHeaderBand } from "./headerBand";
import type { MergeIndex } from "./merges";

/** The most parts one sheet is cut into (a budget on the look for more tables beside). */
const MAX_PARTS = 8;

/** The sheet's columns from `from` up to (not including) `to`, as a sheet of their own: same name and absolute
 *  coordinates, so what is found there is written to the sheet's own cells. */
function columnsOf(sheet: SheetGrid, from: number, to: number): SheetGrid {
  const a = from - sheet.origin.col;
  const b = to - sheet.origin.col;
  const cut = <T>(rows: T[][] | undefined) => rows?.map((r) => (r ? r.slice(a, b) : r));
  return Object.assign({}, sheet, {
    values: cut(sheet.values)!,
    formats: cut(sheet.formats),
    formulas: cut(sheet.formulas),
    origin: { row: sheet.origin.row, col: from },
  });
}

/** The first column right of a header's 年度指标值 where another whole indicator header starts, or null. */
function besideAt(sheet: SheetGrid, merges: MergeIndex): number | null {
  const end = sheet.origin.row + sheet.values.length;
  for (let r = sheet.origin.row; r < end; r++) {
    const band = readHeaderBand(sheet, merges, r);
    if (!band) continue;
    const target = band.roles.targetAdjusted ?? band.roles.target!;
    const starts = band.levels.filter((l) => l.col > target).map((l) => l.col);
    for (const col of starts) {
      if (readHeaderBand(columnsOf(sheet, col, Number.MAX_SAFE_INTEGER), merges, r)) return col;
    }
    r = band.bottom;
  }
  return null;
}

/** The sheet cut into the parts that hold tables side by side, left to right; the sheet itself when none do. */
export function sideBySide(sheet: SheetGrid, merges: MergeIndex): SheetGrid[] {
  const parts: SheetGrid[] = [];
  let rest = sheet;
  for (let col = besideAt(rest, merges); col !== null && parts.length < MAX_PARTS - 1; col = besideAt(rest, merges)) {
    parts.push(columnsOf(rest, rest.origin.col, col));
    rest = columnsOf(rest, col, Number.MAX_SAFE_INTEGER);
  }
  parts.push(rest);
  return parts;
}
