// Scores one indicator row (spec §3): reads target and completed value, compares, explains.
import { clauseOfPeriod, clauseOfTableYear, missedTotal } from "../parse/partsTotal";
import { normalizeValueText } from "../parse/normalize";
import type { BandIndex, FindingParams, Shortfall } from "../messages/params";
import { holdsFigure } from "../parse/figure";
import type { ParsedValue, QuantityValue } from "../parse/types";
import type { Profile } from "../profile";
import { classifyQualitative } from "../qualitative";
import type { IndicatorStatus } from "../report";
import type { IndicatorInput } from "../tables/readTable";
import { cellAt, type FindingSink } from "./findingSink";
import { samePeriod } from "./periods";
import { alignQuantities, bareRate, showActual, showQuantity } from "./quantities";
import { inEitherUnit, remarkInTargetCount } from "./alternateUnit";
import { changeWordsOf, fallSize, negativeChange } from "./changeWords";
import { compareBases, perTargetBasis } from "./basis";
import { perCount } from "./perCount";
import { surveyOnly } from "./surveyOnly";
import { unpaidDone } from "./moneyUnpaid";
import { asksAll, completionDegree } from "./completionDegree";
import { countRatio, type CountRatio } from "./countRatio";
import { figuresInTargetUnit, readWords } from "./figureInUnit";
import { fractionOfTarget, fractionRatio } from "./fraction";
import { unitsTimes } from "./unitsTimes";
import { noneAsZero } from "./noneOccurred";
import { changeInPoints, changeRate } from "./pointsChange";
import { waitForPerson } from "./personScore";
import { labelledFigure, otherMeasureReview, restOfSurvey } from "./labelledFigure";
import { noteRemarks } from "./remarkFindings";
import { withinTheDay } from "./sameDay";
import { sizeOfDeviation } from "./deviation";
import { surveyGrades, type SurveyGrades } from "./surveyGrades";
import { wordTargetFigure } from "./wordTargetFigure";
import { scoreQuantity } from "./scoreQuantity";
import { shareOfTarget } from "./shareOfTarget";
import { unclearUnit } from "./unclearUnit";
import { deadlineRow } from "./deadlineRow";
import { pairedConditions } from "./pairedConditions";
import { labelledParts, targetTotal } from "./partsSum";
import { clauseNamed } from "./parallelFigure";
import { rateLabel } from "./rateLabel";
import { quotaBound } from "./quotaBound";
import { readPiece, type CellReader } from "./readCell";
import { dottedDates } from "./dottedDates";
import { scoreByDegree, scoreByWords } from "./wordsScore";

/** What scoring one row produced. */
export interface IndicatorResult {
  status: IndicatorStatus;
  /** Score in integer hundredths, or null when not scored. */
  score: number | null;
  /** Whether the target was met (null when unknown). */
  met: boolean | null;
  /** Why a score is below the weight (NOT_MET_NO_REASON repeats it). */
  why: Shortfall | null;
  /** The score is the one a person wrote in the row's 得分 cell (a row the rules cannot decide): not written back. */
  byPerson?: true;
  /** The score is the band a person picked for a row the rules cannot decide (`RowContext.picked`): written. */
  picked?: BandIndex;
}

/** Everything the row scorer needs besides the row. */
export interface RowContext {
  profile: Profile;
  sink: FindingSink;
  read: CellReader;
  /** The score in hundredths a person wrote in the row's 得分 cell, for a row the rules cannot decide (personScoreIn),
   *  or that of the band picked for it (`picked`). */
  person?: number | null;
  /** The bands a person picked for rows the rules cannot decide, by 0-based sheet row (the pane's band buttons). */
  picks?: ReadonlyMap<number, BandIndex> | null;
  /** The band picked for this row: `person` is its score. */
  picked?: BandIndex;
  /** The band whose score equals the score written in the row's 得分 cell (`person`), if one does. */
  personBand?: BandIndex;
  /** The table's year (its title's), for dates written with dots (12.31). */
  tableYear?: number | null;
}

