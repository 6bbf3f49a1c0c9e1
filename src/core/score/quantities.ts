// Comparing a quantity target with a quantity completed value: units, then the spec §3 table as one strategy per
// comparator over one input object.
import type { Formula, FindingParams } from "../messages/params";
import type { Comparator, QuantityValue, Unit } from "../parse/types";
import { isPlaceUnit, PLACE_COUNTS, PLACE_UNIT } from "../parse/rank";
import { pointsAsPercent } from "./pointsAsPercent";
import { lookupUnit, sameFamily, toBase, unitForMultiplied } from "../parse/units";
import { fmtNumber } from "./rounding";
import { EQUAL_BAND, FLOAT_NOISE, SETTING_NOISE } from "./tolerances";

/** Target and completed value brought to one unit. */
export interface Aligned {
  /** Target and completed value in the family base (元, fraction, 次 ...). */
  a: number;
  b: number;
  high: number | null;
  /** The completed value's upper end when it is a range (8-12元), in the family base, and in the target's unit. */
  bHigh: number | null;
  numBHigh: number | null;
  /** Both in the target's unit, for messages (11 and 15, 99.49 and 100); shown with `showTarget` / `showActual`. */
  numA: number;
  numB: number;
  /** The unit both are shown in. */
  unit: Unit | null;
  /** The side whose missing unit was assumed, and what was assumed (UNIT_ASSUMED). */
  assumed: { on: "target" | "actual"; params: FindingParams["UNIT_ASSUMED"] } | null;
}

/** The target as a message shows it ("15篇"). */
export function showTarget(al: Aligned): string {
  return showQuantity(al.numA, al.unit);
}

/** The completed value in the target's unit, as a message shows it ("11篇"). */
export function showActual(al: Aligned): string {
  return showQuantity(al.numB, al.unit);
}

/** Text of a value with its unit, 30万人次 style for round ten-thousands of counts. */
export function showQuantity(value: number, unit: Unit | null): string {
  const u = unit?.text ?? "";
  if (unit && unit.family === "count" && value >= 10000 && value % 10000 === 0)
    return fmtNumber(value / 10000) + "万" + u;
  return fmtNumber(value, 4) + u;
}

/** Names of a rate (合格率, 群众满意度): two bare figures under one are a percent and a fraction of one. */
const RATE_NAME = /(?:率|满意度)$/;
const PERCENT: Unit = lookupUnit("%")!;

/** Two bare figures under a rate's name, one above 1 and one a fraction of 1 (95 against 0.96): the first read as a
 *  percent, so the fraction is read as one (alignQuantities says it); null otherwise. */
export function bareRate(name: string, t: QuantityValue, b: QuantityValue): [QuantityValue, QuantityValue] | null {
  if (t.unit || b.unit || !RATE_NAME.test(name) || t.high !== null || b.high !== null) return null;
  const [tv, bv] = [Math.abs(t.value), Math.abs(b.value)];
  if (tv > 1 && bv <= 1 && bv !== 0) return [Object.assign({}, t, { unit: PERCENT }), b];
  if (bv > 1 && tv <= 1 && tv !== 0) return [t, Object.assign({}, b, { unit: PERCENT })];
  return null;
}

/** Brings both sides to one unit; returns the two units when their families differ (UNIT_MISMATCH). */
export function alignQuantities(
  t: QuantityValue,
  b: QuantityValue,
): Aligned | { mismatch: FindingParams["UNIT_MISMATCH"] } {
  const { tu, bu, assumed } = assumeUnits(t, b);
  if (tu && bu && (!sameFamily(tu, bu) || workdaysApart(tu, bu)))
    return { mismatch: { targetUnit: tu.text, actualUnit: bu.text } };
  const scale = ownScale(tu, bu);
  const base = (v: number, u: Unit | null) => (scale ? v * scale(u!) : toBase(v, u));
  // a side read as a fraction (0.95 against a percent) is read in percent, a range's upper end as its lower end is
  const tScale = assumed?.params.kind === "target-fraction" ? 100 : 1;
  const bScale = assumed?.params.kind === "fraction" ? 100 : 1;
  const a = base(t.value * tScale, tu);
  const bb = base(b.value * bScale, bu);
  const high = t.high === null ? null : base(t.high * tScale, tu);
  const bHigh = b.high === null ? null : base(b.high * bScale, bu);
  // both shown in the target's unit; in the completed value's when the target's was taken from it (≤300万: 万元)
  const shown = assumed?.params.kind === "target-multiplied" ? bu : tu;
  const factor = shown ? (scale ? scale(shown) : shown.factor) : 1;
  const numBHigh = bHigh === null ? null : round6(bHigh / factor);
  return { a, b: bb, high, bHigh, numA: round6(a / factor), numB: round6(bb / factor), numBHigh, unit: shown, assumed };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The comparison counted at the completed value's upper end (a range 8-12元 under a ≤ target: 12元, the cautious
 *  end); `al` itself when the completed value is no range. */
