// The quantity path of one row (spec §2–3): direction, assumptions said, the comparison, over-achievement, shortfall.
import { inferTargetDirection } from "../direction";
import { isPlaceUnit } from "../parse/rank";
import { asksChange } from "./changeWords";
import type { FindingParams } from "../messages/params";
import type { Comparator, QuantityValue } from "../parse/types";
import type { Profile } from "../profile";
import type { IndicatorInput } from "../tables/readTable";
import { figureLeftOpen, relationOf } from "./figureSide";
import { cellAt } from "./findingSink";
import {
  atUpperEnd,
  compareQuantity,
  showActual,
  showQuantity,
  showTarget,
  type Aligned,
  type Comparison,
} from "./quantities";
import { negativeUnderLimit } from "./negativeFigure";
import { waitForPerson } from "./personScore";
import { noReasonIn } from "./reasonCell";
import { fromHundredths, toHundredths } from "./rounding";
import { FLOAT_NOISE } from "./tolerances";
import type { IndicatorResult, RowContext } from "./scoreIndicator";

/** The target's comparator, or the one inferred from the indicator's name (said as DIRECTION_INFERRED). */
function comparatorOf(row: IndicatorInput, t: QuantityValue, al: Aligned, ctx: RowContext): Comparator | "range" {
  if (t.high !== null) return "range";
  if (t.comparator) return t.comparator;
  // a place in a ranking (全省第一, or 10名 read as one beside 第8名) is better the smaller it is: no assumption
  if (isPlaceUnit(al.unit)) return "<=";
  // the size of a change asked (下降1个百分点, 降低10%): at least that large, whichever way the indicator runs
  if (asksChange(t)) {
    const said = { target: t.text, comparator: ">=" as const, basis: "change" as const, keyword: null };
    ctx.sink.add("DIRECTION_INFERRED", cellAt(row.target), said, row.row);
    return ">=";
  }
  const d = inferTargetDirection(row.level2, row.level3, t.value, ctx.profile, t.unit?.family === "duration");
  const basis =
    d.reason === "zero" || d.reason === "time-limit" || d.reason === "negative"
      ? d.reason
      : d.keyword
        ? "keyword"
        : d.reason === "cost-category"
          ? "cost-category"
          : "default";
  ctx.sink.add(
    "DIRECTION_INFERRED",
    cellAt(row.target),
    { target: t.text, comparator: d.comparator, basis, keyword: d.keyword },
    row.row,
  );
  return d.comparator;
}

/** Whether a completed value is a bound (≥95%, ≤300万元: copied from the target, or said so): it counts as its figure. */
const isBound = (b: QuantityValue) =>
  !b.approximate && !b.reached && b.comparatorSource === "prefix" && (b.comparator === ">=" || b.comparator === "<=");

/** APPROXIMATE_VALUE: a completed value that is a range, an approximation or a bound counts as the figure shown (a
 *  range at its lower end, or at its upper end under a ≤ target: `top`). */
function noteApproximation(row: IndicatorInput, b: QuantityValue, al: Aligned, top: boolean, ctx: RowContext): void {
  const bound = isBound(b);
  if (b.high !== null || b.approximate || bound) {
    const kind = b.high !== null ? (top ? "range-top" : "range") : bound ? "bound" : "approximate";
    ctx.sink.add("APPROXIMATE_VALUE", cellAt(row.actual), { kind, text: b.text, counted: showActual(al) }, row.row);
  }
}

/** The row's reason cell when it holds no reason (empty, or a placeholder: 无, /): where an over-achievement's reason
 *  must be written. */
function emptyReasonCell(row: IndicatorInput, profile: Profile): { row: number; col: number } | null {
  const r = row.reason;
  return r && noReasonIn(r, profile) ? cellAt(r) : null;
}

/** OVER_ACHIEVED, measured from a range's upper bound or from the target. */
function overParams(
  t: QuantityValue,
  al: Aligned,
  cmp: Comparator | "range",
  score: number,
  ctx: RowContext,
): FindingParams["OVER_ACHIEVED"] {
  if (cmp === "range") {
    const percent = al.high! > 0 ? (al.b / al.high! - 1) * 100 : null;
    return { kind: "range", actual: showActual(al), range: t.text, high: showQuantity(t.high!, al.unit), percent };
  }
  const oa = ctx.profile.overAchievement;
  const deducted = oa.action === "deduct" ? fromHundredths(score) : null;
  return {
    kind: "above",
    actual: showActual(al),
    target: showTarget(al),
    percent: al.a > 0 ? (al.b / al.a - 1) * 100 : null,
    threshold: oa.threshold,
    deducted,
  };
}