const HAS_DIGIT = /\d/;
const TIMELY_TARGET = /按时|及时|按期|如期|准时/;
const NOT_SCORED: IndicatorResult = { status: "unreadable", score: null, met: null, why: null };
/** Completed values read as a figure or a date: no fraction is looked for in them. */
const ANSWERED_KINDS: ReadonlySet<ParsedValue["kind"]> = new Set(["quantity", "deadline", "empty", "not-applicable"]);

/** The completed value's clause for the period the target is labelled with (三季度末70% in 三季度末70%，年末100% against
 *  三季度末≥75%) or for the table's year, the other clauses its remark; `b` itself otherwise. */
function periodAsked(row: IndicatorInput, t: ParsedValue, b: ParsedValue, ctx: RowContext): ParsedValue {
  // only a completed value of clauses (its first figure and a remark) may hold the period's
  // or the clause of the table's year (2020年5公里，2021年15公里 in a 2021 table)
  const text = normalizeValueText(b.text);
  const asked =
    row.actual && b.kind === "quantity" && b.remark
      ? (clauseOfPeriod(normalizeValueText(t.text), text) ?? clauseOfTableYear(text, ctx.tableYear ?? null))
      : null;
  if (!asked) return b;
  const read = readPiece(ctx.read, row, "actual", asked.figure);
  if (read.kind !== "quantity" || read.remark) return b;
  return Object.assign({}, read, { text: b.text, remark: { figure: asked.clause, note: asked.rest } });
}

