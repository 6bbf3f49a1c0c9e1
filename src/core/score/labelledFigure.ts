// A completed value whose only figure is labelled as planned, expected or striven for (计划培训120人次, 预计达到95%,
// 力争完成120人次): the plan said again, not the figure reached; as a difference (较上年增加50人次, 超预算5万元); or as the
// opposite measure's (不满意率5% against 满意度 ≥90%).
// Scoring it gave full marks (or a difference's share) with, at most, a hint that the words were not counted; the row
// waits for a person (the figure reached, or a band).
import { normalizeValueText } from "../parse/normalize";
import { differenceLabel, plannedLabel, undoneLabel } from "../parse/remark";
import type { DeadlineValue, QuantityValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import { DOWN_WORDS, UP_WORDS } from "./changeWords";
import { waitForPerson } from "./personScore";
import type { IndicatorResult, RowContext } from "./scoreIndicator";

/** The row waiting for a person when `b`'s figure is labelled as planned, or (a count or an amount) as not done
 *  (未完成10个); null when it is neither. */
export function plannedFigure(
  row: IndicatorInput,
  t: QuantityValue | DeadlineValue,
  b: QuantityValue | DeadlineValue,
  ctx: RowContext,
): IndicatorResult | null {
  const s = normalizeValueText(b.text);
  const at = row.actual ? { row: row.actual.row, col: row.actual.col } : null;
  const label = plannedLabel(s);
  if (label !== null)
    return waitForPerson(at, row.row, { kind: "planned", actual: b.text, label, target: t.text }, ctx);
  const undone = b.kind === "quantity" ? undoneLabel(s) : null;
  if (undone === null) return null;
  return waitForPerson(at, row.row, { kind: "undone", actual: b.text, label: undone, target: t.text }, ctx);
}

/** Words in an indicator's name saying it counts a change (新增就业人数, 收入增长额, 节约资金): its figure may be a
 *  difference. */
const CHANGE_NAMES: readonly string[] = [
  "新增",
  "节约",
  "节省",
  "超额",
  "结余",
  "节余",
  "超支",
  ...UP_WORDS,
  ...DOWN_WORDS,
];

/** The first characters a difference label may open with (较上年, 比计划, 与上年相比, 同比, 环比, 超预算, 节约, 结余): most
 *  values are passed by without normalising their text. */
const MAY_OPEN_DIFFERENCE = /^\s*[较比与同环超节结]/;

/** The row waiting for a person when `b`'s figure, in a unit other than %, is labelled as a difference from an
 *  earlier year, the budget or the plan (较上年增加50人次, 超预算5万元) and the indicator's name counts no change; null
 *  otherwise. A percent change (同比提高5%) is read by the change words. */
export function differenceFigure(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  ctx: RowContext,
): IndicatorResult | null {
  if (b.unit?.family === "percent" || !MAY_OPEN_DIFFERENCE.test(b.text)) return null;
  const label = differenceLabel(normalizeValueText(b.text));
  if (label === null || CHANGE_NAMES.some((w) => row.level3.includes(w))) return null;
  const at = row.actual ? { row: row.actual.row, col: row.actual.col } : null;
  return waitForPerson(at, row.row, { kind: "difference", actual: b.text, label, target: t.text }, ctx);
}

/** A rate named negated (不满意率, 不合格率, 未达标率): the opposite of the measure it negates. */
const NEGATED_MEASURE = /[不未][\u4e00-\u9fff]{1,3}率/;

/** The row waiting for a person when `b`'s percent is named as the opposite rate (不满意率5%) of what the indicator
 *  and its target measure (满意度, ≥90%: no upper bound, no negated rate named); null otherwise. The rest of a survey may be neither (基本满意), so the figure
 *  is not turned round. */
export function complementFigure(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  ctx: RowContext,
): IndicatorResult | null {
  // a target with an upper bound (≤5%) may well count the negated rate
  if (b.unit?.family !== "percent" || t.comparator === "<=" || t.comparator === "<") return null;
  const own = b.remark ? b.remark.figure : b.text;
  const words = normalizeValueText(/^\s*\d/.test(own) && b.remark ? b.remark.note : own);
  const m = NEGATED_MEASURE.exec(words);
  if (!m || NEGATED_MEASURE.test(normalizeValueText(row.level3 + t.text))) return null;
  const at = row.actual ? { row: row.actual.row, col: row.actual.col } : null;
  const review = { kind: "complement" as const, actual: b.text, measure: m[0], name: row.level3, target: t.text };
  return waitForPerson(at, row.row, review, ctx);
}