/** A completed figure exactly at a strict bound (3次 against ＞3次: not above it), within the noise atLeast and atMost
 *  allow, or null. */
function atBound(cmp: Comparator | "range", al: Aligned): "at-floor" | "at-cap" | null {
  if ((cmp !== ">" && cmp !== "<") || Math.abs(al.b - al.a) > FLOAT_NOISE) return null;
  return cmp === ">" ? "at-floor" : "at-cap";
}

function shortfallOf(cmp: Comparator | "range", al: Aligned, c: Comparison, score: number): IndicatorResult["why"] {
  const aboveRange = c.above ?? null;
  const relation =
    atBound(cmp, al) ??
    (cmp === "<=" || cmp === "<" || aboveRange !== null ? "above" : cmp === "=" ? "differs" : "below");
  return {
    kind: "quantity",
    actual: showActual(al),
    relation,
    target: aboveRange !== null ? showQuantity(aboveRange, al.unit) : showTarget(al),
    formula: c.formula!,
    score: fromHundredths(score),
  };
}

/** A completed value whose side (不到90% against ≥90%) leaves its figure unable to score the row: a QUALITATIVE_REVIEW
 *  asking for the figure reached, and the row waits for a person. Null when the figure can score it. */
function openFigure(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  al: Aligned,
  cmp: Comparator | "range",
  ctx: RowContext,
): IndicatorResult | null {
  const relation = relationOf(b);
  if (!figureLeftOpen(cmp, al, relation)) return null;
  const params = {
    kind: "figure-open" as const,
    actual: b.text,
    relation: relation!,
    figure: showActual(al),
    target: t.text,
  };
  return waitForPerson(cellAt(row.actual), row.row, params, ctx);
}

/** Scores a quantity target against a quantity completed value brought to one unit (`aligned`). */
export function scoreQuantity(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  aligned: Aligned,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  if (aligned.assumed) {
    const ref = aligned.assumed.on === "target" ? row.target : row.actual;
    ctx.sink.add("UNIT_ASSUMED", cellAt(ref), aligned.assumed.params, row.row);
  }
  const cmp = comparatorOf(row, t, aligned, ctx);
  const down = cmp === "range" && runsDown(row, t, ctx.profile);
  // a completed range counts at its cautious end: the upper one under a ≤ target (8-12元 against ≤10元 is 12元), or
  // under a range on a lower-is-better row
  const top = aligned.bHigh !== null && (cmp === "<=" || cmp === "<" || down);
  const al = top ? atUpperEnd(aligned) : aligned;
  const open = openFigure(row, t, b, al, cmp, ctx);
  if (open) return open;
  if (negativeUnderLimit(row, t, b, al, cmp))
    return waitForPerson(cellAt(row.actual), row.row, { kind: "negative", actual: b.text, target: t.text }, ctx);
  noteApproximation(row, b, al, top, ctx);
  const oa = ctx.profile.overAchievement;
  const c = compareQuantity({
    comparator: cmp,
    al,
    weight: w,
    approximate: b.approximate,
    overAchievement: { threshold: oa.threshold, deduct: oa.action === "deduct" },
    downTo: down ? t.high : null,
  });
  const score = toHundredths(c.raw, ctx.profile.scoreRounding);
  if (c.over) {
    // on the empty reason cell, where the reason must be written; the score cell it concerns gets the note too
    const reason = emptyReasonCell(row, ctx.profile);
    ctx.sink.add(
      "OVER_ACHIEVED",
      reason ?? cellAt(row.score ?? row.actual),
      overParams(t, al, cmp, score, ctx),
      row.row,
      reason ? cellAt(row.score) : null,
    );
  }
  if (c.met) return { status: "scored", score, met: true, why: null };
  return { status: "scored", score, met: false, why: shortfallOf(cmp, al, c, score) };
}

/** Whether the row's indicator is lower-is-better (a cost, 人均…费, a time limit in a 时效 row), as a bare target's
 *  direction is inferred: a range target on it is a band to stay under (3000-5000元 against 5200元 is an overrun). */
function runsDown(row: IndicatorInput, t: QuantityValue, profile: Profile): boolean {
  const duration = t.unit?.family === "duration";
  // a range across zero (-2%~2%) is a band around no change, not a fall asked: its upper bound decides
  const v = t.value < 0 && t.high !== null && t.high > 0 ? t.high : t.value;
  return inferTargetDirection(row.level2, row.level3, v, profile, duration).comparator === "<=";
}
