// The basis a figure is counted per (元/人, 人均增收, 每户): a target per person and a completed value per household
// (人均增收 ≥500元 against 户均增收1200元, ≥500元/人 against 1200元/户) do not compare, though both are in 元. The reader
// keeps a figure's unit without its denominator, so without this they were compared as they stood.
import { normalizeValueText } from "../parse/normalize";
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
function basisNamed(word: string): Basis | null {
  const fixed = BASIS_KEY[word];
  if (fixed) return { key: fixed, text: fixed };
  const u = lookupUnit(word);
  if (!u || u.family === "duration" || u.family === "percent" || u.family === "money") return null;
  return { key: u.family === "count" ? `count:${u.countKind}` : `${u.family}:${u.factor}`, text: word };
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
  if (t === null || b === null || t.key === b.key) return null;
  return { targetUnit: `${unit.target}/${t.text}`, actualUnit: `${unit.actual}/${b.text}` };
}