/** Scores a weighted row whose target `t` and completed value `b` (as read from the row's cells) are present. */
export function scoreIndicator(
  row: IndicatorInput,
  t0: ParsedValue,
  b0: ParsedValue,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  // dates written with dots (12.31 against 12.20): dates, not decimals
  const [t1, b1] = dottedDates(row, t0, b0, ctx.tableYear ?? null) ?? [t0, b0];
  // labelled conditions answered part by part (城区≥95%，农村≥90% against 城区98%，农村85%)
  const paired = pairedConditions(row, t1, b1, w, ctx, scoreIndicator);
  if (paired) return paired;
  // a target's total its labelled parts miss (城区5个，农村6个，共12个): the total
  const t = targetTotal(row, t1, ctx);
  // a target for a time before the year's end (三季度末≥75%) answered by the completed clause for that time
  const b = periodAsked(row, t, b1, ctx);
  if (t.kind === "unreadable") {
    ctx.sink.add("TARGET_UNPARSEABLE", cellAt(row.target), { text: t.text, reason: t.reason }, row.row);
    return NOT_SCORED;
  }
  if (t.kind === "quantity" && !ANSWERED_KINDS.has(b.kind)) {
    // a fraction (19/20, 90万元/100万元) against a rate: the share it says
    const fraction = fractionRatio(t, b.text);
    if (fraction) return scoreRatio(row, t, b.text, fraction, w, ctx);
    // of the target's count (19/20 against ≥20个): the count done, said
    const done = fractionOfTarget(t, b.text);
    if (done) {
      ctx.sink.add("UNIT_ASSUMED", cellAt(row.actual), done.said, row.row);
      return quantityRow(row, t, done.b, w, ctx);
    }
  }
  // a figure per unit and the count of units (每场50人，共20场): their product, said
  const times =
    t.kind === "quantity" ? unitsTimes(row.level3, t, b, (s) => readPiece(ctx.read, row, "actual", s)) : null;
  if (times) {
    ctx.sink.add("UNIT_ASSUMED", cellAt(row.actual), times.said, row.row);
    return quantityRow(row, t as QuantityValue, times.b, w, ctx);
  }
  if (b.kind === "unreadable") {
    ctx.sink.add("ACTUAL_UNPARSEABLE", cellAt(row.actual), { text: b.text, reason: b.reason }, row.row);
    return NOT_SCORED;
  }
  if (t.kind === "quantity") {
    const rest = b.kind === "quantity" ? restOfSurvey(row, t, b) : null;
    // a survey's grades listed one by one (非常满意60%，满意35%): the satisfied ones add up
    const grades = rest ? null : surveyGrades(row, t, b.text);
    if (grades) return scoreGrades(row, t, b.text, grades, w, ctx);
    // parts of one whole, each labelled (省级媒体3篇，市级媒体8篇 against ≥10篇): they add up
    const parts = rest ? null : labelledParts(row.level3, t, b.text);
    if (parts) {
      const counted = showQuantity(parts.sum, t.unit);
      const said = { kind: "parts-summed" as const, actual: b.text, parts: parts.parts, counted };
      return reviewedRow(row, said, t, reachedInUnit(t, parts.sum, b.text), w, ctx);
    }
    if (b.kind === "quantity") {
      // labelled parts before a total they miss (省级3篇，市级8篇，共12篇): the department's total, and a person checks
      const missed = missedTotal(b, (s) => readPiece(ctx.read, row, "actual", s));
      if (missed) return partsBesideTotal(row, t, b.text, missed, w, ctx);
      // the satisfaction after the opposite rate (不满意率4%，满意率96% against 满意度), or the change in points a change
      // from one rate to another says (由85%提高到88% against 提高2个百分点), is the figure reached
      // or the clause labelled with the verb the name holds (已发放45万元 under 发放资金, beside 下达50万元)
      const named = clauseNamed(row.level3, b, (s) => readPiece(ctx.read, row, "actual", s));
      const reached = rest ?? changeInPoints(t, b) ?? changeRate(row.level3, b) ?? named ?? b;
      return (
        labelledFigure(row, t, reached, ctx) ??
        turnedRow(row, t, reached, w, ctx) ??
        quantityRow(row, t, reached, w, ctx)
      );
    }
    const zero = noneAsZero(row, t, b.text, ctx.profile);
    if (!zero) {
      const sameDay = withinTheDay(t, b.text);
      return sameDay ? quantityRow(row, t, sameDay, w, ctx) : wordsForFigure(row, t, b.text, w, ctx);
    }
    ctx.sink.add(
      "NONE_OCCURRED",
      cellAt(row.actual),
      { kind: "zero", actual: b.text, counted: showQuantity(0, t.unit) },
      row.row,
    );
    return quantityRow(row, t, zero, w, ctx);
  }
  if (t.kind === "deadline") return deadlineRow(row, t, b, w, ctx);
  // a percent against a quota's bound (102% against 控制在预算内): the amount against the quota, at most 100 %
  const quota = quotaBound(t, b);
  if (quota) {
    const said = { target: t.text, comparator: "<=" as const, basis: "quota" as const, keyword: quota.quota };
    ctx.sink.add("DIRECTION_INFERRED", cellAt(row.target), said, row.row);
    return quantityRow(row, quota.bound, b as QuantityValue, w, ctx);
  }
  const degree = t.kind === "qualitative" ? completionDegree(b.text, t.text) : null;
  if (degree !== null) return scoreByDegree(row, b.text, degree, w, ctx, asksAll(t.text) ? t.text : null);
  // a word target's figure and a smaller one in its unit completed (完成3个村… against 完成2个村…): the figures; one
  // that meets it only where the words cannot decide (12个乡镇 against 全县12个乡镇全覆盖)
  const fig = wordTargetFigure(row, t, b.text, ctx.profile);
  if (fig && (fig.short || classifyQualitative(b.text, t.text, ctx.profile).band === null)) {
    const said = { kind: "figure-in-unit" as const, actual: b.text, figure: fig.found.figure, target: t.text };
    return reviewedRow(row, said, fig.asked, fig.found.value, w, ctx);
  }
  return (
    unreadableWordTarget(row, t, b, ctx) ?? scoreByWords(row, b.text, t.text, w, ctx, { timely: aboutTime(row, t) })
  );
}

