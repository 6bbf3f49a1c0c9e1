// Tables printed side by side (A:H and K:R under one header row): each is read on its own part of the sheet. Read
// whole, the left one ran into the right one's columns (their headers ignored as duplicates) and the right one, with
// its funding block, was neither scored nor reported.
import type { SheetGrid } from "../grid";
import { readHeaderBand, type HeaderBand } from "./headerBand";
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

/** The first and last column a header's roles and levels use. */
function spanOf(band: HeaderBand): [number, number] {
  const cols = (Object.values(band.roles) as number[]).concat(band.levels.map((l) => l.col));
  return [Math.min(...cols), Math.max(...cols)];
}

/** Rows around a header where the header of a table beside it may stand (its funding block longer or shorter). */
const BESIDE_ROWS = 12;

/** The first indicator header in `part` within BESIDE_ROWS rows of `band`, or null. */
function headerNear(part: SheetGrid, merges: MergeIndex, band: HeaderBand): HeaderBand | null {
  const last = Math.min(band.bottom + BESIDE_ROWS, part.origin.row + part.values.length - 1);
  for (let r = Math.max(band.top - BESIDE_ROWS, part.origin.row); r <= last; r++) {
    const found = readHeaderBand(part, merges, r);
    if (found) return found;
  }
  return null;
}

/** Where a table beside `band` starts when its header stands on another row, in columns `band` does not use (right
 *  of them, or left of them when the left one's header is lower): its first header cell right of the left header's
 *  last column; null when no header stands there. */
function besideOtherRow(sheet: SheetGrid, merges: MergeIndex, band: HeaderBand): number | null {
  const [first, last] = spanOf(band);
  const all = Number.MAX_SAFE_INTEGER;
  let right = headerNear(columnsOf(sheet, last + 1, all), merges, band);
  if (!right && first > sheet.origin.col) {
    const left = headerNear(columnsOf(sheet, sheet.origin.col, first), merges, band);
    right = left && readHeaderBand(columnsOf(sheet, spanOf(left)[1] + 1, all), merges, band.top);
  }
  if (!right) return null;
  return Math.min(...right.ignored.map((h) => h.col).concat(spanOf(right)));
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
    const other = besideOtherRow(sheet, merges, band);
    if (other !== null) return other;
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
