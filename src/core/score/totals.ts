// Totals, grades and the weight checks of a table (spec §3 rescaling, §5, §6 WEIGHTS_*).
import type { IndicatorStatus, TableReport } from "../report";
import type { Profile } from "../profile";
import type { FindingSink } from "./findingSink";
import type { FundingResult } from "./funding";
import { fromHundredths, toHundredths, type RoundingRule } from "./rounding";
import { SETTING_NOISE } from "./tolerances";

/** The total in hundredths (null when withheld) and the grade. */
export interface TotalResult {
  total: number | null;
  grade: TableReport["grade"];
}

/** The grade of a total by the profile's bands. */
export function gradeOf(total: number, profile: Profile): "优" | "良" | "中" | "差" {
  const g = profile.grades;
  if (total >= g.excellent - SETTING_NOISE) return "优";
  if (total >= g.good - SETTING_NOISE) return "良";
  if (total >= g.pass - SETTING_NOISE) return "中";
  return "差";
}

const CENTS: RoundingRule = { decimals: 2, mode: "half-up" };
const h = (w: number) => toHundredths(w, CENTS);

/** Sums a table's weights and scores row by row, then works out the total and the weight findings. */
export class TotalsAccumulator {
  private sum = 0;
  private applicable = 0;
  private allWeights = 0;
  private naRows = 0;
  private readonly waiting: { row: number; name: string; weight: number | null }[] = [];
  private readonly level1Weights = new Map<string, number>();

  /** Adds one scored (or unscored) row. `score` is in hundredths. A row whose weight is missing (WEIGHT_MISSING)
   *  waits like a row not scored: the total cannot be known without its points. */
  addRow(
    row: number,
    level1: string,
    level3: string,
    weight: number | null,
    status: IndicatorStatus,
    score: number | null,
  ): void {
    if (weight === null) {
      if (status === "no-weight") this.waiting.push({ row: row + 1, name: level3, weight: null });
      return;
    }
    this.level1Weights.set(level1, (this.level1Weights.get(level1) ?? 0) + weight);
    this.allWeights += h(weight);
    if (status === "not-applicable") {
      this.naRows++;
      return;
    }
    this.applicable += h(weight);
    if (score === null) this.waiting.push({ row: row + 1, name: level3, weight });
    else this.sum += score;
  }

  /** Works out the total; adds TOTAL_INCOMPLETE, WEIGHTS_NOT_FULL, NOT_APPLICABLE_RESCALED, WEIGHTS_DIFFER_FROM_PROFILE. */
  total(
    funding: FundingResult | null,
    profile: Profile,
    sink: FindingSink,
    totalCell: { row: number; col: number } | null,
  ): TotalResult {
    const fundW = funding ? h(funding.weight) : 0;
    const sum = this.sum + (funding ? funding.score : 0);
    const applicable = this.applicable + fundW;
    const allWeights = this.allWeights + fundW;
    const { naRows, waiting } = this;
    const full = h(profile.fullMark);
    const rescales = naRows > 0 && profile.notApplicable.rescale && applicable > 0 && applicable < allWeights;
    // a total above the full mark (weights adding up to 105 or 200) is graded by no ladder: the grade waits
    const over = waiting.length === 0 && !rescales && sum > full;
    if (allWeights !== full) {
      const params = { sum: fromHundredths(allWeights), full: profile.fullMark };
      sink.add("WEIGHTS_NOT_FULL", totalCell, over ? Object.assign(params, { over: fromHundredths(sum) }) : params);
    }
    this.checkLevel1Weights(profile, sink);
    if (waiting.length) {
      sink.add("TOTAL_INCOMPLETE", totalCell, { partial: fromHundredths(sum), waiting });
      return { total: null, grade: null };
    }
    let total = sum;
    if (rescales) {
      total = toHundredths((sum / applicable) * profile.fullMark, profile.scoreRounding);
      sink.add("NOT_APPLICABLE_RESCALED", totalCell, {
        rows: naRows,
        sum: fromHundredths(sum),
        applicable: fromHundredths(applicable),
        full: profile.fullMark,
        total: fromHundredths(total),
      });
    }
    return { total, grade: over ? null : gradeOf(fromHundredths(total), profile) };
  }

  private checkLevel1Weights(profile: Profile, sink: FindingSink): void {
    const diffs: { name: string; table: number; profile: number }[] = [];
    for (const [name, expected] of Object.entries(profile.level1Weights)) {
      const got = this.level1Weights.get(name);
      if (got !== undefined && Math.abs(got - expected) > SETTING_NOISE)
        diffs.push({ name, table: got, profile: expected });
    }
    if (diffs.length) sink.add("WEIGHTS_DIFFER_FROM_PROFILE", null, { kind: "level1", diffs });
  }
}
