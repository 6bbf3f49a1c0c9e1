// The JSON report (../shared/spec/report-format.md): its single definition, as a zod schema (zod/mini: the ribbon's
// ES5 bundle carries what it uses, not the whole library).
import { z } from "zod/mini";
import { REPORT_VERSION } from "./reportVersion";

export { REPORT_VERSION } from "./reportVersion";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
/** Severity of a finding. */
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingCodeSchema = z.enum([
  "TARGET_UNPARSEABLE",
  "ACTUAL_UNPARSEABLE",
  "ACTUAL_MISSING",
  "UNIT_MISMATCH",
  "WEIGHT_MISSING",
  "TARGET_MISSING",
  "TOTAL_INCOMPLETE",
  "NOT_MET_NO_REASON",
  "OVER_ACHIEVED",
  "QUALITATIVE_REVIEW",
  "WEIGHTS_NOT_FULL",
  "SCORE_DIFFERS",
  "SCORE_ABOVE_WEIGHT",
  "TOTAL_DIFFERS",
  "BUDGET_RATE_LOW",
  "UNIT_ASSUMED",
  "DIRECTION_INFERRED",
  "APPROXIMATE_VALUE",
  "REMARK_IGNORED",
  "NOT_APPLICABLE_RESCALED",
  "WEIGHTS_DIFFER_FROM_PROFILE",
  "DIRECTION_SUSPECT",
  "QUANTITY_CAPPED",
  "COST_FLOOR",
  "QUALITATIVE_IN_QUANTITY",
  "TARGET_MISSING_UNIT",
  "DUPLICATE_INDICATOR",
  "LEVEL2_MISSING",
  "MERGED_SCORE_CELL",
  "NO_INDICATORS",
  "WEIGHTS_FROM_BLOCKS",
  "SCORED_BY_WORDS",
  "HEADER_IGNORED",
  "SCORE_COLUMN_MISSING",
  "HEADER_REPEATED",
  "PERIOD_CONVERTED",
  "TOTAL_NOT_WRITTEN",
  "NONE_OCCURRED",
  "WEIGHTS_FROM_NAMES",
  "FUNDING_MISSING",
  "WEIGHTS_FROM_PERCENT",
  "HIDDEN_ROWS",
  "HIDDEN_COLUMNS",
  "BAND_FROM_DEGREE",
  "BUDGET_OVERRUN",
  "BLOCK_POINTS_DIFFER",
  "EXAMPLE_TABLE_SKIPPED",
]);
/** A finding code of the catalogue (spec §6–7). */
export type FindingCode = z.infer<typeof FindingCodeSchema>;

export const FileErrorCodeSchema = z.enum([
  "FILE_UNREADABLE",
  "FILE_ENCRYPTED",
  "FILE_LEGACY_FORMAT",
  "FILE_TOO_LARGE",
  "NO_TABLE_FOUND",
  "SHEET_PROTECTED",
  "WRITE_FAILED",
]);
/** A file-level problem code. */
export type FileErrorCode = z.infer<typeof FileErrorCodeSchema>;

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  cell: z.nullable(z.string()),
  message: z.string(),
});
/** One finding as reported. */
export type Finding = z.infer<typeof FindingSchema>;

export const IndicatorStatusSchema = z.enum([
  "scored",
  "qualitative",
  "not-applicable",
  "unreadable",
  "no-weight",
  "check-only",
]);
/** How an indicator row ended up. */
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

export const IndicatorReportSchema = z.object({
  row: z.int().check(z.positive()),
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  target: z.string(),
  actual: z.string(),
  weight: z.nullable(z.number()),
  score: z.nullable(z.number()),
  /** The 偏差原因 cell's text as read (null when the table has no reason column or the cell is empty). */
  reason: z.nullable(z.string()),
  status: IndicatorStatusSchema,
  findings: z.array(FindingCodeSchema),
});
/** One indicator row as reported. */
export type IndicatorReport = z.infer<typeof IndicatorReportSchema>;

export const FundingReportSchema = z.object({
  budget: z.number(),
  executed: z.number(),
  rate: z.number(),
  weight: z.number(),
  score: z.number(),
});
/** The funding block as reported. */
export type FundingReport = z.infer<typeof FundingReportSchema>;

export const TableInfoSchema = z.object({
  project: z.nullable(z.string()),
  department: z.nullable(z.string()),
  unit: z.nullable(z.string()),
  year: z.nullable(z.int()),
});
/** Who and what a table is about, from its title block (项目名称, 主管部门, 实施单位, 年度); null where not said. */
export type TableInfo = z.infer<typeof TableInfoSchema>;

export const BlockReportSchema = z.object({
  level1: z.string(),
  weight: z.number(),
  score: z.number(),
  waiting: z.int().check(z.nonnegative()),
});
/** A level-1 block's weight and the scores of its scored rows, summed in hundredths; `waiting` counts its weighted
 *  rows not scored yet (the score is the block's only when it is 0). */
export type BlockReport = z.infer<typeof BlockReportSchema>;

export const TableReportSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  /** 1-based sheet row of the indicator header (its top row). */
  headerRow: z.int().check(z.positive()),
  info: TableInfoSchema,
  kind: z.enum(["project", "department", "targets-only"]),
  mode: z.enum(["score", "check-only"]),
  indicators: z.array(IndicatorReportSchema),
  blocks: z.array(BlockReportSchema),
  funding: z.nullable(FundingReportSchema),
  total: z.nullable(z.number()),
  grade: z.nullable(z.enum(["优", "良", "中", "差"])),
  findings: z.array(FindingSchema),
});
/** One table as reported. */
export type TableReport = z.infer<typeof TableReportSchema>;

export const FileErrorSchema = z.object({ code: FileErrorCodeSchema, message: z.string() });
/** A file-level problem. */
export type FileError = z.infer<typeof FileErrorSchema>;

export const FileReportSchema = z.object({
  file: z.string(),
  output: z.nullable(z.string()),
  tables: z.array(TableReportSchema),
  errors: z.array(FileErrorSchema),
});
/** One file as reported. */
export type FileReport = z.infer<typeof FileReportSchema>;

export const ReportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  generator: z.string(),
  profile: z.string(),
  files: z.array(FileReportSchema),
});
/** The whole report of one run. */
export type Report = z.infer<typeof ReportSchema>;
