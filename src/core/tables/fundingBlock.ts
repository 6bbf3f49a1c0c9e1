// The funding block above an indicator header (spec §1 "Funding block variants", §4): its header (one row, or a second
// row of sub-headers under a cell merged across columns: 预算数 over 年初 | 全年), its total row
// (年度资金总额, 资金总额, 总额, 合计, or the first row with figures; 其中… rows are its parts) and the points
// its label may carry (预算执行情况（20分）, 得分(20分*执行率)).
import { cellAt, type SheetGrid } from "../grid";
import { fundingRole, labelKey, pointsInLabel, type FundingRole } from "./headerTerms";
import type { FundingLayout } from "./layout";
import { rowAt } from "./sheetRows";
import { cellText } from "../text";

const TOTAL_LABEL = /^(年度资金总额|资金总额|总额|合计|总计)/;
const PART_LABEL = /^(其中|财政拨款|当年财政拨款|其他资金|上年结转)/;
/** The most sub-headers one funding header cell is read over (年初 | 调整后 | 全年 | 小计 | 财政拨款 …). */
const MAX_SUBS = 6;

/** Every executed or rate header names spending (执行, 支出): a row without such a cell is not a funding header. */
function namesSpending(v: unknown): boolean {
  return typeof v === "string" && v.length <= 72 && (v.includes("执") || v.includes("支"));
}

const AMOUNTS: ReadonlySet<FundingRole> = new Set(["initial", "adjusted", "budget", "executed"]);

/** The funding roles of row `r`'s cells, when the row is a funding header (three roles, executed or rate among them).
 *  The cells left of its first amount column label the block's rows (项目资金, 预算执行率（10分）): they take no role. */
export function fundingHeader(sheet: SheetGrid, r: number): Partial<Record<FundingRole, number>> | null {
  const row = rowAt(sheet, r);
  if (!row.some(namesSpending)) return null;
  const roles: (FundingRole | null)[] = new Array(row.length);
  let firstAmount = -1;
  for (let j = 0; j < row.length; j++) {
    roles[j] = fundingRole(row[j])?.role ?? null;
    if (firstAmount < 0 && roles[j] !== null && AMOUNTS.has(roles[j]!)) firstAmount = j;
  }
  let cols: Partial<Record<FundingRole, number>> | null = null; // made at the first funding label
  let count = 0;
  for (let j = Math.max(firstAmount, 0); j < row.length; j++) {
    const role = roles[j];
    if (role !== null && (cols ??= {})[role] === undefined) {
      cols[role] = sheet.origin.col + j;
      count++;
    }
  }
  const ok = cols !== null && count >= 3 && (cols.executed !== undefined || cols.rate !== undefined);
  return ok ? cols : null;
}

/** A merged header cell's sub-headers in row `r + 1` (预算数 over 年初 | 全年): each takes its own role, else its parent's
 *  with its own qualifier (年初 + 预算数 → 年初预算数), in place of the parent's column in `cols`. Only a parent merged
 *  across columns over texts (no figures) counts; returns the header's last row. */
function subHeaders(sheet: SheetGrid, r: number, cols: Partial<Record<FundingRole, number>>): number {
  let bottom = r;
  for (const m of sheet.merges) {
    if (m.r1 !== r || m.r2 !== r || m.c2 <= m.c1 || m.c2 - m.c1 >= MAX_SUBS) continue;
    const parent = cellAt(sheet, r, m.c1);
    const role = fundingRole(parent)?.role;
    const subs: string[] = [];
    for (let c = m.c1; c <= m.c2; c++) subs.push(cellText(cellAt(sheet, r + 1, c)));
    if (!role || cols[role] !== m.c1 || subs.some((t) => t === "" || /\d/.test(t))) continue;
    delete cols[role];
    subs.forEach((t, i) => {
      const sub = fundingRole(t)?.role ?? fundingRole(labelKey(t) + labelKey(parent))?.role ?? role;
      if (cols[sub] === undefined) cols[sub] = m.c1 + i;
    });
    bottom = r + 1;
  }
  return bottom;
}

