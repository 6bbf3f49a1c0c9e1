// A row of column numbers printed under an indicator header, as many official forms do (栏次): 甲 | 乙 | 丙 | 1 | 2 | 3,
// 1 | 2 | … | 8, or 栏次 | | | 1 | 2 | 3=1×2. It belongs to the header: it is never an indicator, and its cells are
// never written.
import type { CellValue } from "../grid";
import { isBlank } from "./sheetRows";

/** The column letters forms print before the numbers, in order. */
const STEMS = "甲乙丙丁戊己庚辛壬癸";
/** The label a form may print first in the row. */
const ROW_LABEL = /^(栏次|栏号|列次|列号)$/;
/** A column number as text, optionally with what the column holds (3=1×2, 5=4/3). */
const NUMBER_TEXT = /^(\d{1,2})(?:[=＝].*)?$/;
/** The longest cell text read (a column number and its formula are short). */
const MAX_TEXT = 24;
/** Numbered cells a row needs at least. */
const MIN_CELLS = 3;

/** The column number a cell holds (1, "1", "3=1×2"), or null. */
function numberOf(v: CellValue, text: string | null): number | null {
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  const m = text === null ? null : NUMBER_TEXT.exec(text);
  return m ? Number(m[1]) : null;
}

/** Whether `row` holds only column numbers: an optional 栏次 label, then 甲, 乙, 丙 … in order and 1, 2, 3 … counting
 *  up by one from 1, in at least three cells (blank cells between them allowed). */
export function isColumnNumberRow(row: readonly CellValue[]): boolean {
  let cells = 0;
  let stems = 0;
  let next = 1;
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    if (isBlank(v)) continue;
    if (typeof v === "string" && v.length > MAX_TEXT) return false;
    const text = typeof v === "string" ? v.replace(/\s+/g, "") : null;
    if (cells === 0 && text !== null && ROW_LABEL.test(text)) continue;
    if (next === 1 && text !== null && text === STEMS[stems]) stems++;
    else if (numberOf(v, text) === next) next++;
    else return false;
    cells++;
  }
  return cells >= MIN_CELLS;
}
