// What a table's layout says before any row is scored: headers the reader did not place (HEADER_IGNORED) or found
// again inside the table (HEADER_REPEATED), a header without indicator rows (NO_INDICATORS: no total, no grade, never
// 0.00 差), and the column a self-evaluation table lacks to be scored (table-level ACTUAL_MISSING, WEIGHT_MISSING),
// with the headers that were not read.
import { a1Range, cellAt, columnLetters } from "../grid";
import { cellText } from "../text";
import { ignoredHeaderParams, unreadHeaderParams } from "../tables/headerBand";
import { keyTermsOf } from "../tables/headerTerms";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { budgetCellRead, budgetCellsOf } from "./fundingRows";
import type { FindingParams } from "../messages/params";
import type { FindingSink } from "./findingSink";
import type { LabelledTargets } from "./labelledCells";
import { fromHundredths } from "./rounding";

/** One table-level info finding listing the header cells that took no role, so a user sees what was not read. */
export function noteIgnoredHeaders(t: TableLayout, sink: FindingSink): void {
  if (t.ignoredHeaders.length === 0) return;
  sink.add("HEADER_IGNORED", null, { headers: ignoredHeaderParams(t.ignoredHeaders) });
}

/** One info finding on each header printed again inside the table (a page break): its rows were not read. */
export function noteRepeatedHeaders(t: TableLayout, sink: FindingSink): void {
  for (const h of t.repeatedHeaders) sink.add("HEADER_REPEATED", { row: h.top, col: t.firstCol }, { row: h.top + 1 });
}

/** How many hidden rows a HIDDEN_ROWS finding names before "等N行". */
const HIDDEN_NAMED = 10;

/** A HIDDEN_ROWS warning when rows of the table that the rules read (indicators, the funding row) are hidden: they are
 *  scored like any row, which a user looking at the sheet would not expect; or, when Excel cannot tell which rows are
 *  hidden, that the sheet has some. */
export function noteHiddenRows(t: TableLayout, sink: FindingSink): void {
  const { hiddenRows, someRowsHidden } = t.sheet;
  if (hiddenRows && hiddenRows.size > 0) {
    const read = t.funding ? [t.funding.row, ...t.indicatorRows] : t.indicatorRows;
    const hidden = read.filter((r) => hiddenRows.has(r)).sort((a, b) => a - b);
    if (hidden.length === 0) return;
    const rows = hidden.slice(0, HIDDEN_NAMED).map((r) => r + 1);
    const params =
      hidden.length > rows.length
        ? { kind: "many" as const, rows, count: hidden.length }
        : { kind: "rows" as const, rows };
    sink.add("HIDDEN_ROWS", null, params);
  } else if (someRowsHidden) sink.add("HIDDEN_ROWS", null, { kind: "unknown" });
}

/** How many characters of a hidden column's header HIDDEN_COLUMNS shows. */
const HEADER_SHOWN = 16;

/** The header text of column `col` in the header rows `top`..`bottom` (the lowest that holds text: a sub-header). */
function headerOf(t: TableLayout, top: number, bottom: number, col: number): string {
  for (let r = bottom; r >= top; r--) {
    const text = cellText(cellAt(t.sheet, r, col)).replace(/\s+/g, "");
    if (text) return text.length > HEADER_SHOWN ? text.slice(0, HEADER_SHOWN) + "…" : text;
  }
  return "";
}

/** Roles whose columns the scoring neither reads nor writes: a hidden 指标解释, 序号 or 指标类型 column is no one's concern. */
const UNSCORED_ROLES: ReadonlySet<string> = new Set(["description", "serial", "indicatorType"]);

/** The indicator columns scoring reads or writes: every role but the description and the serial number (a 年初指标值
 *  column beside the 调整指标值 one the reader prefers holds no role: spec §1). */
function scoredColumns(t: TableLayout): number[] {
  const cols = t.columns;
  return (Object.keys(cols) as (keyof typeof cols)[]).filter((r) => !UNSCORED_ROLES.has(r)).map((r) => cols[r]!);
}

/** The funding block's budget column the rate reads (funding.ts: a hidden 年初预算数 beside a 全年预算数 that holds a
 *  figure is not read), else the first the block has; undefined without a block. */
