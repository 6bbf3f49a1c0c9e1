// Labels above a table's header naming where its total and grade go when it has no total row: an info block such as
// 自评得分 | ▢ | 自评等级 | ▢ under the title. The cell right of the one total label and of the one grade label.
import { cellAt, type CellValue, type SheetGrid } from "../grid";
import { labelKey } from "./headerTerms";
import type { FundingLayout, TableLayout } from "./layout";
import type { MergeIndex } from "./merges";
import { isGradeLabel, isScoreTotalLabel } from "./rowLabels";

/** How many rows above a header such labels are looked for (title, info block, funding block, 年度总体目标). */
const LABEL_ROWS_ABOVE = 24;

type Kind = "total" | "grade";

const kindOf = (v: CellValue): Kind | null => (isScoreTotalLabel(v) ? "total" : isGradeLabel(v) ? "grade" : null);

/** The cell right of the label at (row, col), after the label's merged area: within `lastCol`, not covered by another
 *  cell's merged area and no label itself; else null. */
function cellRightOf(sheet: SheetGrid, merges: MergeIndex, row: number, col: number, lastCol: number): number | null {
  const c = (merges.areaAt(row, col)?.c2 ?? col) + 1;
  if (c > lastCol || merges.isCovered(row, c) || kindOf(cellAt(sheet, row, c)) !== null) return null;
  return c;
}

/** Whether (row, col) heads a column of the funding block (its 得分 may be headed 自评得分): a header, not a label. */
function fundingHeader(funding: FundingLayout | null, row: number, col: number): boolean {
  return funding !== null && row === funding.headerRow && Object.values(funding.cols).includes(col);
}

/** The cells right of the one total label (自评得分, 总分) and the one grade label (自评等级) in the rows above a header
 *  at `top` (from `regionStart`, at most LABEL_ROWS_ABOVE) and the table's columns `cols`, the funding block's
 *  headers aside; a kind labelled twice, or whose label has no cell beside it, has none. */
export function labelledAbove(
  sheet: SheetGrid,
  merges: MergeIndex,
  regionStart: number,
  top: number,
  funding: FundingLayout | null,
  cols: [number, number],
): TableLayout["labelled"] {
  const seen = { total: 0, grade: 0 };
  const out: TableLayout["labelled"] = { total: null, grade: null };
  for (let r = Math.max(regionStart, top - LABEL_ROWS_ABOVE); r < top; r++) {
    for (let c = cols[0]; c <= cols[1]; c++) {
      const v = cellAt(sheet, r, c);
      const kind = typeof v === "string" ? kindOf(v) : null;
      if (kind === null || merges.isCovered(r, c) || fundingHeader(funding, r, c)) continue;
      seen[kind]++;
      const col = cellRightOf(sheet, merges, r, c, cols[1]);
      out[kind] = col === null ? null : { row: r, col, label: labelKey(v) };
    }
  }
  return { total: seen.total === 1 ? out.total : null, grade: seen.grade === 1 ? out.grade : null };
}
