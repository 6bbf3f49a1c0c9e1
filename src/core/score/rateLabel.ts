// A completed percent labelled with a rate's name (开工率100%, 完好率97%, 差评率5%) against an indicator named as a rate
// (项目完工率, 设备故障率, 群众满意度): it was scored as the indicator's own rate, whatever the label said. The label's rate
// word (the two characters before 率, 比例, 占比 …) is set against the name: the indicator's own rate or a synonym keeps
// scoring; the other side of a pass or a fail (完好 against 故障, 合格 against 不合格) is turned round (100 − x); the other
// side of a survey (差评, 不满意) and any other rate wait for a person.
import { gradeOf } from "../gradeLadder";
import { normalizeValueText } from "../parse/normalize";
import type { QuantityValue } from "../parse/types";
import { toBase } from "../parse/units";
import { withoutClosingNote } from "../text";

/** A rate's name right before a figure, with the words that may join them (开工率100%, 不满意人数占8%, 合格率达98%). */
const LABEL = /([\u4e00-\u9fff]{1,12}?)(?:率|比例|占比|比重|占)(?:为|是|达到|达|约|[:：])?\s*[\d.]/;
/** What is counted, after the rate's word (不满意人数占, 合格人数比例, 不合格者占): not part of the word. */
const COUNTED = /(?:人数|户数|人次|数量|次数|家数|者|的|数|人|户)+$/;
/** A name measuring a rate (项目完工率, 群众满意度, 报销比例). */
const RATE_NAME = /(?:率|度|比例|占比|比重)$/;
/** A word negating the rate word after it (不合格, 未达标, 非正常). */
const NEGATION = /[不未非]/;

/** Rate words that name one measure (执行率 for 项目完成率, 合格率 for 水质达标率); a word may sit in more than one. */
const SYNONYMS: readonly (readonly string[])[] = [
  ["完成", "执行", "实施", "完工"],
  ["执行", "支出", "支付", "使用"],
  ["合格", "达标", "通过", "及格"],
  ["到位", "拨付"],
  ["拨付", "支付"],
  ["成活", "存活"],
  ["满意", "好评"],
];
/** The two sides of one whole: a pass or a fail (turned round, 100 − x) or, `survey`, the sides of a survey with grades
 *  between them (基本满意: not turned round). */
const OPPOSITES: readonly { good: readonly string[]; bad: readonly string[]; survey?: true }[] = [
  { good: ["完好"], bad: ["故障", "损坏", "损毁", "破损"] },
  { good: ["合格", "及格", "通过"], bad: ["挂科"] },
  { good: ["成活", "存活"], bad: ["死亡"] },
  { good: ["达标"], bad: ["超标"] },
  { good: ["满意", "好评"], bad: ["差评"], survey: true },
];
/** Survey words: their negation (不满意) is not the whole rest either. */
const SURVEY = ["满意", "好评"];

/** How a completed rate's label stands to the indicator: turned round (`counted`, 100 − x), the opposite side of a
 *  survey, or another measure; the label's rate name is `measure`. */
export type RateLabel =
  { kind: "turned"; measure: string; counted: QuantityValue } | { kind: "opposite" | "other"; measure: string };

/** The label's rate word, read from the figure's own words: its name (不满意人数占), its two-character word (满意) and
 *  whether a word before it negates it; null when it has no word of two characters. */
function labelOf(figure: string): { measure: string; word: string; negated: boolean } | null {
  const m = LABEL.exec(figure.length > 64 ? figure.slice(0, 64) : figure);
  if (!m) return null;
  const head = m[1].replace(COUNTED, "");
  if (head.length < 2) return null;
  const word = head.slice(-2);
  const measure = m[0].replace(/(?:为|是|达到|达|约|[:：])?\s*[\d.]$/, "");
  return { measure, word, negated: NEGATION.test(head.charAt(head.length - 3)) };
}

/** Whether `name` holds `word` negated (合格 in 不合格率). */
function negatedIn(name: string, word: string): boolean {
  const at = name.indexOf(word);
  return at > 0 && NEGATION.test(name.charAt(at - 1));
}

/** The rate word of a name (验收 in 项目竣工验收率): its two characters before the rate's suffix. */
function nameWord(name: string): string {
  return name.replace(RATE_NAME, "").slice(-2);
}

/** How `b`'s percent, labelled with a rate's name in its own words, stands to the indicator's rate (`level3`, `t` a
 *  percent); null when it has no label, the indicator is not named as a rate, or the label names its own rate. */
export function rateLabel(level3: string, t: QuantityValue, b: QuantityValue): RateLabel | null {
  if (b.unit?.family !== "percent" || t.unit?.family !== "percent") return null;
  const name = withoutClosingNote(level3).trim();
  if (!RATE_NAME.test(name)) return null;
  // the figure's own words: its clause, or the words before it (不满意人数占8%: read as a remark before 8%)
  const r = b.remark;
  const words = r && normalizeValueText(b.text).includes(r.note + r.figure) ? r.note + r.figure : r ? r.figure : b.text;
  const label = labelOf(normalizeValueText(words));
  if (label === null) return null;
  const { measure, word } = label;
  const own = nameWord(name);
  // the name's own word or a synonym of its rate word: the same measure, or its other side when one is negated
  const same = name.includes(word) ? word : SYNONYMS.some((g) => g.includes(word) && g.includes(own)) ? own : null;
  if (same !== null) {
    if (label.negated === negatedIn(name, same)) return null;
    return SURVEY.includes(word) ? { kind: "opposite", measure } : turned(measure, b);
  }
  const pair = OPPOSITES.find(
    (o) =>
      (o.good.includes(word) && o.bad.some((w) => name.includes(w))) ||
      (o.bad.includes(word) && o.good.some((w) => name.includes(w) && !negatedIn(name, w))),
  );
  if (pair && !label.negated) return pair.survey ? { kind: "opposite", measure } : turned(measure, b);
  return higherGrade(word, own, t, b) ? null : { kind: "other", measure };
}

/** Whether the label's word is a better grade than the name's (优良 against 合格) and its figure meets the target
 *  asking at least (优良率98% against 合格率 ≥95%): the indicator's rate is at least as high. */
function higherGrade(word: string, own: string, t: QuantityValue, b: QuantityValue): boolean {
  const [got, asked] = [gradeOf(word), gradeOf(own)];
  if (got === null || asked === null || got.ladder !== asked.ladder || got.rank >= asked.rank) return false;
  const atLeast = t.comparator !== "<=" && t.comparator !== "<";
  return atLeast && toBase(b.value, b.unit) >= toBase(t.high ?? t.value, t.unit);
}

/** The other side of `b`'s percent (完好率97%: 3%), counted with no remark; the opposite side, not turned, when `b` is a
 *  range or bound (≥97%). */
function turned(measure: string, b: QuantityValue): RateLabel {
  if (b.high !== null || b.comparator !== null || b.unit === null) return { kind: "opposite", measure };
  const whole = 1 / toBase(1, b.unit);
  const value = Math.round((whole - b.value) * 1e9) / 1e9;
  const counted: QuantityValue = Object.assign({}, b, { value });
  delete counted.remark;
  return { kind: "turned", measure, counted };
}
