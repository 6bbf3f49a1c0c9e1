// What the officer must do next (issue 17): the errors and warnings of a table as an ordered list of actions, each
// with the cells it concerns — errors first, then warnings, in the order an officer works through a sheet.
import { IndicatorRows } from "./indicatorRows";
import type { Messages } from "./messages/params";
import type { FindingCode, Severity, TableReport } from "./report";

/** One kind of action an officer takes on the sheet. */
export type NextAction =
  | "fix-target"
  | "fill-actual"
  | "fill-funding"
  | "fix-unit"
  | "fill-weight"
  | "name-score-column"
  | "add-total-row"
  | "unmerge"
  | "fill-table"
  | "choose-band"
  | "fill-reason"
  | "explain-over"
  | "explain-rate"
  | "confirm-band"
  | "check-weights"
  | "check-score"
  | "review-target";

/** One step: an action, the cells it concerns (empty when it concerns the table) and its severity. */
export interface NextStep {
  action: NextAction;
  severity: Exclude<Severity, "info">;
  cells: string[];
}

/** The action each error or warning asks for (TOTAL_INCOMPLETE is a consequence of the others, not an action). */
const ACTION_OF: Partial<Record<FindingCode, NextAction>> = {
  TARGET_UNPARSEABLE: "fix-target",
  TARGET_MISSING: "fix-target",
  ACTUAL_UNPARSEABLE: "fill-actual",
  ACTUAL_MISSING: "fill-actual",
  FUNDING_MISSING: "fill-funding",
  UNIT_MISMATCH: "fix-unit",
  WEIGHT_MISSING: "fill-weight",
  SCORE_COLUMN_MISSING: "name-score-column",
  TOTAL_NOT_WRITTEN: "add-total-row",
  MERGED_SCORE_CELL: "unmerge",
  NO_INDICATORS: "fill-table",
  NOT_MET_NO_REASON: "fill-reason",
  OVER_ACHIEVED: "explain-over",
  BUDGET_RATE_LOW: "explain-rate",
  WEIGHTS_NOT_FULL: "check-weights",
  WEIGHTS_FROM_BLOCKS: "check-weights",
  BLOCK_POINTS_DIFFER: "check-weights",
  SCORE_DIFFERS: "check-score",
  SCORE_ABOVE_WEIGHT: "check-score",
  TOTAL_DIFFERS: "check-score",
  DIRECTION_SUSPECT: "review-target",
  QUANTITY_CAPPED: "review-target",
  COST_FLOOR: "review-target",
  QUALITATIVE_IN_QUANTITY: "review-target",
  DUPLICATE_INDICATOR: "review-target",
};

/** The order actions are listed in within one severity. */
const ORDER: readonly NextAction[] = [
  "fix-target",
  "fill-actual",
  "fill-funding",
  "fix-unit",
  "fill-weight",
  "name-score-column",
  "add-total-row",
  "unmerge",
  "fill-table",
  "choose-band",
  "fill-reason",
  "explain-over",
  "explain-rate",
  "confirm-band",
  "check-weights",
  "check-score",
  "review-target",
];

/** True when the indicator on the row of `cell` ("D12") was not scored (only QUALITATIVE_REVIEW asks). */
function unscored(rows: IndicatorRows, cell: string | null): boolean {
  return cell !== null && rows.at(Number(cell.replace(/^[A-Z]+/, "")))?.score === null;
}

/** QUALITATIVE_REVIEW asks for a band when the row is not scored, and for a check of the band given otherwise. */
function actionOf(code: FindingCode, cell: string | null, rows: IndicatorRows): NextAction | null {
  if (code === "QUALITATIVE_REVIEW") return unscored(rows, cell) ? "choose-band" : "confirm-band";
  // on a cell, the total went beside a label above the table (自评得分): no row to add
  if (code === "TOTAL_NOT_WRITTEN" && cell !== null) return null;
  return ACTION_OF[code] ?? null;
}

/** The steps for one table: one per action and severity, cells in sheet order without repeats. */
export function nextSteps(table: TableReport): NextStep[] {
  const rows = new IndicatorRows(table);
  const steps = new Map<string, NextStep>();
  const listed = new Set<string>(); // "key cell": a cell once per step (a Set, not a scan: a long sheet has thousands)
  for (const f of table.findings) {
    if (f.severity === "info") continue;
    const action = actionOf(f.code, f.cell, rows);
    if (!action) continue;
    const key = `${f.severity}:${action}`;
    const step = steps.get(key) ?? { action, severity: f.severity, cells: [] };
    if (f.cell && !listed.has(`${key} ${f.cell}`)) {
      listed.add(`${key} ${f.cell}`);
      step.cells.push(f.cell);
    }
    steps.set(key, step);
  }
  const rank = (s: NextStep) => (s.severity === "error" ? 0 : 100) + ORDER.indexOf(s.action);
  return [...steps.values()].sort((a, b) => rank(a) - rank(b));
}

/** The steps on one line in a language: 在K18、I11、I12填写偏差原因；在K32说明超额原因；填好后重新评分 ("" when none). */
export function nextStepsLine(steps: readonly NextStep[], m: Messages): string {
  if (steps.length === 0) return "";
  return [...steps.map((s) => m.nextStep(s)), m.rescore].join(m.stepSeparator);
}