/** The labels of a funding row: its texts left of the first figure column, normalised (a block label merged down
 *  beside the row's own: 预算执行情况 | 财政拨款). */
function rowLabels(sheet: SheetGrid, r: number, before: number): string[] {
  const labels: string[] = [];
  for (let c = sheet.origin.col; c < before; c++) {
    const v = cellAt(sheet, r, c);
    if (typeof v === "string" && labelKey(v)) labels.push(labelKey(v));
  }
  return labels;
}

/** Whether a label of the row fits `re`. */
const labelled = (labels: string[], re: RegExp): boolean => labels.some((l) => re.test(l));

function hasFigure(sheet: SheetGrid, r: number, cols: Partial<Record<FundingRole, number>>): boolean {
  for (const role of ["budget", "adjusted", "initial", "executed"] as const) {
    const c = cols[role];
    if (c !== undefined && cellAt(sheet, r, c) !== null) return true;
  }
  return false;
}

function totalRowOf(
  sheet: SheetGrid,
  header: number,
  to: number,
  cols: Partial<Record<FundingRole, number>>,
): number | null {
  const firstFigure = Math.min(...(Object.values(cols) as number[]));
  let first: number | null = null;
  for (let r = header + 1; r < to; r++) {
    const labels = rowLabels(sheet, r, firstFigure);
    if (labelled(labels, TOTAL_LABEL)) return r;
    if (first === null && !labelled(labels, PART_LABEL) && hasFigure(sheet, r, cols)) first = r;
  }
  return first;
}

/** The part rows with figures (其中…, 财政拨款, 其他资金, 上年结转) in the run of rows under the header: part, total and
 *  blank rows, up to the first other row. */
function partRows(
  sheet: SheetGrid,
  header: number,
  to: number,
  cols: Partial<Record<FundingRole, number>>,
  total: number | null,
): number[] {
  const firstFigure = Math.min(...(Object.values(cols) as number[]));
  const parts: number[] = [];
  for (let r = header + 1; r < to; r++) {
    const labels = rowLabels(sheet, r, firstFigure);
    const figures = hasFigure(sheet, r, cols);
    if (labelled(labels, PART_LABEL)) {
      if (figures) parts.push(r);
    } else if (r !== total && (labels.length || figures)) break;
  }
  return parts;
}

/** Points printed in the block's labels or headers (预算执行情况（20分）, 得分(20分*执行率)) and their cell, or null. */
function blockPoints(sheet: SheetGrid, rows: readonly number[]): Pick<FundingLayout, "points" | "pointsCell"> {
  for (const r of rows) {
    const row = rowAt(sheet, r);
    for (let j = 0; j < row.length; j++) {
      const p = pointsInLabel(row[j]);
      if (p !== null) return { points: p, pointsCell: { row: r, col: sheet.origin.col + j } };
    }
  }
  return { points: null, pointsCell: null };
}

/** The first funding block between rows `from` and `to` (exclusive), or null. */
export function findFunding(sheet: SheetGrid, from: number, to: number): FundingLayout | null {
  for (let r = from; r < to; r++) {
    const cols = fundingHeader(sheet, r);
    if (!cols) continue;
    const bottom = subHeaders(sheet, r, cols);
    const total = totalRowOf(sheet, bottom, to, cols);
    const parts = partRows(sheet, bottom, to, cols, total);
    // a block of parts alone (财政拨款 | 其他资金, no 年度资金总额 row): its figures are their sums
    const row = total ?? (parts.length ? parts[0] : null);
    if (row === null) return null;
    const { points, pointsCell } = blockPoints(sheet, [r, row]);
    return { headerRow: r, row, cols, points, pointsCell, parts, summed: total === null };
  }
  return null;
}
