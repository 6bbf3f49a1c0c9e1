// Comparing a quantity target with a quantity completed value: units, direction, the score formula (spec §2–3).
import type { Comparator, QuantityValue, Unit } from "../parse/types";
import { sameFamily, toBase } from "../parse/units";
import { fmtNumber } from "./rounding";
import type { Text2 } from "./findingSink";

/** Target and completed value brought to one unit. */
export interface Aligned {
  /** Target and completed value in the family base (元, fraction, 次 ...). */
  a: number;
  b: number;
  high: number | null;
  /** Both in the target's unit, for messages (11 and 15, 99.49 and 100); shown with `showTarget` / `showActual`. */
  numA: number;
  numB: number;
  /** The unit both are shown in. */
  unit: Unit | null;
  assumed: { on: "target" | "actual"; text: Text2 } | null;
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
  if (unit && unit.family === "count" && value >= 10000 && value % 10000 === 0) return fmtNumber(value / 10000) + "万" + u;
  return fmtNumber(value, 4) + u;
}

/** Brings both sides to one unit; returns a mismatch message when the families differ. */
export function alignQuantities(t: QuantityValue, b: QuantityValue): Aligned | { mismatch: Text2 } {
  let tu = t.unit;
  let bu = b.unit;
  let bv = b.value;
  const tv = t.value;
  let assumed: Aligned["assumed"] = null;
  if (tu && !bu) {
    if (tu.family === "percent" && bv <= 1 && tv > 1 && bv !== 0) {
      bv = bv * 100;
      assumed = { on: "actual", text: { zh: `实际完成值${fmtNumber(b.value, 4)}按小数理解为${fmtNumber(bv, 4)}%`, en: `Completed value ${fmtNumber(b.value, 4)} read as the fraction ${fmtNumber(bv, 4)}%` } };
    } else {
      assumed = { on: "actual", text: { zh: `实际完成值${fmtNumber(bv, 4)}未写单位，按年度指标值的单位“${tu.text}”理解`, en: `Completed value ${fmtNumber(bv, 4)} has no unit; read in the target's unit "${tu.text}"` } };
    }
    bu = tu;
  } else if (!tu && bu) {
    assumed = { on: "target", text: { zh: `年度指标值${fmtNumber(tv, 4)}未写单位，按实际完成值的单位“${bu.text}”理解`, en: `Target ${fmtNumber(tv, 4)} has no unit; read in the completed value's unit "${bu.text}"` } };
    tu = bu;
  }
  if (tu && bu && !sameFamily(tu, bu)) {
    return {
      mismatch: {
        zh: `年度指标值的单位“${tu.text}”与实际完成值的单位“${bu.text}”不一致，无法比较，请统一计量单位`,
        en: `Target unit "${tu.text}" and completed-value unit "${bu.text}" differ; cannot compare`,
      },
    };
  }
  const a = toBase(tv, tu);
  const bb = toBase(bv, bu);
  const high = t.high === null ? null : toBase(t.high, tu);
  // display both in the target's unit
  const factorT = tu ? tu.factor : 1;
  const numB = bb / factorT;
  return { a, b: bb, high, numA: tv, numB: round6(numB), unit: tu, assumed };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The outcome of one comparison: met or not, the raw score, and an explanation. */
export interface Comparison {
  met: boolean;
  raw: number;
  over: boolean;
  formula: Text2 | null;
}

/** Scores a completed value against a target by the spec §3 table. */
export function compareQuantity(
  cmp: Comparator | "range",
  al: Aligned,
  w: number,
  approx: boolean,
  threshold: number,
  deduct: boolean,
): Comparison {
  const { a, b } = al;
  const A = al.numA;
  const B = al.numB;
  const W = fmtNumber(w);
  if (cmp === "range") {
    const hi = al.high ?? a;
    if (b >= a - 1e-12 && b <= hi + 1e-12) return { met: true, raw: w, over: false, formula: null };
    if (b > hi) return { met: true, raw: w, over: true, formula: null };
    const raw = a > 0 ? (w * b) / a : 0;
    return { met: false, raw, over: false, formula: { zh: `低于区间下限，按${fmtNumber(B, 4)}/${fmtNumber(A, 4)}×${W}`, en: `below the range, ${fmtNumber(B, 4)}/${fmtNumber(A, 4)}×${W}` } };
  }
  if (cmp === ">=" || cmp === ">") {
    const met = cmp === ">=" ? b >= a - 1e-12 : b > a + 1e-12 || (approx && Math.abs(b - a) <= 1e-12);
    if (met || a <= 0) {
      const ratio = a > 0 ? b / a - 1 : 0;
      const over = a > 0 && ratio > threshold + 1e-9;
      const raw = over && deduct ? w * Math.max(0, 1 - (ratio - threshold)) : w;
      return { met: true, raw, over, formula: null };
    }
    const raw = Math.min(w, Math.max(0, (w * b) / a));
    return { met: false, raw, over: false, formula: { zh: `按${fmtNumber(B, 4)}/${fmtNumber(A, 4)}×${W}`, en: `${fmtNumber(B, 4)}/${fmtNumber(A, 4)}×${W}` } };
  }
  if (cmp === "<=" || cmp === "<") {
    const met = b === 0 || (cmp === "<=" ? b <= a + 1e-12 : b < a - 1e-12 || (approx && Math.abs(b - a) <= 1e-12));
    if (met) return { met: true, raw: w, over: false, formula: null };
    if (a <= 0) return { met: false, raw: 0, over: false, formula: { zh: `年度指标值为${fmtNumber(A, 4)}，超出即`, en: `a target of ${fmtNumber(A, 4)} scores 0 when exceeded` } };
    const raw = Math.min(w, Math.max(0, (w * a) / b));
    return { met: false, raw, over: false, formula: { zh: `按${fmtNumber(A, 4)}/${fmtNumber(B, 4)}×${W}`, en: `${fmtNumber(A, 4)}/${fmtNumber(B, 4)}×${W}` } };
  }
  const tol = Math.abs(a) * 0.005;
  if (Math.abs(b - a) <= tol + 1e-12) return { met: true, raw: w, over: false, formula: null };
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const raw = hi > 0 ? Math.max(0, (w * lo) / hi) : 0;
  return { met: false, raw, over: false, formula: { zh: `按较小值/较大值×${W}`, en: `smaller/larger×${W}` } };
}