export function atUpperEnd(al: Aligned): Aligned {
  return al.bHigh === null ? al : Object.assign({}, al, { b: al.bHigh, numB: al.numBHigh });
}
const MONTHS: Readonly<Record<string, number>> = { 月: 1, 个月: 1, 季度: 3, 个季度: 3, 年: 12 };

/** A calendar unit's length in months (月 1, 季度 3, 年 12), or null for any other unit. */
function monthsIn(u: Unit | null): number | null {
  return u && u.family === "duration" ? (MONTHS[u.text] ?? null) : null;
}

/** The scale two durations are compared in when days would mislead, or null: months, quarters and years in months
 *  (12个月 is 1年, not 360 days); weeks against working days in working days (a week is 5 of them, not 7). */
function ownScale(tu: Unit | null, bu: Unit | null): ((u: Unit) => number) | null {
  if (monthsIn(tu) !== null && monthsIn(bu) !== null) return (u) => monthsIn(u)!;
  return tu && bu && weeksAgainstWorkdays(tu, bu) ? (u) => (WEEKS.has(u.text) ? 5 : 1) : null;
}

const WEEKS: ReadonlySet<string> = new Set(["周", "星期", "个星期"]);

/** Whether one side counts weeks and the other working days (3周 against ≤15个工作日). */
function weeksAgainstWorkdays(tu: Unit, bu: Unit): boolean {
  return (WORKDAYS.has(tu.text) && WEEKS.has(bu.text)) || (WORKDAYS.has(bu.text) && WEEKS.has(tu.text));
}

/** The two sides' units, the one missing taken from the other side (a fraction against a percent read as one), and
 *  what was assumed. */
function assumeUnits(
  t: QuantityValue,
  b: QuantityValue,
): { tu: Unit | null; bu: Unit | null; assumed: Aligned["assumed"] } {
  const tu = t.unit;
  const bu = b.unit;
  if (tu && !bu) {
    if (isFractionOf(b, t, tu)) return { tu, bu: tu, assumed: { on: "actual", params: asFraction("fraction", b) } };
    const taken = b.multiplied ? unitForMultiplied(tu) : tu;
    return { tu, bu: taken, assumed: { on: "actual", params: takenUnit(b, tu, taken, "actual") } };
  }
  if (!tu && bu) {
    if (isFractionOf(t, b, bu))
      return { tu: bu, bu, assumed: { on: "target", params: asFraction("target-fraction", t) } };
    const taken = t.multiplied ? unitForMultiplied(bu) : bu;
    return { tu: taken, bu, assumed: { on: "target", params: takenUnit(t, bu, taken, "target") } };
  }
  if (!tu || !bu) return { tu, bu, assumed: null };
  // a count read as a place in a ranking, or points read as a percent
  const read = countAsPlace(t, b, tu, bu) ?? pointsAsPercent(t, b, tu, bu);
  if (read) return read;
  return { tu, bu, assumed: personsAsVisits(tu, bu) ?? workdaysAsDays(tu, bu) };
}

/** A count of 名 or 位 (8名, ≤10名) beside a place in a ranking (第8名, 前10名), or a percent beside a share (30% beside
 *  前50%): read as a place, which is said; null otherwise, or when the count asks for at least so many (≥10名 is people,
 *  never a place). */
function countAsPlace(
  t: QuantityValue,
  b: QuantityValue,
  tu: Unit,
  bu: Unit,
): { tu: Unit; bu: Unit; assumed: Aligned["assumed"] } | null {
  const [tPlace, bPlace] = [isPlaceUnit(tu), isPlaceUnit(bu)];
  if (tPlace === bPlace) return null;
  const [count, unit, place] = tPlace ? [b, bu, tu] : [t, tu, bu];
  const fits = place === PLACE_UNIT ? PLACE_COUNTS.has(unit.countKind) : unit.family === "percent";
  if (!fits || count.comparator === ">=" || count.comparator === ">") return null;
  const on = tPlace ? "actual" : "target";
  return { tu: place, bu: place, assumed: { on, params: { kind: "as-place", side: on, text: count.text } } };
}

/** Whether the bare figure `q` is a fraction of the percent `other` is written in (0.95 beside 96%): at most 1 where
 *  the percent is above 1 (spec §2: "0.95 typed as a fraction means 95%"). */
function isFractionOf(q: QuantityValue, other: QuantityValue, unit: Unit): boolean {
  return unit.family === "percent" && Math.abs(q.value) <= 1 && other.value > 1 && q.value !== 0;
}

