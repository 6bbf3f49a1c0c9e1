// A completed value written as a fraction of two figures (19/20, 合格19个/20个, 到位资金90万元/100万元) against a percent
// target: the first over the second, said as counts answering a rate are (QUALITATIVE_REVIEW count-ratio). 19/20 was
// unreadable and 90万元/100万元 words for a person. Against a count of the second figure (≥20个), the first is the
// count done.
import { normalizeValueText } from "../parse/normalize";
import type { FindingParams } from "../messages/params";
import type { QuantityValue } from "../parse/types";
import type { CountRatio } from "./countRatio";

/** Words, a figure and its unit, a slash, a figure and its unit (the same, or none on one side). */
const FRACTION = /^([\u4e00-\u9fff]{0,8})(\d[\d,]*(?:\.\d+)?)([^\d/.,]{0,4})\/(\d[\d,]*(?:\.\d+)?)([^\d/.,]{0,4})$/;

/** The rate a fraction says against percent target `t` (in `t`'s unit), with its two figures as written; null when
 *  `text` is no such fraction, its units differ, or its first figure is larger than its second (2021/12 is a date). */
export function fractionRatio(t: QuantityValue, text: string): CountRatio | null {
  if (t.unit?.family !== "percent") return null;
  const m = FRACTION.exec(normalizeValueText(text));
  if (!m) return null;
  const [, label, a, unitA, b, unitB] = m;
  if (unitA !== "" && unitB !== "" && unitA !== unitB) return null;
  const [part, whole] = [Number(a.replace(/,/g, "")), Number(b.replace(/,/g, ""))];
  if (!(whole > 0) || part > whole) return null;
  const rate = part / whole / t.unit.factor;
  return { part: `${label}${a}${unitA}`, whole: `${b}${unitB || unitA}`, complement: null, rate };
}

/** The count done that a fraction says against a target of its second figure (19/20 against ≥20个: 19个), in the
 *  target's unit, with what to say of it; null when `text` is no such fraction, or its second figure is not the
 *  target's (19/25 against ≥20个). */
export function fractionOfTarget(
  t: QuantityValue,
  text: string,
): { b: QuantityValue; said: FindingParams["UNIT_ASSUMED"] } | null {
  if (t.unit === null || t.unit.family === "percent" || t.high !== null) return null;
  const m = FRACTION.exec(normalizeValueText(text));
  if (!m) return null;
  const [, , a, unitA, b, unitB] = m;
  const unit = t.unit.text;
  if ((unitA !== "" && unitA !== unit) || (unitB !== "" && unitB !== unit)) return null;
  const [part, whole] = [Number(a.replace(/,/g, "")), Number(b.replace(/,/g, ""))];
  if (whole !== t.value || part > whole) return null;
  const done: QuantityValue = Object.assign({}, t, { comparator: null, comparatorSource: null, value: part, text });
  delete done.remark;
  const said = { kind: "fraction-of-target" as const, text, part: `${a}${unit}`, whole: `${b}${unit}` };
  return { b: done, said };
}
