// The basis a figure is counted per (元/人, 人均增收, 每户): a target per person and a completed value per household
// (人均增收 ≥500元 against 户均增收1200元, ≥500元/人 against 1200元/户) do not compare, though both are in 元. The reader
// keeps a figure's unit without its denominator, so without this they were compared as they stood.
import { normalizeValueText } from "../parse/normalize";

/** Bases said after a unit (元/户) or before a figure (户均, 每户), with the ones that count the same thing as one key:
 *  a person (人, 人次, 名, 生 …), a household, a mu of land, a square metre, a bed. */
const BASIS_KEY: Readonly<Record<string, string>> = {
  人: "人",
  人次: "人",
  名: "人",
  位: "人",
  生: "人",
  学生: "人",
  户: "户",
  家: "户",
  亩: "亩",
  平方米: "平方米",
  "㎡": "平方米",
  m2: "平方米",
  床: "床",
};
const AFTER_UNIT = /\/(人次|学生|平方米|人|名|位|生|户|家|亩|㎡|m2|床)(?![\u4e00-\u9fff])/;
const MAY_SAY_BASIS = /[/／均每]/;
const BEFORE_FIGURE = /(?:(人|生|户|亩|床)均|每(人次|平方米|人|名|生|户|家|亩|床))/;

/** The basis a text counts per (人 for 元/人, 人均, 每人; 户 for 户均), or null when it says none. */
export function basisOf(text: string): string | null {
  // most values say no basis: one look at the raw text passes them by
  if (!MAY_SAY_BASIS.test(text)) return null;
  const s = normalizeValueText(text);
  const m = AFTER_UNIT.exec(s) ?? BEFORE_FIGURE.exec(s);
  if (!m) return null;
  return BASIS_KEY[m[1] ?? m[2]] ?? null;
}

/** The target's and the completed value's units with their bases (元/人, 元/户) when both are said and differ (the
 *  target's from its text, else from the indicator's name: 人均增收); null when they agree or one says none. */
export function basisMismatch(
  name: string,
  target: string,
  actual: string,
  unit: { target: string; actual: string },
): { targetUnit: string; actualUnit: string } | null {
  const b = basisOf(actual);
  const t = b === null ? null : (basisOf(target) ?? basisOf(name));
  if (t === null || b === null || t === b) return null;
  return { targetUnit: `${unit.target}/${t}`, actualUnit: `${unit.actual}/${b}` };
}
