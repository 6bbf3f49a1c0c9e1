// The funding block (spec §4): execution rate and its score.
import type { Profile } from "../profile";
import type { FundingReport } from "../report";
import { cellRefAt, numberIn, type CellRef } from "../tables/readTable";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import type { FindingSink } from "./findingSink";
import { fromHundredths, toHundredths } from "./rounding";

/** The funding block's figures and the cells to write. */
export interface FundingResult {
  report: FundingReport;
  /** Score in hundredths. */
  score: number;
  weight: number;
  rateCell: CellRef | null;
  scoreCell: CellRef | null;
}

/** Reads and scores the funding block; null when the table has none or its figures are missing. */
export function scoreFunding(t: TableLayout, merges: MergeIndex, profile: Profile, sink: FindingSink): FundingResult | null {
  const f = t.funding;
  if (!f) return null;
  const at = (col: number | undefined) => cellRefAt(t, merges, f.row, col);
  const budget = numberIn(at(f.cols.budget)) ?? numberIn(at(f.cols.adjusted)) ?? numberIn(at(f.cols.initial));
  const executed = numberIn(at(f.cols.executed));
  if (budget === null || executed === null || budget <= 0) return null;
  const weightCell = at(f.cols.weight);
  // the block's 分值 cell, else the points in its label (预算执行情况（20分）), else the profile's
  const tableWeight = numberIn(weightCell) ?? f.points;
  const weight = tableWeight ?? profile.funding.weight;
  if (tableWeight !== null && tableWeight !== profile.funding.weight) {
    const cell = weightCell ?? at(f.cols.score);
    sink.add("WEIGHTS_DIFFER_FROM_PROFILE", cell ? { row: cell.row, col: cell.col } : null, { kind: "funding", table: tableWeight, profile: profile.funding.weight });
  }
  const rate = executed / budget;
  const score = toHundredths(weight * Math.min(rate, 1), profile.funding.rounding);
  const rateCell = at(f.cols.rate);
  const scoreCell = at(f.cols.score);
  const limit = profile.funding.reasonBelowRate;
  if (limit !== null && rate < limit) {
    const cell = rateCell ?? scoreCell;
    sink.add("BUDGET_RATE_LOW", cell ? { row: cell.row, col: cell.col } : null, { rate, limit, score: fromHundredths(score) });
  }
  return {
    report: { budget, executed, rate: Math.round(rate * 10000) / 10000, weight, score: fromHundredths(score) },
    score,
    weight,
    rateCell,
    scoreCell,
  };
}
