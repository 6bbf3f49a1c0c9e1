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

/** The block's weight: its 分值 cell, else the points in its label (预算执行情况（20分）), else the profile's; a table
 *  weight other than the profile's is a finding. */
function fundingWeight(
  t: TableLayout,
  at: (col: number | undefined) => CellRef | null,
  profile: Profile,
  sink: FindingSink,
): number {
  const f = t.funding!;
  const weightCell = at(f.cols.weight);
  const tableWeight = numberIn(weightCell) ?? f.points;
  if (tableWeight !== null && tableWeight !== profile.funding.weight) {
    const cell = weightCell ?? at(f.cols.score);
    const where = cell ? { row: cell.row, col: cell.col } : null;
    sink.add("WEIGHTS_DIFFER_FROM_PROFILE", where, {
      kind: "funding",
      table: tableWeight,
      profile: profile.funding.weight,
    });
  }
  return tableWeight ?? profile.funding.weight;
}

/** Reads and scores the funding block; null when the table has none or its figures are missing. */
export function scoreFunding(
  t: TableLayout,
  merges: MergeIndex,
  profile: Profile,
  sink: FindingSink,
): FundingResult | null {
  const f = t.funding;
  if (!f) return null;
  const at = (col: number | undefined) => cellRefAt(t, merges, f.row, col);
  const budget = numberIn(at(f.cols.budget)) ?? numberIn(at(f.cols.adjusted)) ?? numberIn(at(f.cols.initial));
  const executed = numberIn(at(f.cols.executed));
  if (budget === null || executed === null || budget <= 0) return null;
  const weight = fundingWeight(t, at, profile, sink);
  const rate = executed / budget;
  const score = toHundredths(weight * Math.min(rate, 1), profile.funding.rounding);
  const [rateCell, scoreCell] = [at(f.cols.rate), at(f.cols.score)];
  const limit = profile.funding.reasonBelowRate;
  if (limit !== null && rate < limit) {
    const cell = rateCell ?? scoreCell;
    sink.add("BUDGET_RATE_LOW", cell ? { row: cell.row, col: cell.col } : null, {
      rate,
      limit,
      score: fromHundredths(score),
    });
  }
  const report = { budget, executed, rate: Math.round(rate * 10000) / 10000, weight, score: fromHundredths(score) };
  return { report, score, weight, rateCell, scoreCell };
}