/** UNIT_ASSUMED of a bare figure read as a fraction (0.95 as 95%). */
function asFraction(kind: "fraction" | "target-fraction", q: QuantityValue): FindingParams["UNIT_ASSUMED"] {
  return { kind, value: q.value, percent: round6(q.value * 100) };
}

/** Working days against another duration (≤30天 against 30个工作日): compared a working day as a day, or a week as
 *  5 of them, which is said. */
function workdaysAsDays(tu: Unit, bu: Unit): Aligned["assumed"] {
  if (tu.family !== "duration" || bu.family !== "duration") return null;
  const [t, b] = [WORKDAYS.has(tu.text), WORKDAYS.has(bu.text)];
  const week = weeksAgainstWorkdays(tu, bu);
  return t !== b
    ? { on: "actual", params: { kind: "workdays-as-days", target: tu.text, actual: bu.text, week } }
    : null;
}

const WORKDAYS: ReadonlySet<string> = new Set(["工作日", "个工作日"]);

/** Working days against calendar days (7个自然日 against ≤5个工作日: no day of one is a day of the other) or against a
 *  part of a day (小时, 分钟, 秒, 毫秒: a working day is not 24 hours, nor its 8 hours of work said): no comparison. */
function workdaysApart(tu: Unit, bu: Unit): boolean {
  if (WORKDAYS.has(tu.text) === WORKDAYS.has(bu.text)) return false;
  return (tu.text + bu.text).includes("自然日") || tu.factor < 1 || bu.factor < 1;
}

/** Units that count people, which 人次 (visits) is compared with as one count. */
const PERSONS: ReadonlySet<string> = new Set(["人", "名", "位"]);

/** Whether one count kind is of people (人, 名, 位) and the other of visits (人次). */
export function peopleAgainstVisits(a: string, b: string): boolean {
  return (a === "人次" && PERSONS.has(b)) || (b === "人次" && PERSONS.has(a));
}

/** People against visits (人 against 人次, or 人次 against 名): compared as one count, which is said; null otherwise. */
function personsAsVisits(tu: Unit, bu: Unit): Aligned["assumed"] {
  const mixed = peopleAgainstVisits(tu.countKind, bu.countKind);
  return mixed ? { on: "actual", params: { kind: "persons-as-visits", target: tu.text, actual: bu.text } } : null;
}

/** What UNIT_ASSUMED says when `side` (no unit) takes its unit from the other side's `unit` (as `taken`). */
function takenUnit(
  q: QuantityValue,
  unit: Unit,
  taken: Unit,
  side: "actual" | "target",
): FindingParams["UNIT_ASSUMED"] {
  if (q.multiplied)
    return {
      kind: `${side}-multiplied`,
      text: q.text,
      value: round6(toBase(q.value, taken) / unit.factor),
      unit: unit.text,
    };
  return {
    kind: side === "actual" ? "actual-in-target-unit" : "target-in-actual-unit",
    value: q.value,
    unit: unit.text,
  };
}

/** Everything one comparison looks at. */
export interface QuantityComparison {
  comparator: Comparator | "range";
  al: Aligned;
  weight: number;
  /** The completed value is approximate (1000多, >95%): it meets a strict comparator at the bound. */
  approximate: boolean;
  overAchievement: { threshold: number; deduct: boolean };
  /** A range on a lower-is-better row (a cost, a time limit): its upper bound in the target's unit; else null. */
  downTo?: number | null;
}

/** The outcome of one comparison: met or not, the raw score, over-achieved, and how a lower score was computed. */
export interface Comparison {
  met: boolean;
  raw: number;
  over: boolean;
  formula: Formula | null;
  /** A range's upper bound as written, when a lower-is-better row's completed value is above it. */
  above?: number;
}

const MET = (w: number): Comparison => ({ met: true, raw: w, over: false, formula: null });
const clamp = (w: number, raw: number) => Math.min(w, Math.max(0, raw));

/** ≥ A, > A: met when B reaches A; below, w × B / A; far above, the over-achievement rule. A floor at or below zero
 *  (≥0, ≥-5%: no fall, or a fall of at most 5 %) is missed by a larger fall: 0 under a floor of 0, w × A / B below. */
function atLeast(q: QuantityComparison): Comparison {
  const { a, b, numA, numB } = q.al;
  const w = q.weight;
  const strictMet = b > a + FLOAT_NOISE || (q.approximate && Math.abs(b - a) <= FLOAT_NOISE);
  const met = q.comparator === ">=" ? b >= a - FLOAT_NOISE : strictMet;
  if (!met) return a > 0 ? ratio(w, b, a, numB, numA) : belowFloor(w, a, b, numA, numB);
  const excess = a > 0 ? b / a - 1 - q.overAchievement.threshold : 0;
  const over = excess > SETTING_NOISE;
  return { met: true, raw: over && q.overAchievement.deduct ? w * Math.max(0, 1 - excess) : w, over, formula: null };
}