function quantityRow(
  row: IndicatorInput,
  target0: QuantityValue,
  actual0: QuantityValue,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  // a target in either of two units (≥10台（套）) takes a figure in the second (8套) as its own, said
  const either = inEitherUnit(target0, actual0);
  if (either?.said) ctx.sink.add("UNIT_ASSUMED", cellAt(row.target), either.said, row.row);
  const [target, actual1] = either ? [either.t, either.b] : [target0, actual0];
  const actual = remarkInTargetCount(target, actual1) ?? actual1;
  const per = samePeriod(target, actual);
  // periods that do not convert (每周 against the year) are a mismatch of units whatever the words beside the figures
  if ("mismatch" in per) return unitMismatch(row, per.mismatch, ctx);
  const { t } = per;
  const bases = t.unit && per.b.unit ? compareBases(row.level3, t.text, per.b.text, unitTexts(t, per.b)) : null;
  if (bases && "mismatch" in bases) return unitMismatch(row, bases.mismatch, ctx);
  // a price per 公斤 against one per 斤, or a total beside its count (总费用50万元，培训1000人 against ≤500元/人):
  // restated per the target's basis, and said
  const overCount = bases ? null : perCount(row.level3, t, per.b);
  const rebased = bases || overCount ? perTargetBasis(per.b, bases ? bases.per : overCount!, t.unit!) : null;
  // the count divided by is no remark left out
  const b0 = rebased ? (overCount ? Object.assign({}, rebased.b, { remark: undefined }) : rebased.b) : per.b;
  const { change, fall, counted } = changeCounted(row, t, b0);
  const b = sizeOfDeviation(row, t, counted, ctx);
  // two bare figures under a rate's name (95 against 0.96): a percent and a fraction of one
  const [tq, bq] = bareRate(row.level3, t, b) ?? [t, b];
  const al = alignQuantities(tq, bq);
  if ("mismatch" in al) {
    const share = shareOfTarget(t, b);
    if (share) return scoreShare(row, t, b, share, w, ctx);
    return t.remark || b.remark ? wordsForFigure(row, t, b.text, w, ctx) : unitMismatch(row, al.mismatch, ctx);
  }
  const unclear = unclearUnit(al, b);
  if (unclear) {
    ctx.sink.add("ACTUAL_UNPARSEABLE", cellAt(row.actual), { text: b.text, reason: unclear }, row.row);
    return NOT_SCORED;
  }
  for (const c of per.converted)
    ctx.sink.add("PERIOD_CONVERTED", cellAt(c.side === "target" ? row.target : row.actual), c.params, row.row);
  if (rebased) ctx.sink.add("UNIT_ASSUMED", cellAt(row.actual), rebased.said, row.row);
  if (fall) {
    const said = { kind: "fall-size" as const, text: b0.text, target: t.text, counted: showActual(al) };
    ctx.sink.add("UNIT_ASSUMED", cellAt(row.actual), said, row.row);
  }
  const said = change && {
    kind: "change-words" as const,
    text: b.text,
    name: row.level3,
    counted: showActual(al),
    ...change,
  };
  return noteRemarks(row, t, b, scoreQuantity(row, t, b, al, w, ctx), ctx, said);
}

/** The completed figure as counted against the target: below zero for a change word against the name's (下降3% against
 *  收入增长率), the size of a fall written below zero against a fall asked (-8% against 下降5%: `fall`), else as read. */
function changeCounted(row: IndicatorInput, t: QuantityValue, b: QuantityValue) {
  const change = changeWordsOf(row.level3, t, b);
  if (change !== null && change.reading !== "unknown") return { change, fall: false, counted: negativeChange(b) };
  const size = change ? null : fallSize(t, b);
  return { change, fall: size !== null, counted: size ?? b };
}

/** The unit texts of a target and a completed value, as the mismatch names them. */
function unitTexts(t: QuantityValue, b: QuantityValue): { target: string; actual: string } {
  return { target: t.unit!.text, actual: b.unit!.text };
}

/** A figure in another unit (or period) than the target's does not answer it: UNIT_MISMATCH, the row not scored. (A
 *  figure in another unit with a remark beside it is read as words instead, by the caller.) */
