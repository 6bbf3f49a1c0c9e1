// The funding block (spec §4): execution rate and its score; the block's one 分值, or its parts' own.
import type { FundingPart } from "../messages/params";
import type { Profile } from "../profile";
import type { FundingReport } from "../report";
import { cellRefAt, type CellRef } from "../tables/readTable";
import type { WeightReader } from "./weightCell";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellAt, type FindingSink } from "./findingSink";
import {
  rowAt,
  rowLabelText,
  rowsFigures,
  scaleProblem,
  type At,
  type CellProblem,
  type RowsFigures,
} from "./fundingRows";
import { fundingWeight, noteLabelPoints, weightedParts, weightIn } from "./fundingWeights";
import { fromHundredths, toHundredths } from "./rounding";
import { SETTING_NOISE } from "./tolerances";

/** A part scored by its own 分值 and rate: its cells to write. */
export interface PartResult {
  rateCell: CellRef | null;
  scoreCell: CellRef | null;
  rate: number;
  /** Score in hundredths. */
  score: number;
}

/** The funding block's figures and the cells to write. */
export interface FundingResult {
  report: FundingReport;
  /** Score in hundredths. */
  score: number;
  weight: number;
  rateCell: CellRef | null;
  scoreCell: CellRef | null;
  /** The parts scored by their own 分值 (none when the block has one). */
  parts: PartResult[];
}

/** A funding block whose rate cannot be worked out: its row and weight, for the total to wait on it. */
export interface FundingUnread {
  unread: { row: number; weight: number | null };
}

/** The rate and score (hundredths) of figures read, BUDGET_OVERRUN and BUDGET_RATE_LOW said on `at`'s rate cell (else
 *  its score cell); or the problems that keep the rate from being worked out. */
function rated(t: TableLayout, fig: RowsFigures, weight: number | null, at: At, profile: Profile, sink: FindingSink) {
  const { budget, executed, problems } = fig;
  const cols = t.funding!.cols;
  if (problems.length || weight === null) return problems;
  const scale = scaleProblem(budget, executed);
  if (scale) return [{ cell: fig.executedCell ?? at(cols.rate), problem: scale }];
  const rate = executed / budget;
  const score = toHundredths(weight * Math.min(rate, 1), profile.funding.rounding);
  const cell = cellAt(at(cols.rate) ?? at(cols.score));
  if (rate > 1 + SETTING_NOISE)
    sink.add("BUDGET_OVERRUN", cell, { budget, executed, rate, score: fromHundredths(score) });
  const limit = profile.funding.reasonBelowRate;
  if (limit !== null && rate < limit) sink.add("BUDGET_RATE_LOW", cell, { rate, limit, score: fromHundredths(score) });
  return { rate, score, weight };
}

/** Reads and scores the funding block; null when the table has none; unread (FUNDING_MISSING said on the cell) when
 *  its budget or executed figure is empty, not a number, or below 0, the budget is 0, or the two are a thousand times
 *  apart (another unit); an executed figure above the budget scores 100 % and is said (BUDGET_OVERRUN). Without a
 *  total row the block's figures are its parts' sums; one 分值 on a part (the total row holding none) is the block's;
 *  two or more are the parts' own (scoreParts). A reading other than the total row's own is said. */
