// A value given as two bounds, one from each side (≥90%且≤100%, 不低于90%，不高于100%, 90%≤X≤100%, 90%以上且100%以下,
// 不少于3次不超过5次):
// the range between them, as a-b is (spec §2 range).
import { isCjkAt, PREFIX_COMPARATORS, SUFFIXES } from "./normalize";
import { sameFamily } from "./units";
import type { ParsedValue, QuantityValue, UnreadableValue } from "./types";

/** Words and marks that join a lower and an upper bound (≥90%且≤100%), longest first. */
const JOINERS: readonly string[] = ["并且", "而且", "同时", "且", "和", "与", ",", ";", "、"];
/** A bound on each side of a named quantity: 90%≤X≤100%, 90%<满意度≤100% (what stands between is at most 8 characters). */
const BETWEEN = /^([^≤<]+)(≤|<=|<)[^\d≤<]{1,8}(≤|<=|<)([^≤<]+)$/;

/** Whether `q` is a bound from below (≥, >, 以上) or above (≤, <, 以下) written with its figure; null when it is
 *  neither. */
function sideOf(q: ParsedValue): "low" | "high" | null {
  if (q.kind !== "quantity" || q.high !== null) return null;
  if (q.comparatorSource !== "prefix" && q.comparatorSource !== "suffix") return null;
  if (q.comparator === ">=" || q.comparator === ">") return "low";
  return q.comparator === "<=" || q.comparator === "<" ? "high" : null;
}

/** The range from `lo` to `hi`, the unit one of them writes (the same family when both do); null when they cannot
 *  be one range (other units), unreadable when the lower bound is above the upper (≥5次且≤3次). */
function rangeOf(lo: QuantityValue, hi: QuantityValue, text: string): QuantityValue | UnreadableValue | null {
  if (lo.unit && hi.unit && (!sameFamily(lo.unit, hi.unit) || lo.unit.factor !== hi.unit.factor)) return null;
  const unit = lo.unit ?? hi.unit;
  if (lo.value > hi.value)
    return { kind: "unreadable", text, reason: { code: "RANGE_REVERSED", low: lo.value, high: hi.value } };
  const unitSource = lo.unit ? lo.unitSource : hi.unitSource;
  return {
    kind: "quantity",
    comparator: null,
    comparatorSource: null,
    value: lo.value,
    high: hi.value,
    unit,
    unitSource,
    approximate: false,
    text,
  };
}

/** Suffix bounds a first bound may end with before a second one's figure (3次以上5次以下). */
const SIDED_SUFFIXES: readonly string[] = SUFFIXES.filter(([w, c]) => c !== null && w.length > 1).map(([w]) => w);

/** Whether a second bound starts at `i` with no joiner before it: a comparator word (不少于3次不超过5次, ≥3次≤5次; not
 *  a one-character word such as 超, which begins longer words), or a figure after a suffix bound (3次以上5次以下). */
function boundStartsAt(s0: string, i: number): boolean {
  if (/[\d.]/.test(s0[i])) return SIDED_SUFFIXES.some((w) => s0.startsWith(w, i - w.length));
  return PREFIX_COMPARATORS.some(([word]) => (word.length > 1 || !isCjkAt(word, 0)) && s0.startsWith(word, i));
}

/** The longest text searched for two bounds (a budget: each joiner tried reads both sides again, so a long text
 *  would cost its length squared; `不低于90%，不高于100%` is 15 characters). */
const MAX_BOUNDS_TEXT = 64;

/** The range two bounds of `s0` give, read with `read` (the cell's own reader); null when `s0` holds no such pair
 *  (or is longer than MAX_BOUNDS_TEXT). */
export function readBounds(
  s0: string,
  text: string,
  read: (part: string) => ParsedValue,
): QuantityValue | UnreadableValue | null {
  if (s0.length > MAX_BOUNDS_TEXT) return null;
  const between = BETWEEN.exec(s0);
  if (between) {
    const lo = read((between[2] === "<" ? ">" : "≥") + between[1]);
    const hi = read(between[3] + between[4]);
    if (sideOf(lo) === "low" && sideOf(hi) === "high") return rangeOf(lo as QuantityValue, hi as QuantityValue, text);
  }
  for (let i = 1; i < s0.length - 1; i++) {
    const joiner = JOINERS.find((j) => s0.startsWith(j, i)) ?? (boundStartsAt(s0, i) ? "" : null);
    if (joiner === null) continue;
    const [a, b] = [read(s0.slice(0, i)), read(s0.slice(i + joiner.length))];
    const [sa, sb] = [sideOf(a), sideOf(b)];
    if (sa === null || sb === null || sa === sb) continue;
    const [lo, hi] = (sa === "low" ? [a, b] : [b, a]) as [QuantityValue, QuantityValue];
    return rangeOf(lo, hi, text);
  }
  return null;
}