function unitMismatch(row: IndicatorInput, mismatch: FindingParams["UNIT_MISMATCH"], ctx: RowContext): IndicatorResult {
  ctx.sink.add("UNIT_MISMATCH", cellAt(row.actual), mismatch, row.row);
  return NOT_SCORED;
}

/** Whether a row is about time (a 时效指标 row, or a target asking 按时, 及时, 按期, 如期): lateness words count there. */
function aboutTime(row: IndicatorInput, t: ParsedValue): boolean {
  return row.level2.includes("时效") || (t.kind === "qualitative" && TIMELY_TARGET.test(t.text));
}

/** A share of the target done (完成任务的60% against ≥100亩): scored as that share of the target's figure, said as a
 *  review. */
function scoreShare(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  share: QuantityValue,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  const counted = showQuantity(share.value, t.unit);
  const said = { kind: "share-of-target" as const, actual: b.text, target: t.text, counted };
  return reviewedRow(row, said, t, share, w, ctx);
}

/** A number target answered in words: the one figure in the target's unit among them decides when there is one (said
 *  as a review: 11篇已完成 against ≥15篇), several that differ leave the row to a person; else the words decide (spec
 *  §3 qualitative), but full marks for a text holding a figure that could not be compared (完成3期专题 against ≥15篇)
 *  are never silent: a QUALITATIVE_REVIEW warning; and words without a figure (完成 against ≤30万元) say the band they
 *  gave (SCORED_BY_WORDS). */
function wordsForFigure(
  row: IndicatorInput,
  t: QuantityValue,
  actual: string,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  const words = readWords(actual, t.unit !== null);
  const inUnit = figuresInTargetUnit(words, t);
  if (inUnit?.kind === "one") {
    const other = otherMeasureReview(row, t, inUnit.found.value, words.s, actual, ctx.profile);
    if (other) return waitForPerson(cellAt(row.actual), row.row, other, ctx);
    const said = { kind: "figure-in-unit" as const, actual, figure: inUnit.found.figure, target: t.text };
    return reviewedRow(row, said, t, inUnit.found.value, w, ctx);
  }
  if (inUnit?.kind === "several") {
    const said = { kind: "figures-differ" as const, actual, figures: inUnit.figures, target: t.text };
    return waitForPerson(cellAt(row.actual), row.row, said, ctx);
  }
  if (inUnit?.kind === "undone") {
    const said = { kind: "undone" as const, actual, label: inUnit.label, target: t.text };
    return waitForPerson(cellAt(row.actual), row.row, said, ctx);
  }
  const ratio = inUnit ? null : countRatio(row.level3, words, t);
  if (ratio) return scoreRatio(row, t, actual, ratio, w, ctx);
  // a survey said done (已完成满意度调查) gives no level reached, work done with its money unpaid no rate of money spent
  if (surveyOnly(words.s, row.level3) || unpaidDone(words.s, row.level3, actual, t.text, ctx.profile))
    return waitForPerson(cellAt(row.score ?? row.actual), row.row, { kind: "no-band", actual, lead: null }, ctx);
  const res = scoreByWords(row, actual, t.text, w, ctx, { timely: aboutTime(row, t) });
  const hasFigure = HAS_DIGIT.test(words.s);
  if (res.met && hasFigure) {
    ctx.sink.add(
      "QUALITATIVE_REVIEW",
      cellAt(row.actual),
      { kind: "figure-by-words", actual, target: t.text },
      row.row,
    );
  } else if (!hasFigure && res.score !== null) {
    // a score a person gave words no band knows is theirs, said by its own review, not by the words
    // not where a grade below the name's lowered 达成 (合格 against 工程优良率): its review says the band
    const band = classifyQualitative(actual, t.text, ctx.profile).band;
    if (band !== null && (band === 0) === (res.met === true))
      ctx.sink.add("SCORED_BY_WORDS", cellAt(row.actual), { actual, band }, row.row);
  }
  return res;
}

