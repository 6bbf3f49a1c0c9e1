// Who and what a table is about (issue 17): the title block above it — 项目名称, 主管部门, 实施单位 / 单位名称, 年度 —
// each label followed by its value in the next filled cell to the right.
import { cellAt, type SheetGrid } from "../grid";
import { labelKey } from "./headerTerms";
import type { MergeIndex } from "./merges";
import { rowAt } from "./sheetRows";

/** The title block of a table; null where the sheet does not say. */
export interface TitleInfo {
  project: string | null;
  department: string | null;
  unit: string | null;
  year: number | null;
}

type Field = Exclude<keyof TitleInfo, "year">;

/** Labels by their normalised text (brackets dropped: 部门（单位）名称 → 部门名称). */
const LABELS: ReadonlyMap<string, Field> = new Map([
  ["项目名称", "project"],
  ["主管部门", "department"],
  ["主管部门及代码", "department"],
  ["主管单位", "department"],
  ["实施单位", "unit"],
  ["单位名称", "unit"],
  ["部门名称", "unit"],
  ["预算单位", "unit"],
  ["填报单位", "unit"],
]);

/** The value right of a label: the next filled cell after the label's merged area, on the same row. */
function valueRightOf(sheet: SheetGrid, merges: MergeIndex, row: number, col: number, lastCol: number): string | null {
  const area = merges.areaAt(row, col);
  for (let c = (area ? area.c2 : col) + 1; c <= lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (v === null || v === "") continue;
    const text = String(v).trim();
    return LABELS.has(labelKey(text)) ? null : text || null;
  }
  return null;
}

/** Reads the title block in rows [from, to) (the rows above a table); `year` is the one the title gave, if any. */
export function readTitleBlock(
  sheet: SheetGrid,
  merges: MergeIndex,
  from: number,
  to: number,
  year: number | null,
): TitleInfo {
  const info: TitleInfo = { project: null, department: null, unit: null, year };
  for (let r = Math.max(from, to - 12); r < to; r++) {
    const row = rowAt(sheet, r);
    const lastCol = sheet.origin.col + row.length - 1;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== "string" || v.length > 16) continue;
      const field = LABELS.get(labelKey(v));
      if (field && info[field] === null) info[field] = valueRightOf(sheet, merges, r, sheet.origin.col + j, lastCol);
    }
  }
  return info;
}
