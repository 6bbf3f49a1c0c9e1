// The funding block (spec §4): execution rate and its score.
import { cellAt as valueAt } from "../grid";
import type { FundingProblem } from "../messages/params";
import type { Profile } from "../profile";
import type { FundingReport } from "../report";
import { cellRefAt, numberIn, type CellRef } from "../tables/readTable";
import type { WeightReader } from "./weightCell";
import { fundingFigure, headerUnitIn, inBlockUnit } from "./fundingFigures";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellAt, type FindingSink } from "./findingSink";
import { fromHundredths, toHundredths } from "./rounding";
import { cellText } from "../text";
import { SETTING_NOISE } from "./tolerances";

/** The funding block's figures and the cells to write. */
export interface FundingResult {
  report: FundingReport;
  /** Score in hundredths. */
  score: number;
  weight: number;
  rateCell: CellRef | null;
  scoreCell: CellRef | null;
}

/** The 分值 cell decides over the points in the block's label; a label that says otherwise is said, on its cell. */
function noteLabelPoints(t: TableLayout, weight: number, sink: FindingSink): void {
  const { points, pointsCell } = t.funding!;
  if (points === null || !pointsCell || weight === points) return;
  const label = cellText(valueAt(t.sheet, pointsCell.row, pointsCell.col)).replace(/\s+/g, "");
  sink.add("BLOCK_POINTS_DIFFER", pointsCell, { label, points, weights: weight, rows: null });
}

/** The block's weight: its 分值 cell, else the points in its label (预算执行情况（20分）), else the profile's; a table
 *  weight other than the profile's is a finding. A 分值 cell holding something that is no weight (below 0, 待定, a
 *  formula without a result; not an empty cell or a not-applicable mark) gives no weight and the problem to say: the
 *  profile's is not put in its place. */
function fundingWeight(
  t: TableLayout,
  at: (col: number | undefined) => CellRef | null,
  profile: Profile,
  sink: FindingSink,
  weights: WeightReader,
): { weight: number | null; problem: CellProblem | null } {
  const f = t.funding!;
  const weightCell = at(f.cols.weight);
  const text = weightCell ? cellText(weightCell.value).trim() : "";
  const read = weights.read(weightCell);
  if (weightCell && unresolved(weightCell)) {
    const problem: FundingProblem = { role: "weight", kind: "formula", text: `=${weightCell.formula}` };
    return { weight: null, problem: { cell: weightCell, problem } };
  }
  // a not-applicable mark (/, —) says the cell has no weight, as an empty one does
  if (read === null && text !== "" && !profile.notApplicable.markers.includes(text)) {
    const kind = (numberIn(weightCell) ?? 0) < 0 ? "negative" : "unreadable";
    return { weight: null, problem: { cell: weightCell, problem: { role: "weight", kind, text } } };
  }
  const tableWeight = read ?? f.points;
  if (read !== null) noteLabelPoints(t, read, sink);
  if (tableWeight !== null && tableWeight !== profile.funding.weight) {
    const cell = weightCell ?? at(f.cols.score);
    const where = cellAt(cell);
    sink.add("WEIGHTS_DIFFER_FROM_PROFILE", where, {
      kind: "funding",
      table: tableWeight,
      profile: profile.funding.weight,
    });
  }
  return { weight: tableWeight ?? profile.funding.weight, problem: null };
}

/** A problem of the funding block and the cell it is in. */
interface CellProblem {
  cell: CellRef | null;
  problem: FundingProblem;
}

/** A funding block whose rate cannot be worked out: its row and weight, for the total to wait on it. */
export interface FundingUnread {
  unread: { row: number; weight: number | null };
}

/** Reads and scores the funding block; null when the table has none; unread (FUNDING_MISSING said on the cell) when
 *  its budget or executed figure is empty, not a number, or below 0, the budget is 0, or the two are a thousand times
 *  apart (another unit); an executed figure above the budget scores 100 % and is said (BUDGET_OVERRUN). */
