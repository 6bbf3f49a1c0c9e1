// The basis a figure is counted per (元/人, 人均增收, 每户): a target per person and a completed value per household
// (人均增收 ≥500元 against 户均增收1200元, ≥500元/人 against 1200元/户) do not compare, though both are in 元. The reader
// keeps a figure's unit without its denominator, so without this they were compared as they stood. Bases in units of one
// measure convert (6.4元/公斤 is 3.2元/斤).
import { normalizeValueText } from "../parse/normalize";
import type { FindingParams } from "../messages/params";
import type { QuantityValue, Unit } from "../parse/types";
import { lookupUnit } from "../parse/units";

/** Bases that count the same thing under other names, as one key: a person (人, 人次, 名, 生 …), a household, a bed.
 *  Other bases are keyed by their unit (亩, 公顷, 斤, 公斤, 台, 套): per 斤 is no price per 公斤. */
const BASIS_KEY: Readonly<Record<string, string>> = {
  人: "人",
  人次: "人",
  名: "人",
  位: "人",
  生: "人",
  学生: "人",
  户: "户",
  家: "户",
  床: "床",
};
/** The words after a unit's slash (元/户, 元/公斤, 万元/公顷), up to four characters. */
const AFTER_UNIT = /\/([^/\d\s,，;；、:：()（）·]{1,4})/;
const MAY_SAY_BASIS = /[/／均每]/;
const BEFORE_FIGURE = /(?:(人|生|户|亩|床)均|每(人次|平方米|人|名|生|户|家|亩|床))/;

/** A basis: the key two bases compare by, and the words shown for it (户, 公斤). */
export interface Basis {
  key: string;
  text: string;
  /** A basis in a unit of measure (斤, 亩): its family and factor, so one converts into another; null for a group or
   *  a count. */
  measure: { family: string; factor: number } | null;
}

/** The basis a text counts per (人 for 元/人, 人均, 每人; 户 for 户均; 公斤 for 元/公斤), or null when it says none. */
export function basisOf(text: string): Basis | null {
  // most values say no basis: one look at the raw text passes them by
  if (!MAY_SAY_BASIS.test(text)) return null;
  const s = normalizeValueText(text);
  const after = AFTER_UNIT.exec(s);
  const basis = after ? basisAfterSlash(after[1]) : null;
  if (basis) return basis;
  const m = BEFORE_FIGURE.exec(s);
  return m ? basisNamed(m[1] ?? m[2]) : null;
}

/** The basis that the words after a slash start with (人天 → 人, 公斤), longest first; null for a period (/月, /年: a
 *  period of its own, score/periods.ts) or no unit. */
function basisAfterSlash(words: string): Basis | null {
  for (let n = words.length; n >= 1; n--) {
    const basis = basisNamed(words.slice(0, n));
    if (basis) return basis;
  }
  return null;
}

/** The basis a word names: the person, household or bed group, else a unit keyed by its family and size (亩 and 公顷
 *  differ, ㎡ and 平方米 agree), a count by its kind; null for no unit, a time, a share or money. */
export function basisNamed(word: string): Basis | null {
  const fixed = BASIS_KEY[word];
  if (fixed) return { key: fixed, text: fixed, measure: null };
  const u = lookupUnit(word);
  if (!u || u.family === "duration" || u.family === "percent" || u.family === "money") return null;
  if (u.family === "count") return { key: `count:${u.countKind}`, text: word, measure: null };
  return { key: `${u.family}:${u.factor}`, text: word, measure: { family: u.family, factor: u.factor } };
}

/** How the completed value's basis stands against the target's: in another unit of the same measure (元/公斤
 *  against 元/斤), `per` its figure's factor into the target's basis; else a mismatch naming both units with their bases
 *  (元/人, 元/户). Null when they agree or one says none (the target's basis from its text, else from the indicator's
 *  name: 人均增收). */
export function compareBases(
  name: string,
  target: string,
  actual: string,
  unit: { target: string; actual: string },
): { per: { factor: number; basis: string } } | { mismatch: { targetUnit: string; actualUnit: string } } | null {
  const b = basisOf(actual);
  const t = b === null ? null : (basisOf(target) ?? basisOf(name));
  if (t === null || b === null || t.key === b.key) return null;
  if (t.measure && b.measure && t.measure.family === b.measure.family)
    return { per: { factor: t.measure.factor / b.measure.factor, basis: t.text } };
  return { mismatch: { targetUnit: `${unit.target}/${t.text}`, actualUnit: `${unit.actual}/${b.text}` } };
}

/** `b` restated per the target's basis (6.4元/公斤 per 斤: 3.2元), and what UNIT_ASSUMED says of it: the figure in the
 *  target's unit (`shown`: 元 for 4.8万元/亩 against 元/平方米). */
export function perTargetBasis(
  b: QuantityValue,
  per: { factor: number; basis: string },
  shown: Unit,
): { b: QuantityValue; said: FindingParams["UNIT_ASSUMED"] } {
  const value = b.value * per.factor;
  const high = b.high === null ? null : b.high * per.factor;
  const k = b.unit && b.unit.family === shown.family ? b.unit.factor / shown.factor : 1;
  const unit = `${k === 1 ? (b.unit?.text ?? "") : shown.text}/${per.basis}`;
  const said = {
    kind: "per-basis" as const,
    text: b.text,
    value: value * k,
    high: high === null ? null : high * k,
    unit,
  };
  return { b: Object.assign({}, b, { value, high }), said };
}
