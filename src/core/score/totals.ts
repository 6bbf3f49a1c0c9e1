// Totals, grades and the weight checks of a table (spec §3 rescaling, §5, §6 WEIGHTS_*).
import type { IndicatorStatus, TableReport } from "../report";
import type { Profile } from "../profile";
import type { FindingSink } from "./findingSink";
import type { FundingResult } from "./funding";
import { fmtNumber, fromHundredths, toHundredths, type RoundingRule } from "./rounding";

/** The total in hundredths (null when withheld) and the grade. */
export interface TotalResult {
  total: number | null;
  grade: TableReport["grade"];
}

/** The grade of a total by the profile's bands. */
export function gradeOf(total: number, profile: Profile): "优" | "良" | "中" | "差" {
  const g = profile.grades;
  if (total >= g.excellent - 1e-9) return "优";
  if (total >= g.good - 1e-9) return "良";
  if (total >= g.pass - 1e-9) return "中";
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
  private readonly waiting: string[] = [];
  private readonly level1Weights = new Map<string, number>();

  /** Adds one scored (or unscored) row. `score` is in hundredths. */
  addRow(row: number, level1: string, level3: string, weight: number | null, status: IndicatorStatus, score: number | null): void {
    if (weight === null) return;
    this.level1Weights.set(level1, (this.level1Weights.get(level1) ?? 0) + weight);
    this.allWeights += h(weight);
    if (status === "not-applicable") {
      this.naRows++;
      return;
    }
    this.applicable += h(weight);
    if (score === null) this.waiting.push(`第${row + 1}行“${level3}”（${fmtNumber(weight)}分）`);
    else this.sum += score;
  }

  /** Works out the total; adds TOTAL_INCOMPLETE, WEIGHTS_NOT_FULL, NOT_APPLICABLE_RESCALED, WEIGHTS_DIFFER_FROM_PROFILE. */
  total(funding: FundingResult | null, profile: Profile, sink: FindingSink, totalCell: { row: number; col: number } | null): TotalResult {
    const fundW = funding ? h(funding.weight) : 0;
    const sum = this.sum + (funding ? funding.score : 0);
    const applicable = this.applicable + fundW;
    const allWeights = this.allWeights + fundW;
    const { naRows, waiting } = this;
    const full = h(profile.fullMark);
    if (allWeights !== full) {
      sink.add("WEIGHTS_NOT_FULL", totalCell, { zh: `分值合计${fmtNumber(fromHundredths(allWeights))}分（含预算执行率），不等于满分${fmtNumber(profile.fullMark)}分`, en: `Weights add up to ${fmtNumber(fromHundredths(allWeights))}, not ${fmtNumber(profile.fullMark)}` });
    }
    this.checkLevel1Weights(profile, sink);
    if (waiting.length) {
      sink.add("TOTAL_INCOMPLETE", totalCell, { zh: `已计得分合计${fmtNumber(fromHundredths(sum))}分；以下指标待人工处理后才能计算总分和等级：${waiting.join("、")}`, en: `Partial sum ${fmtNumber(fromHundredths(sum))}; ${waiting.length} weighted row(s) wait for a person, total and grade withheld` });
      return { total: null, grade: null };
    }
    let total = sum;
    if (naRows > 0 && profile.notApplicable.rescale && applicable > 0 && applicable < allWeights) {
      total = toHundredths((sum / applicable) * profile.fullMark, profile.scoreRounding);
      sink.add("NOT_APPLICABLE_RESCALED", totalCell, { zh: `${naRows}项指标不适用，已剔除；按${fmtNumber(fromHundredths(sum))}/${fmtNumber(fromHundredths(applicable))}×${fmtNumber(profile.fullMark)}折算为${fmtNumber(fromHundredths(total))}分`, en: `${naRows} row(s) not applicable; rescaled ${fmtNumber(fromHundredths(sum))}/${fmtNumber(fromHundredths(applicable))}×${fmtNumber(profile.fullMark)}` });
    }
    return { total, grade: gradeOf(fromHundredths(total), profile) };
  }

  private checkLevel1Weights(profile: Profile, sink: FindingSink): void {
    const diffs: string[] = [];
    for (const [name, expected] of Object.entries(profile.level1Weights)) {
      const got = this.level1Weights.get(name);
      if (got !== undefined && Math.abs(got - expected) > 1e-9) diffs.push(`${name}${fmtNumber(got)}分（方案${fmtNumber(expected)}分）`);
    }
    if (diffs.length) {
      sink.add("WEIGHTS_DIFFER_FROM_PROFILE", null, { zh: `一级指标分值与评分方案不同：${diffs.join("，")}；按表中分值计算`, en: `First-level weights differ from the profile: ${diffs.join(", ")}` });
    }
  }
}