export function scoreFunding(
  t: TableLayout,
  merges: MergeIndex,
  profile: Profile,
  sink: FindingSink,
  weights: WeightReader,
): FundingResult | FundingUnread | null {
  const f = t.funding;
  if (!f) return null;
  const at = (col: number | undefined) => cellRefAt(t, merges, f.row, col);
  const { budget, executed, budgetCells, executedCell } = readFigures(t, merges, at);
  const { weight, problem } = fundingWeight(t, at, profile, sink, weights);
  if (budget === null || executed === null || budget <= 0 || executed < 0 || weight === null) {
    const problems = fundingProblems(budgetCells, budget, executedCell, executed);
    if (problem) problems.push(problem);
    const first = problems[0]?.cell ?? at(f.cols.rate) ?? at(f.cols.score);
    sink.add("FUNDING_MISSING", cellAt(first), {
      problems: problems.map((p) => p.problem),
      weight,
    });
    return { unread: { row: f.row, weight } };
  }
  const scale = scaleProblem(budget, executed);
  if (scale) {
    const cell = executedCell ?? at(f.cols.rate);
    sink.add("FUNDING_MISSING", cellAt(cell), { problems: [scale], weight });
    return { unread: { row: f.row, weight } };
  }
  const rate = executed / budget;
  const score = toHundredths(weight * Math.min(rate, 1), profile.funding.rounding);
  const [rateCell, scoreCell] = [at(f.cols.rate), at(f.cols.score)];
  if (rate > 1 + SETTING_NOISE) {
    const cell = rateCell ?? scoreCell;
    const params = { budget, executed, rate, score: fromHundredths(score) };
    sink.add("BUDGET_OVERRUN", cellAt(cell), params);
  }
  const limit = profile.funding.reasonBelowRate;
  if (limit !== null && rate < limit) {
    const cell = rateCell ?? scoreCell;
    sink.add("BUDGET_RATE_LOW", cellAt(cell), {
      rate,
      limit,
      score: fromHundredths(score),
    });
  }
  const report = { budget, executed, rate: Math.round(rate * 10000) / 10000, weight, score: fromHundredths(score) };
  return { report, score, weight, rateCell, scoreCell };
}

/** The funding row's budget cells in the order the rate reads them: 全年, 调整后, 年初 (null where the block has no
 *  such column). */
export function budgetCellsOf(t: TableLayout, merges: MergeIndex): (CellRef | null)[] {
  const f = t.funding!;
  return [f.cols.budget, f.cols.adjusted, f.cols.initial].map((col) => cellRefAt(t, merges, f.row, col));
}

/** Whether a cell holds a formula saved without its result (by a tool that does not calculate). */
const unresolved = (c: CellRef | null): boolean => !!c?.formula && cellText(c.value) === "";

/** The budget cell the rate reads: the first of `cells` (budgetCellsOf) that holds a figure, or a formula without a
 *  result (the rate then waits on it: the next column is no stand-in for a figure not known); null when none does. */
export function budgetCellRead(cells: readonly (CellRef | null)[]): CellRef | null {
  return cells.find((c) => unresolved(c) || fundingFigure(c) !== null) ?? null;
}

/** The budget (全年, else 调整后, else 年初: the first that holds a figure) and the executed figure, in the block's unit;
 *  a figure whose written unit cannot be put in the other's (no unit on the other side, none in the header) is null. */
function readFigures(t: TableLayout, merges: MergeIndex, at: (col: number | undefined) => CellRef | null) {
  const f = t.funding!;
  const budgetCells = budgetCellsOf(t, merges);
  const executedCell = at(f.cols.executed);
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

/** What keeps the rate from being worked out, each with its cell: an empty or unreadable budget (the first budget
 *  column the block has) or executed figure, a budget of 0 or below, or an executed figure below 0. */
function fundingProblems(
  budgetCells: (CellRef | null)[],
  budget: number | null,
  executedCell: CellRef | null,
  executed: number | null,
): CellProblem[] {
  const out: CellProblem[] = [];
  const read = budgetCellRead(budgetCells);
  const budgetCell =
    (unresolved(read) ? read : null) ??
    budgetCells.find((c) => c !== null && cellText(c.value) !== "") ??
    budgetCells.find((c) => c) ??
    null;
  if (budget === null) out.push({ cell: budgetCell, problem: problemOf("budget", budgetCell) });
  else if (budget <= 0)
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
function scaleProblem(budget: number, executed: number): FundingProblem | null {
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
