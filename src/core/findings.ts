// The one catalogue of finding codes: severity and the Chinese / English title of each (spec §6–7).
import type { Finding, FindingCode, Severity } from "./report";

/** Catalogue entry of one finding code. */
export interface FindingEntry {
  severity: Severity;
  zh: string;
  en: string;
}

/** Every finding code with its severity and a short title; each message, numbers in its text, is built where the finding is made (src/core/score/). */
export const FINDING_CATALOGUE: Record<FindingCode, FindingEntry> = {
  TARGET_UNPARSEABLE: { severity: "error", zh: "年度指标值无法识别", en: "Target cannot be read" },
  ACTUAL_UNPARSEABLE: { severity: "error", zh: "实际完成值无法识别", en: "Completed value cannot be read" },
  ACTUAL_MISSING: { severity: "error", zh: "缺少实际完成值", en: "Completed value missing" },
  UNIT_MISMATCH: { severity: "error", zh: "计量单位不一致", en: "Units do not match" },
  WEIGHT_MISSING: { severity: "error", zh: "缺少分值", en: "Weight missing" },
  TARGET_MISSING: { severity: "error", zh: "缺少年度指标值", en: "Target missing" },
  TOTAL_INCOMPLETE: { severity: "error", zh: "总分暂不能计算", en: "Total withheld" },
  NOT_MET_NO_REASON: { severity: "warning", zh: "未完成但未填写偏差原因", en: "Not met, no reason given" },
  OVER_ACHIEVED: { severity: "warning", zh: "超额完成较多，需说明原因", en: "Far above target, explain why" },
  QUALITATIVE_REVIEW: { severity: "warning", zh: "定性指标需人工确认", en: "Qualitative result needs review" },
  WEIGHTS_NOT_FULL: { severity: "warning", zh: "分值合计不等于满分", en: "Weights do not add up to the full mark" },
  SCORE_DIFFERS: { severity: "warning", zh: "原得分与规则计算不一致", en: "Existing score differs from the rules" },
  SCORE_ABOVE_WEIGHT: { severity: "warning", zh: "原得分超过分值", en: "Existing score above its weight" },
  TOTAL_DIFFERS: { severity: "warning", zh: "原总分与各项得分之和不一致", en: "Existing total differs from the sum" },
  BUDGET_RATE_LOW: { severity: "warning", zh: "预算执行率偏低，需说明原因", en: "Low execution rate, reason needed" },
  UNIT_ASSUMED: { severity: "info", zh: "已推定计量单位", en: "Unit assumed" },
  DIRECTION_INFERRED: { severity: "info", zh: "已推定指标方向", en: "Direction inferred" },
  APPROXIMATE_VALUE: { severity: "info", zh: "完成值为约数", en: "Approximate value" },
  REMARK_IGNORED: { severity: "info", zh: "数值后的说明未参与计分", en: "Remark after the figure not scored" },
  NOT_APPLICABLE_RESCALED: { severity: "info", zh: "不适用指标剔除后折算", en: "Rescaled for not-applicable rows" },
  WEIGHTS_DIFFER_FROM_PROFILE: { severity: "info", zh: "分值与评分方案不同", en: "Weights differ from the profile" },
  DIRECTION_SUSPECT: { severity: "warning", zh: "指标方向可疑", en: "Suspicious direction" },
  QUANTITY_CAPPED: { severity: "warning", zh: "数量指标只设上限", en: "Quantity capped from above" },
  COST_FLOOR: { severity: "warning", zh: "成本指标设了下限", en: "Cost with a lower bound" },
  QUALITATIVE_IN_QUANTITY: { severity: "warning", zh: "数量指标未设数值", en: "Quantity target without a number" },
  TARGET_MISSING_UNIT: { severity: "info", zh: "指标值缺少计量单位", en: "Target without a unit" },
  DUPLICATE_INDICATOR: { severity: "warning", zh: "三级指标重复", en: "Duplicate indicator" },
  LEVEL2_MISSING: { severity: "info", zh: "缺少必备的二级指标", en: "Required level-2 category missing" },
  MERGED_SCORE_CELL: { severity: "error", zh: "得分单元格跨行合并", en: "Score cell merged across rows" },
  NO_INDICATORS: { severity: "error", zh: "表中没有指标行", en: "No indicator rows" },
  WEIGHTS_FROM_BLOCKS: { severity: "warning", zh: "分值由一级指标分值平均分配", en: "Weights divided from block points" },
  SCORED_BY_WORDS: { severity: "info", zh: "完成值没有数字，按文字判断", en: "Scored by words, no figure" },
  HEADER_IGNORED: { severity: "info", zh: "有未识别的表头", en: "Headers not recognised" },
};

/** Severity of a code, from the catalogue. */
export function severityOf(code: FindingCode): Severity {
  return FINDING_CATALOGUE[code].severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