export function scoreFunding(
  t: TableLayout,
  merges: MergeIndex,
  profile: Profile,
  sink: FindingSink,
  weights: WeightReader,
): FundingResult | FundingUnread | null {
  const f = t.funding;
  if (!f) return null;
  const own = weightedParts(t, merges, profile);
  if (own.length > 1) return scoreParts(t, merges, own, profile, sink, weights);
  const wRow = own.length ? own[0] : f.row;
  const { weight, problem } = fundingWeight(t, rowAt(t, merges, wRow), profile, sink, weights);
  const fig = rowsFigures(t, merges, f.summed ? f.parts : [f.row]);
  if (problem) fig.problems.push(problem);
  // a summed block's rate and score go beside the 分值 a part holds for it; with none, nowhere
  const at: At = f.summed && !own.length ? () => null : rowAt(t, merges, f.summed ? wRow : f.row);
  const r = rated(t, fig, weight, at, profile, sink);
  if (Array.isArray(r)) return missing(t, merges, r, weight, sink);
  const rateCell = at(f.cols.rate);
  const scoreCell = at(f.cols.score);
  const score = fromHundredths(r.score);
  if (f.summed || wRow !== f.row) {
    const parts = f.summed ? f.parts.map((p) => rowLabelText(t, p)) : null;
    const from = own.length ? rowLabelText(t, wRow) : null;
    const params = {
      kind: "funding-sum" as const,
      parts,
      from,
      weight: r.weight,
      rate: r.rate,
      score,
      written: !!scoreCell,
    };
    sink.add("WEIGHTS_DIFFER_FROM_PROFILE", cellAt(scoreCell ?? fig.executedCell), params);
  }
  const report = { budget: fig.budget, executed: fig.executed, rate: round4(r.rate), weight: r.weight, score };
  return { report, score: r.score, weight: r.weight, rateCell, scoreCell, parts: [] };
}

const round4 = (rate: number) => Math.round(rate * 10000) / 10000;

/** FUNDING_MISSING on the first problem's cell; the block waits (its row and weight). */
function missing(
  t: TableLayout,
  merges: MergeIndex,
  problems: CellProblem[],
  weight: number | null,
  sink: FindingSink,
) {
  const f = t.funding!;
  const at = rowAt(t, merges, f.row);
  const first = problems[0]?.cell ?? at(f.cols.rate) ?? at(f.cols.score);
  sink.add("FUNDING_MISSING", cellAt(first), { problems: problems.map((p) => p.problem), weight });
  return { unread: { row: f.row, weight } };
}

/** Parts with their own 分值 (`own`: two or more) and no total 分值: each scored by its own rate and 分值, its 执行率
 *  and 得分 written; the block's score is their sum (in the total row's 得分, if it has one). A part without a 分值 is
 *  not scored; the reading is said. A part whose rate or 分值 cannot be read makes the block wait. */
function scoreParts(
  t: TableLayout,
  merges: MergeIndex,
  own: number[],
  profile: Profile,
  sink: FindingSink,
  weights: WeightReader,
): FundingResult | FundingUnread {
  const f = t.funding!;
  const said: FundingPart[] = [];
  const parts: PartResult[] = [];
  let problems: CellProblem[] = [];
  const sum = { budget: 0, executed: 0, weight: 0, all: 0, score: 0 };
  for (const row of f.parts) {
    const at = rowAt(t, merges, row);
    const label = rowLabelText(t, row);
    const w = own.indexOf(row) >= 0 ? weightIn(at(f.cols.weight), profile, weights) : null;
    if (!w) said.push({ label, weight: null, score: null });
    if (!w) continue;
    const fig = rowsFigures(t, merges, [row]);
    if (w.problem) fig.problems.push(w.problem);
    sum.all += w.weight ?? 0;
    const r = rated(t, fig, w.weight, at, profile, sink);
    if (Array.isArray(r)) {
      problems = problems.concat(r);
      continue;
    }
    parts.push({ rateCell: at(f.cols.rate), scoreCell: at(f.cols.score), rate: r.rate, score: r.score });
    said.push({ label, weight: r.weight, score: fromHundredths(r.score) });
    sum.budget += fig.budget;
    sum.executed += fig.executed;
    sum.weight += r.weight;
    sum.score += r.score;
  }
  if (problems.length) return missing(t, merges, problems, r6(sum.all), sink);
  const weight = r6(sum.weight);
  const score = fromHundredths(sum.score);
  noteLabelPoints(t, weight, sink);
  const scoreCell = f.summed ? null : cellRefAt(t, merges, f.row, f.cols.score);
  sink.add("WEIGHTS_DIFFER_FROM_PROFILE", cellAt(scoreCell ?? parts[0].scoreCell), {
    kind: "funding-parts",
    parts: said,
    score,
  });
  const report = {
    budget: r6(sum.budget),
    executed: r6(sum.executed),
    rate: round4(sum.executed / sum.budget),
    weight,
    score,
  };
  return { report, score: sum.score, weight, rateCell: null, scoreCell, parts };
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
