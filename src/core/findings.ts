// The one catalogue of finding codes: the severity of each (spec §6–7); titles come from the message tables.
import { en } from "./messages/en";
import { zh } from "./messages/zh";
import type { Finding, FindingCode, Severity } from "./report";

/** The severity of every finding code (spec §6–7); titles and messages are in the message tables (src/core/messages). */
export const FINDING_SEVERITY: Record<FindingCode, Severity> = {
  TARGET_UNPARSEABLE: "error",
  ACTUAL_UNPARSEABLE: "error",
  ACTUAL_MISSING: "error",
  UNIT_MISMATCH: "error",
  WEIGHT_MISSING: "error",
  TARGET_MISSING: "error",
  TOTAL_INCOMPLETE: "error",
  NOT_MET_NO_REASON: "warning",
  OVER_ACHIEVED: "warning",
  QUALITATIVE_REVIEW: "warning",
  WEIGHTS_NOT_FULL: "warning",
  SCORE_DIFFERS: "warning",
  SCORE_ABOVE_WEIGHT: "warning",
  TOTAL_DIFFERS: "warning",
  BUDGET_RATE_LOW: "warning",
  UNIT_ASSUMED: "info",
  DIRECTION_INFERRED: "info",
  APPROXIMATE_VALUE: "info",
  REMARK_IGNORED: "info",
  NOT_APPLICABLE_RESCALED: "info",
  WEIGHTS_DIFFER_FROM_PROFILE: "info",
  DIRECTION_SUSPECT: "warning",
  QUANTITY_CAPPED: "warning",
  COST_FLOOR: "warning",
  QUALITATIVE_IN_QUANTITY: "warning",
  TARGET_MISSING_UNIT: "info",
  DUPLICATE_INDICATOR: "warning",
  LEVEL2_MISSING: "info",
  MERGED_SCORE_CELL: "error",
  NO_INDICATORS: "error",
  WEIGHTS_FROM_BLOCKS: "warning",
  SCORED_BY_WORDS: "info",
  HEADER_IGNORED: "info",
  SCORE_COLUMN_MISSING: "warning",
  HEADER_REPEATED: "info",
  PERIOD_CONVERTED: "info",
  TOTAL_NOT_WRITTEN: "warning",
  NONE_OCCURRED: "info",
  WEIGHTS_FROM_NAMES: "info",
  FUNDING_MISSING: "error",
  WEIGHTS_FROM_PERCENT: "info",
  HIDDEN_ROWS: "warning",
  HIDDEN_COLUMNS: "warning",
  BAND_FROM_DEGREE: "info",
  BUDGET_OVERRUN: "warning",
  BLOCK_POINTS_DIFFER: "warning",
  EXAMPLE_TABLE_SKIPPED: "info",
};

/** Catalogue entry of one finding code: its severity and its title in both languages. */
export interface FindingEntry {
  severity: Severity;
  zh: string;
  en: string;
}

/** Every finding code with its severity and title (the titles from the message tables). */
export const FINDING_CATALOGUE = Object.fromEntries(
  (Object.keys(FINDING_SEVERITY) as FindingCode[]).map((c) => [
    c,
    { severity: FINDING_SEVERITY[c], zh: zh.titles[c], en: en.titles[c] },
  ]),
) as Record<FindingCode, FindingEntry>;

/** Severity of a code, from the catalogue. */
export function severityOf(code: FindingCode): Severity {
  return FINDING_SEVERITY[code];
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
