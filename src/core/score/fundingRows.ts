// The funding block's figures (spec §4): a row's budget and executed figures in the block's unit, or the parts' sums
// (a block without a 年度资金总额 row), with what keeps any from being read.
import { cellAt } from "../grid";
import type { FundingProblem } from "../messages/params";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellRefAt, type CellRef } from "../tables/readTable";
import { cellText } from "../text";
import { fundingFigure, headerUnitIn, inBlockUnit } from "./fundingFigures";

/** A row's cell in a funding column. */
export type At = (col: number | undefined) => CellRef | null;

/** A row's cell in each funding column. */
export const rowAt =
  (t: TableLayout, merges: MergeIndex, row: number): At =>
  (col) =>
    cellRefAt(t, merges, row, col);

/** A problem of the funding block and the cell it is in. */
export interface CellProblem {
  cell: CellRef | null;
  problem: FundingProblem;
}

/** The figures of one or more funding rows: summed, and the problems that keep any from being read. */
export interface RowsFigures {
  budget: number;
  executed: number;
  /** The first row's executed cell. */
  executedCell: CellRef | null;
  problems: CellProblem[];
}

/** A funding row's budget cells in the order the rate reads them: 全年, 调整后, 年初 (null where the block has no
 *  such column); the total row's when no row is given. */
export function budgetCellsOf(t: TableLayout, merges: MergeIndex, row = t.funding!.row): (CellRef | null)[] {
  const f = t.funding!;
  return [f.cols.budget, f.cols.adjusted, f.cols.initial].map((col) => cellRefAt(t, merges, row, col));
}

/** Whether a cell holds a formula saved without its result (by a tool that does not calculate). */
export const unresolved = (c: CellRef | null): boolean => !!c?.formula && cellText(c.value) === "";

/** The budget cell the rate reads: the first of `cells` (budgetCellsOf) that holds a figure, or a formula without a
 *  result (the rate then waits on it: the next column is no stand-in for a figure not known); null when none does. */
export function budgetCellRead(cells: readonly (CellRef | null)[]): CellRef | null {
  return cells.find((c) => unresolved(c) || fundingFigure(c) !== null) ?? null;
}

/** The row's budget (全年, else 调整后, else 年初: the first that holds a figure) and executed figure, in the block's
 *  unit; a figure whose written unit cannot be put in the other's (no unit on the other side, none in the header) is
 *  null. */
function readFigures(t: TableLayout, merges: MergeIndex, row: number) {
  const f = t.funding!;
  const budgetCells = budgetCellsOf(t, merges, row);
  const executedCell = cellRefAt(t, merges, row, f.cols.executed);
  const b = fundingFigure(budgetCellRead(budgetCells));
  const e = fundingFigure(executedCell);
  let budget = b?.value ?? null;
  let executed = e?.value ?? null;
  if (b && e) {
    const headers: string[] = [];
    for (let c = t.firstCol; c <= t.lastCol; c++) headers.push(cellText(cellRefAt(t, merges, f.headerRow, c)?.value));
    const both = inBlockUnit(b, e, headerUnitIn(headers));
    budget = both ? both.budget : b.unit ? null : b.value;
    executed = both ? both.executed : e.unit ? null : e.value;
  }
  return { budgetCells, executedCell, budget, executed };
}

/** The figures of `rows` added up (one row: its own). A part of a sum may hold a budget of 0 (上年结转资金 | 0 | 0); the
 *  sum may not. */
export function rowsFigures(t: TableLayout, merges: MergeIndex, rows: readonly number[]): RowsFigures {
  const out: RowsFigures = { budget: 0, executed: 0, executedCell: null, problems: [] };
  for (const row of rows) {
    const f = readFigures(t, merges, row);
    out.executedCell ??= f.executedCell;
    out.problems = out.problems.concat(
      fundingProblems(f.budgetCells, f.budget, f.executedCell, f.executed, rows.length > 1),
    );
    out.budget = Math.round((out.budget + (f.budget ?? 0)) * 1e6) / 1e6;
    out.executed = Math.round((out.executed + (f.executed ?? 0)) * 1e6) / 1e6;
  }
  if (!out.problems.length && out.budget <= 0) {
    const cell = budgetCellsOf(t, merges, rows[0]).find((c) => c) ?? null;
    out.problems.push({ cell, problem: { role: "budget", kind: signOf(out.budget), text: String(out.budget) } });
  }
  return out;
}

/** What keeps the rate from being worked out, each with its cell: an empty or unreadable budget (the first budget
 *  column the block has) or executed figure, a budget of 0 (unless `zeroOk`) or below, or an executed figure below 0. */
function fundingProblems(
  budgetCells: (CellRef | null)[],
  budget: number | null,
  executedCell: CellRef | null,
  executed: number | null,
  zeroOk: boolean,
): CellProblem[] {
  const out: CellProblem[] = [];
  const read = budgetCellRead(budgetCells);
  const budgetCell =
    (unresolved(read) ? read : null) ??
    budgetCells.find((c) => c !== null && cellText(c.value) !== "") ??
    budgetCells.find((c) => c) ??
    null;
  if (budget === null) out.push({ cell: budgetCell, problem: problemOf("budget", budgetCell) });
  else if (budget < 0 || (budget === 0 && !zeroOk))
    out.push({ cell: budgetCell, problem: { role: "budget", kind: signOf(budget), text: String(budget) } });
  if (executed === null) out.push({ cell: executedCell, problem: problemOf("executed", executedCell) });
  else if (executed < 0)
    out.push({ cell: executedCell, problem: { role: "executed", kind: "negative", text: String(executed) } });
  return out;
}

/** How far apart the executed figure and the budget may be before one of them is taken to be in another unit. */
const SCALE_GAP = 1000;

/** An executed figure a thousand times or more from the budget (980000 against 100 in a 万元 block: 元 typed in a 万元
 *  cell), which would score 100 % as an overrun or 0 %: written in another unit, so no rate; null otherwise. */
export function scaleProblem(budget: number, executed: number): FundingProblem | null {
  if (executed === 0) return null;
  const ratio = executed / budget;
  if (ratio < SCALE_GAP && ratio > 1 / SCALE_GAP) return null;
  const times = Math.round(ratio >= 1 ? ratio : 1 / ratio);
  return { role: "executed", kind: "scale", text: String(executed), budget: String(budget), times };
}

/** A figure that cannot stand in the rate: 0 (a budget) or below 0. */
const signOf = (figure: number): "zero" | "negative" => (figure < 0 ? "negative" : "zero");

function problemOf(role: "budget" | "executed", cell: CellRef | null): FundingProblem {
  const text = cell ? cellText(cell.value) : "";
  if (text === "" && cell?.formula) return { role, kind: "formula", text: `=${cell.formula}` };
  if (text === "") return { role, kind: "empty", text: null };
  return { role, kind: fundingFigure(cell)?.unit ? "unit" : "unreadable", text };
}

/** A funding row's label as written, blanks removed (其中：财政拨款): its last text left of the block's figures. */
export function rowLabelText(t: TableLayout, row: number): string {
  const first = Math.min(...(Object.values(t.funding!.cols) as number[]));
  let label = "";
  for (let c = t.firstCol; c < first; c++) {
    const text = cellText(cellAt(t.sheet, row, c)).replace(/\s+/g, "");
    if (text) label = text;
  }
  return label;
}