/** w × num / den as a shortfall's score, clamped to 0 … w, with its formula as written (`shown` figures). */
function ratio(w: number, num: number, den: number, shownNum: number, shownDen: number): Comparison {
  return {
    met: false,
    raw: clamp(w, (w * num) / den),
    over: false,
    formula: { kind: "ratio", num: shownNum, den: shownDen, weight: w },
  };
}

/** Below a floor `a` ≤ 0: the fall allowed over the fall made (w × A / B), or 0 under a floor of 0 (no fall allowed). */
function belowFloor(w: number, a: number, b: number, numA: number, numB: number): Comparison {
  if (a < 0) return ratio(w, a, b, numA, numB);
  return { met: false, raw: 0, over: false, formula: { kind: "zero-floor", target: numA } };
}

/** Above a cap `a` ≤ 0: under a cap below zero (≤-5%: a fall of at least 5 %), the fall made over the fall asked
 *  (w × B / A) while B is a fall; 0 for no fall or a rise, as for any excess over a cap of 0. */
function aboveCap(w: number, a: number, b: number, numA: number, numB: number): Comparison {
  if (a < 0 && b < 0) return ratio(w, b, a, numB, numA);
  return { met: false, raw: 0, over: false, formula: { kind: "zero-target", target: numA } };
}

/** ≤ A, < A: met when B stays within A (B = 0 always meets a cap of 0 or more); above, w × A / B; a cap at or below
 *  zero by aboveCap. */
function atMost(q: QuantityComparison): Comparison {
  const { a, b, numA, numB } = q.al;
  const w = q.weight;
  const strictMet = b < a - FLOAT_NOISE || (q.approximate && Math.abs(b - a) <= FLOAT_NOISE);
  if ((b === 0 && a >= 0) || (q.comparator === "<=" ? b <= a + FLOAT_NOISE : strictMet)) return MET(w);
  return a > 0 ? ratio(w, a, b, numA, numB) : aboveCap(w, a, b, numA, numB);
}

/** = A: met within the spec's 0.5 % band; otherwise w × min(A, B) / max(A, B). */
function equalTo(q: QuantityComparison): Comparison {
  const { a, b } = q.al;
  const w = q.weight;
  if (Math.abs(b - a) <= Math.abs(a) * EQUAL_BAND + FLOAT_NOISE) return MET(w);
  // two figures below zero (-5% against -3%) compare by size; figures either side of zero score 0
  const [x, y] = a < 0 && b < 0 ? [-a, -b] : [a, b];
  const hi = Math.max(x, y);
  return {
    met: false,
    raw: hi > 0 ? Math.max(0, (w * Math.min(x, y)) / hi) : 0,
    over: false,
    formula: { kind: "smaller-over-larger", weight: w },
  };
}

/** a–b: met inside the range; below, w × B / a; above, full marks with the over-achievement warning. On a
 *  lower-is-better row (`downTo`) the other way round: below is met, above scores w × b / B. Bounds at or below zero
 *  are a floor and a cap as in atLeast and atMost (-5%~-3% against -6%: w × -5 / -6). */
function inRange(q: QuantityComparison): Comparison {
  const { a, b, numA, numB } = q.al;
  const w = q.weight;
  const hi = q.al.high ?? a;
  if (b >= a - FLOAT_NOISE && b <= hi + FLOAT_NOISE) return MET(w);
  if (q.downTo != null) {
    if (b < a) return MET(w);
    if (hi <= 0) return Object.assign(aboveCap(w, hi, b, q.downTo, numB), { above: q.downTo });
    const formula: Formula = { kind: "above-range", num: q.downTo, den: numB, weight: w };
    return { met: false, raw: clamp(w, (w * hi) / b), over: false, formula, above: q.downTo };
  }
  if (b > hi) return { met: true, raw: w, over: true, formula: null };
  if (a <= 0) return belowFloor(w, a, b, numA, numB);
  return {
    met: false,
    raw: clamp(w, (w * b) / a),
    over: false,
    formula: { kind: "below-range", num: numB, den: numA, weight: w },
  };
}

const STRATEGIES: Record<Comparator | "range", (q: QuantityComparison) => Comparison> = {
  ">=": atLeast,
  ">": atLeast,
  "<=": atMost,
  "<": atMost,
  "=": equalTo,
  range: inRange,
};

/** Scores a completed value against a target by the spec §3 table. */
export function compareQuantity(q: QuantityComparison): Comparison {
  return STRATEGIES[q.comparator](q);
}
