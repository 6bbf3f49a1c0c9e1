// A one-row header cell merged across columns with no sub-header (三级指标 over C:D, 年度指标值 over D:E): the columns
// under it are told apart by their data. Before, only the first column was read: the names read as 1…9 and 0.2 万人次
// as 0.2.
import { cellAt, type CellValue, type MergedArea, type SheetGrid } from "../grid";
import { parseComparatorColumn } from "../parse/normalize";
import { lookupUnit } from "../parse/units";
import type { ColumnRole } from "./headerTerms";
import { isBlank } from "./sheetRows";

/** The most data rows under a header looked at to tell what a spanned column holds. */
const SAMPLE_ROWS = 40;

const isComparator = (v: CellValue) => typeof v === "string" && parseComparatorColumn(v.trim()) !== null;
const isUnit = (v: CellValue) => typeof v === "string" && !/\d/.test(v) && lookupUnit(v.trim()) !== null;

/** Whether, in the rows under `area` down to the first where both columns are blank, every filled `check` cell beside
 *  a filled `filled` cell passes `fits`, and two at least do. */
function allFit(sheet: SheetGrid, area: MergedArea, filled: number, check: number, fits: (v: CellValue) => boolean) {
  let n = 0;
  for (let r = area.r2 + 1; r <= area.r2 + SAMPLE_ROWS; r++) {
    const [f, v] = [cellAt(sheet, r, filled), cellAt(sheet, r, check)];
    if (isBlank(f) && isBlank(v)) break;
    if (isBlank(f) || isBlank(v)) continue;
    if (!fits(v)) return false;
    n++;
  }
  return n >= 2;
}

/** The role of column `c` under a one-row header cell merged across `area` whose text has role `parent`: a level
 *  header's further columns are level columns to sort by their data (a generic name, as 绩效指标); under a target,
 *  a first column of comparators is the comparator (≥ | 1000人次) and a column of units after the figure the unit
 *  (0.2 | 万人次), as under a completed value. Null when the data say neither (the column is not read, as before). */
export function spannedRole(sheet: SheetGrid, area: MergedArea, c: number, parent: ColumnRole): ColumnRole | null {
  const first = area.c1;
  if (parent === "level1" || parent === "level2" || parent === "level3") return c === first ? parent : "level3";
  const target = parent === "target" || parent === "targetAdjusted";
  if (target && c === first) return allFit(sheet, area, first + 1, first, isComparator) ? "comparator" : parent;
  if (target && c === first + 1 && allFit(sheet, area, first + 1, first, isComparator)) return parent;
  if (c === first) return parent;
  if (target && allFit(sheet, area, first, c, isUnit)) return "unit";
  return parent === "actual" && allFit(sheet, area, first, c, isUnit) ? "actualUnit" : null;
}
