// A completed value whose figure is labelled as no figure reached: planned, expected or striven for (计划培训120人次,
// 预计达到95%, 力争完成120人次: the plan said again), not done (未完成10个), a difference (较上年增加50人次, 超预算5万元), or
// the opposite measure's (不满意率5% against 满意度 ≥90%). Scoring it gave full marks (or a difference's share) with, at
// most, a hint that the words were not counted; the row waits for a person (the figure reached, or a band).
import { rateDirectionAtEnd } from "../direction";
import { gradeOf } from "../gradeLadder";
import { holdsFigure } from "../parse/figure";
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { retriedForFirstTry } from "../reviewOutcome";
import type { Profile } from "../profile";
import {
  budgetLabel,
  changeHeadLabel,
  differenceLabel,
  earlierLabel,
  NEGATED_MEASURE,
  plannedLabel,
  undoneLabel,
} from "../parse/remark";
import type { DeadlineValue, QuantityValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import { withoutClosingNote } from "../text";
import { asksChange, DOWN_WORDS, earlierChangeOf, UP_WORDS } from "./changeWords";
import { cellAt } from "./findingSink";
import { notReachedLabel } from "./notReached";
import { otherYearReview } from "./otherYear";
import { rateLabel } from "./rateLabel";
import { waitForPerson, type WaitingReview } from "./personScore";
import type { IndicatorResult, RowContext } from "./scoreIndicator";

/** The row waiting for a person when `b`'s figure is labelled as no figure reached; null when it is not. A date can
 *  only be labelled as planned (2021年11月（预计）); a count, an amount or a rate in any of the four ways. */
export function labelledFigure(
  row: IndicatorInput,
  t: QuantityValue | DeadlineValue,
  b: QuantityValue | DeadlineValue,
  ctx: RowContext,
): IndicatorResult | null {
  const s = normalizeValueText(b.text);
  // the figure read may follow words (暂未调查，预计95%): its own clause can be labelled as planned too
  // the budget alone (预算130万元) is a plan too
  // a plan said done in full after it (计划培训1000人次，已全部完成) is the figure reached
  const planned = ALL_DONE_AFTER.test(s)
    ? null
    : (plannedLabel(s) ?? budgetLabel(s) ?? (b.remark ? plannedLabel(normalizeValueText(b.remark.figure)) : null));
  // or labelled as a step before the result, or as projected, potential or agreed (开工100套, 可培训1000人次)
  const step = planned === null && b.kind === "quantity" ? notReachedLabel(b, row.level3, t.text) : null;
  const review: WaitingReview | null =
    planned !== null
      ? { kind: "planned", actual: b.text, label: planned, target: t.text }
      : step !== null
        ? { kind: "not-reached", actual: b.text, label: step.label, sort: step.sort, target: t.text }
        : b.kind === "quantity" && t.kind === "quantity"
          ? (quantityLabel(row, t, b, s, ctx.profile) ?? otherYearReview(t, b, s, ctx.tableYear ?? null))
          : null;
  if (review === null) return null;
  return waitForPerson(cellAt(row.actual), row.row, review, ctx);
}

/** A last clause saying the whole was done (，已全部完成, ，均已完成, ，全部发放到位). */
const ALL_DONE_AFTER = /[,;。](?:已|均已|均)?(?:全部|全面|足额|如数)(?:完成|建成|发放|拨付)(?:到位|完毕)?$/;

/** The review of a count, an amount or a rate (`s` its normalised text) labelled as not done, a difference, the
 *  opposite measure's or another measure's; null otherwise. */
function quantityLabel(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  s: string,
  profile: Profile,
): WaitingReview | null {
  const undone = undoneLabel(s);
  if (undone !== null) return { kind: "undone", actual: b.text, label: undone, target: t.text };
  const difference = differenceIn(row, t, b, s);
  if (difference !== null) return { kind: "difference", actual: b.text, label: difference, target: t.text };
  const earlier = earlierLabel(s);
  if (earlier !== null) return { kind: "earlier", actual: b.text, label: earlier, target: t.text };
  // the other side of a pass or a fail (完好率97% against 设备故障率) is counted turned round by the row
  const rate = rateLabel(row.level3, t, b);
  if (rate?.kind === "turned") return null;
  const measure = complementIn(row, t, b) ?? closedFor(row, b) ?? (rate?.kind === "opposite" ? rate.measure : null);
  if (measure !== null) return { kind: "complement", actual: b.text, measure, name: row.level3, target: t.text };
  const other = otherMeasureReview(row, t, b, s, b.text, profile);
  // a rate the name does not measure (开工率100% against 项目完工率): another measure
  if (other !== null || rate === null) return other;
  return {
    kind: "other-measure",
    actual: b.text,
    measure: rate.measure,
    sameWay: true,
    name: row.level3,
    target: t.text,
  };
}

/** The other side of a survey said after the opposite rate (不满意率4%，满意率96% against 满意度 ≥90%): the second
 *  figure as the one reached, the first its remark; null when `b` is not the opposite rate or nothing after it is a
 *  rate of the indicator's side. */
export function restOfSurvey(row: IndicatorInput, t: QuantityValue, b: QuantityValue): QuantityValue | null {
  if (!b.remark || complementIn(row, t, b) === null) return null;
  // the rate after it names the indicator's own measure (满意率 for 群众满意度; not 基本满意率, 不满意率)
  const name = RATE_NAME.exec(b.remark.note);
  if (!name || !row.level3.includes(name[1])) return null;
  const other = parseValue(b.remark.note);
  if (other.kind !== "quantity" || other.unit?.family !== "percent" || other.remark || other.high !== null) return null;
  return Object.assign({}, other, { text: b.text, remark: { figure: b.remark.note, note: b.remark.figure } });
}

/** A rate's name opening a text (满意率96%): what it measures, without 率 or 度. */
const RATE_NAME = /^([\u4e00-\u9fff]{1,10}?)[率度](?:为|是|达到|达|[:：])?\s*\d/;

/** The review of a completed value `actual` (normalised `s`) whose percent `b` is named as a rate running the other way
 *  from the indicator's (部门预算调整率3% against 预算编制准确率 ≥95%), or null. */
export function otherMeasureReview(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  s: string,
  actual: string,
  profile: Profile,
): WaitingReview | null {
  const other = otherMeasureIn(row, t, b, s, profile);
  return other === null
    ? null
    : {
        kind: "other-measure",
        actual,
        measure: other.measure,
        sameWay: other.sameWay,
        name: row.level3,
        target: t.text,
      };
}

/** A rate named right before a figure, with the words that may join them (调整率为3%, 合格率达98%, 执行率：95%). */
const RATE_BEFORE_FIGURE = /([\u4e00-\u9fff]{1,12}[率度])(?:为|是|达到|达|[:：])?\s*[\d.]/;

/** The rate `b`'s percent is named as (部门预算调整率3%), when it runs the other way from the indicator's (预算编制准确率
 *  ≥95%), or is the rate of a lower grade (合格率100% against 工程优良率) or after rework (复验合格率 against 一次合格率):
 *  another measure, not the figure reached; null otherwise (满意率98% against 满意度). */
function otherMeasureIn(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  s: string,
  profile: Profile,
): { measure: string; sameWay: boolean } | null {
  if (b.unit?.family !== "percent" || t.unit?.family !== "percent") return null;
  // the figure's own words when it has a remark (合格率98% after 不合格率2%, scored as the survey's other side): read
  // from the normalised text already
  const figure = b.remark ? b.remark.figure : s;
  const m = RATE_BEFORE_FIGURE.exec(figure.length > 64 ? figure.slice(0, 64) : figure);
  if (!m) return null;
  const own = rateDirectionAtEnd(m[1], profile);
  const named = withoutClosingNote(row.level3).trim();
  // a rate of a bad thing (失业率, 故障率) against a rate no word marks lower-is-better (就业率, 完好率): the other way
  const plain = own === "lower" && /[率度]$/.test(named) ? "higher" : null;
  const name = own ? (rateDirectionAtEnd(named, profile) ?? plain) : null;
  if (name !== null && name !== own) return { measure: m[1], sameWay: false };
  // the rate of a lower grade than the name's (合格率 against 工程优良率): a share of other work
  const [got, asked] = [gradeOf(m[1].slice(-3, -1)), gradeOf(named.slice(-3, -1))];
  const lower = got !== null && asked !== null && got.ladder === asked.ladder && got.rank > asked.rank;
  // or the rate of a pass after rework (复验合格率) against a name or target asking the first try (一次合格率)
  const retried = retriedForFirstTry(m[1], named + "|" + t.text) !== null;
  return (lower && named.endsWith("率")) || retried ? { measure: m[1], sameWay: true } : null;
}

/** Words in an indicator's name saying it counts a change (新增就业人数, 收入增长额, 节约资金, 结余资金, 三公经费变动率): its
 *  figure may be a difference. */
const CHANGE_NAMES: readonly string[] = [
  "新增",
  "节约",
  "节省",
  "超额",
  "结余",
  "节余",
  "超支",
  "变动",
  "变化",
  "增减",
  ...UP_WORDS,
  ...DOWN_WORDS,
];

/** Characters of a change in a name (新增就业, 减少碳排放, 农民增收, 提升改造): such a row may count the change itself. */
const CHANGE_IN_NAME = /[增减降升提]/;

/** The change word alone before a count or an amount (减少100吨 against ≤1000吨 under 碳排放量), when neither the name
 *  nor the target counts a change; else null. */
function bareChange(row: IndicatorInput, t: QuantityValue, s: string): string | null {
  const label = changeHeadLabel(s);
  return label && !CHANGE_IN_NAME.test(row.level3) && !asksChange(t) ? label : null;
}

/** The label of `b`'s figure as a difference from an earlier year, the budget or the plan (较上年增加50人次, 超预算5万元;
 *  a change word alone: 减少100吨; a rate: 较上年提高5%, 提高2个百分点) where neither the indicator's name nor, for a
 *  rate, its target counts a change (收入增长率, 较上年提高2个百分点, ≤-5%: the change words read a rate's change against
 *  them); null otherwise. */
function differenceIn(row: IndicatorInput, t: QuantityValue, b: QuantityValue, s: string): string | null {
  // the label first: most figures have none, and the names are looked at only for those that do
  const rate = b.unit?.family === "percent";
  const label = rate ? earlierChangeOf(b) : (differenceLabel(s) ?? bareChange(row, t, s));
  // a name counting the gap itself (资金缺口, 收支差额) is answered by it
  if (label === null || CHANGE_NAMES.some((w) => row.level3.includes(w)) || row.level3.includes(label)) return null;
  // a target below zero (≤-5%) counts a change with its sign, as a change word in it does
  return rate && (t.value < 0 || CHANGE_NAMES.some((w) => t.text.includes(w))) ? null : label;
}

/** The negated rate (不满意率) `b`'s percent is named as, when the indicator and its target measure the opposite
 *  (满意度, ≥90%: no upper bound, no negated rate named); null otherwise. The rest of a survey may be neither
 *  (基本满意), so the figure is not turned round. */
function complementIn(row: IndicatorInput, t: QuantityValue, b: QuantityValue): string | null {
  // a target with an upper bound (≤5%) may well count the negated rate
  if (b.unit?.family !== "percent" || t.comparator === "<=" || t.comparator === "<") return null;
  const own = b.remark ? b.remark.figure : b.text;
  // a bare figure takes its name from the remark after it (5%（不满意率）, 5%（不满意率），95%), unless the remark's first
  // clause holds a figure of its own (96%（不满意率4%）: the satisfaction, and beside it the rest)
  const bare = /^\s*\d/.test(own) && b.remark;
  const named = bare ? b.remark!.note.split(/[,，;；]/)[0] : own;
  if (bare && holdsFigure(named)) return null;
  const words = normalizeValueText(named);
  const m = NEGATED_MEASURE.exec(words);
  return !m || NEGATED_MEASURE.test(normalizeValueText(row.level3 + t.text)) ? null : m[0];
}

/** Words of a place or a service closed or stopped (闭馆, 停业, 暂停): a time so labelled is time it was not open. */
const CLOSED = /闭馆|闭园|关闭|关停|停业|停工|停产|停运|停诊|停课|停止|暂停|歇业|中断/;

/** The words labelling `b`'s time as closed (因疫情闭馆3个月 against 公共文化场馆免费开放 ≥300天: the time not open), when
 *  the indicator's name counts no closure itself (停工天数); null otherwise. */
function closedFor(row: IndicatorInput, b: QuantityValue): string | null {
  if (b.unit?.family !== "duration") return null;
  // the figure's own words: before it (闭馆3个月), or its clause (闭馆3个月，开放270天)
  const r = b.remark;
  const own = r ? (b.text.trim().startsWith(r.note) ? r.note : r.figure) : b.text;
  const m = CLOSED.exec(normalizeValueText(own));
  return m && !CLOSED.test(row.level3) ? m[0] : null;
}