function budgetColumn(t: TableLayout, merges: MergeIndex): number | undefined {
  if (!t.funding) return undefined;
  const cells = budgetCellsOf(t, merges);
  return (budgetCellRead(cells) ?? cells.find((c) => c !== null))?.col;
}

/** A HIDDEN_COLUMNS warning when columns the table reads or writes (its roles, the funding block's) are hidden: a
 *  user would not see the targets, weights or scores they hold; or, when Excel cannot tell which columns are hidden,
 *  that the sheet has some. */
export function noteHiddenColumns(t: TableLayout, merges: MergeIndex, sink: FindingSink): void {
  const { hiddenColumns, someColumnsHidden } = t.sheet;
  if (hiddenColumns && hiddenColumns.size > 0) {
    const where = new Map<number, string>();
    for (const col of scoredColumns(t)) where.set(col, headerOf(t, t.headerRow, t.headerBottom, col));
    const f = t.funding;
    const fc = f?.cols ?? {};
    for (const col of [budgetColumn(t, merges), fc.executed, fc.weight, fc.rate, fc.score])
      if (col !== undefined && !where.has(col)) where.set(col, headerOf(t, f!.headerRow, f!.headerRow, col));
    const hidden = [...where.keys()].filter((c) => hiddenColumns.has(c)).sort((a, b) => a - b);
    if (hidden.length === 0) return;
    const columns = hidden.map((c) => ({ column: columnLetters(c), header: where.get(c)! }));
    sink.add("HIDDEN_COLUMNS", null, { kind: "columns", columns });
  } else if (someColumnsHidden) sink.add("HIDDEN_COLUMNS", null, { kind: "unknown" });
}

/** A NO_INDICATORS error on the header of a table that has no indicator rows under it. */
export function noteEmptyTable(t: TableLayout, sink: FindingSink): void {
  const col = t.columns.level3 ?? t.columns.target!;
  sink.add(
    "NO_INDICATORS",
    { row: t.headerRow, col },
    { header: a1Range(t.headerRow, t.firstCol, t.headerBottom, t.lastCol) },
  );
}

/** A table scored in a score run without a 得分 column: its scores and total are in the report only (SCORE_COLUMN_MISSING),
 *  naming the headers not read (自评分 is not read as 得分). */
export function noteNoScoreColumn(t: TableLayout, sink: FindingSink): void {
  if (t.columns.score !== undefined) return;
  const ignored = unreadHeaderParams(t.ignoredHeaders);
  sink.add("SCORE_COLUMN_MISSING", null, { terms: keyTermsOf("score").contains, ignored });
}

/** A score run's total (and grade) with no total row to go to: the table has a 得分 column but no total row. Said on
 *  the labelled cell above the table that takes the total (`at`), with where the total and grade are; table-level
 *  when none does. `result.total` is in hundredths. */
export function noteNoTotalRow(
  t: TableLayout,
  result: { total: number | null; grade: string | null },
  sink: FindingSink,
  at: LabelledTargets,
): void {
  if (result.total === null || t.columns.score === undefined || t.totalRow !== null) return;
  const params: FindingParams["TOTAL_NOT_WRITTEN"] = {
    total: fromHundredths(result.total),
    grade: t.gradeCell ? null : result.grade,
  };
  if (at.total) params.totalAt = at.total.at;
  if (at.grade) params.gradeAt = at.grade.at;
  sink.add("TOTAL_NOT_WRITTEN", at.total ? { row: at.total.ref.row, col: at.total.ref.col } : null, params);
}

/** Why a self-evaluation table is not scored, as table-level errors naming the headers not read: no 实际完成值
 *  column (when `check.actual`: a score or audit run needs it) and no weights (`check.weights`). */
export function noteUnscoredTable(
  t: TableLayout,
  check: { actual: boolean; weights: boolean },
  counts: { comparable: number; met: number },
  sink: FindingSink,
): void {
  const ignored = unreadHeaderParams(t.ignoredHeaders);
  if (check.actual && t.columns.actual === undefined)
    sink.add("ACTUAL_MISSING", null, { kind: "table", terms: keyTermsOf("actual").contains, ignored });
  if (check.weights)
    sink.add("WEIGHT_MISSING", null, { kind: "table", ...counts, terms: keyTermsOf("weight").contains, ignored });
}