/** A rate answered by two counts (验收10个，合格9个 against ≥95%): scored as the rate they make, said as a review. */
function scoreRatio(
  row: IndicatorInput,
  t: QuantityValue,
  actual: string,
  ratio: CountRatio,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  const counted = showQuantity(ratio.rate, t.unit);
  const { part, whole, complement } = ratio;
  const said = { kind: "count-ratio" as const, actual, part, whole, complement, counted };
  return reviewedRow(row, said, t, reachedInUnit(t, ratio.rate, actual), w, ctx);
}

/** A survey's grades (非常满意60%，满意35% against 群众满意度 ≥90%): scored as the satisfied grades' sum, said as a review
 *  naming the grades counted and those not. */
function scoreGrades(
  row: IndicatorInput,
  t: QuantityValue,
  actual: string,
  grades: SurveyGrades,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  const counted = showQuantity(grades.percent, t.unit);
  const said = { kind: "survey-grades" as const, actual, grades: grades.counted, left: grades.left, counted };
  return reviewedRow(row, said, t, reachedInUnit(t, grades.percent, actual), w, ctx);
}

/** A completed value read in a way its review says (`said`: a share, a ratio, grades, one figure among words), then
 *  scored as the figure `b` against `t`. */
function reviewedRow(
  row: IndicatorInput,
  said: FindingParams["QUALITATIVE_REVIEW"],
  t: QuantityValue,
  b: QuantityValue,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  ctx.sink.add("QUALITATIVE_REVIEW", cellAt(row.actual), said, row.row);
  return quantityRow(row, t, b, w, ctx);
}

/** A completed rate named as the other side of a pass or a fail (完好率97% against 设备故障率 ≤5%): scored turned round
 *  (3%), with a review that says so; null for any other completed value. */
function turnedRow(row: IndicatorInput, t: QuantityValue, b: QuantityValue, w: number, ctx: RowContext) {
  const rate = rateLabel(row.level3, t, b);
  if (rate?.kind !== "turned") return null;
  const { counted } = rate;
  const said = {
    kind: "change-words" as const,
    text: b.text,
    word: rate.measure,
    name: row.level3,
    counted: showQuantity(counted.value, counted.unit),
    reading: "complement" as const,
    whole: showQuantity(counted.value + b.value, b.unit),
  };
  return reviewedRow(row, said, t, counted, w, ctx);
}

/** A completed total whose labelled parts add up to another figure (省级3篇，市级8篇，共12篇: 11篇): scored by the total as
 *  written, the department's figure, with a review that the parts miss it. */
function partsBesideTotal(
  row: IndicatorInput,
  t: QuantityValue,
  actual: string,
  missed: NonNullable<ReturnType<typeof missedTotal>>,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  const total: QuantityValue = Object.assign({}, missed.total, { text: actual });
  delete total.remark;
  const said = {
    kind: "parts-summed" as const,
    actual,
    parts: missed.clauses,
    counted: showQuantity(missed.sum, total.unit),
    total: showQuantity(total.value, total.unit),
  };
  return reviewedRow(row, said, t, total, w, ctx);
}

/** The figure `value` reached, in the target's unit, as the completed text `actual` gives it (a ratio, a sum). */
function reachedInUnit(t: QuantityValue, value: number, actual: string): QuantityValue {
  return Object.assign({}, t, {
    comparator: null,
    comparatorSource: null,
    value,
    high: null,
    approximate: false,
    text: actual,
  });
}

/** A word target holding a figure the reader cannot take (M.8万元, 到0次) that the words do not decide either: the
 *  target is what cannot be read, so the finding is on it (TARGET_UNPARSEABLE), not on the completed value. */
function unreadableWordTarget(
  row: IndicatorInput,
  t: ParsedValue,
  b: ParsedValue,
  ctx: RowContext,
): IndicatorResult | null {
  if (t.kind !== "qualitative" || !holdsFigure(t.text)) return null;
  if (classifyQualitative(b.text, t.text, ctx.profile).band !== null) return null;
  ctx.sink.add(
    "TARGET_UNPARSEABLE",
    cellAt(row.target),
    { text: t.text, reason: { code: "FIGURE_IN_WORDS" } },
    row.row,
  );
  return NOT_SCORED;
}
