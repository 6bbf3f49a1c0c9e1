// A completed rate written with the direction of a change (下降3%, 同比增长10%, 较上年提高2%): against an indicator named
// for the opposite change (收入增长率 against 下降3%, 成本降低率 against 上升3%) the figure is a negative change.
import { EARLIER_COMPARED } from "../parse/remark";
import type { QuantityValue } from "../parse/types";

/** Words of a rise (增长, 提高 …) and of a fall (下降, 降低 …). */
export const UP_WORDS: readonly string[] = ["增长", "增加", "提高", "上升", "提升", "上涨", "增幅"];
export const DOWN_WORDS: readonly string[] = ["下降", "降低", "减少", "下滑", "回落", "下跌", "降幅"];
/** Both, as a regular expression's alternatives (增长|增加|…|降幅). */
export const CHANGE_WORDS_SOURCE = [...UP_WORDS, ...DOWN_WORDS].join("|");

/** Names of a change counted with its sign (三公经费变动率, 结转结余变化率): a fall is below zero, a rise above it. */
export const SIGNED_CHANGE = /(?:变动|变化|增减)(?:率|幅度)$/;

/** How a completed value's change word stands to its indicator's name. */
export interface ChangeWords {
  /** The change word the completed value writes (下降). */
  word: string;
  /** negative: the name measures the opposite change, so the figure counts below zero; unknown: the name says no
   *  direction, so whether it counts a change at all (满意度 against 较上年提高5%), and which way, is a guess; signed:
   *  the name counts a change with its sign (三公经费变动率), so a fall counts below zero as a matter of course. */
  reading: "negative" | "unknown" | "signed";
}

/** The direction (+1 up, -1 down) of the change word that comes last in `text`, with the word; null when none. */
function directionIn(text: string): { dir: 1 | -1; word: string } | null {
  let best: { dir: 1 | -1; word: string; at: number } | null = null;
  for (const [dir, words] of [[1, UP_WORDS] as const, [-1, DOWN_WORDS] as const])
    for (const word of words) {
      const at = text.lastIndexOf(word);
      if (at >= 0 && (!best || at > best.at)) best = { dir, word, at };
    }
  return best && { dir: best.dir, word: best.word };
}

/** What a percent completed value's change word (in its remark: 同比下降 before 3%; also a sum's, against a 变动率's 0)
 *  says against the indicator's name, or its target's when the name says no change (满意度 against 较上年提高2个百分点)
 *  or the target asks a change; null when it writes none, or one they agree with. */
export function changeWordsOf(name: string, t: QuantityValue, b: QuantityValue): ChangeWords | null {
  const target = t.text;
  // a sum or a count changed (较上年减少1万元) has the sign of its rate: enough against a signed change's 0
  const signedZero = SIGNED_CHANGE.test(name) && t.value === 0 && t.high === null;
  if (!b.remark || (b.unit?.family !== "percent" && !signedZero) || b.high !== null) return null;
  // a change with a figure of its own (同比提高5%，达到96%: 96% counted) is said of that figure, not the one counted,
  // and one from a level (由3万元降至2万元) is said of the level reached or counted in its working already
  if (/\d/.test(b.remark.note) || b.from !== undefined) return null;
  const said = directionIn(b.remark.note);
  if (!said) return null;
  // a target asking a change (下降5%) counts its size, so the completed value's change word is set against it
  const asked = asksChange(t) ? directionIn(t.remark!.note) : null;
  // a name counting a change with its sign (变动率), or a target below zero (≤-5%): a fall is below zero
  if ((SIGNED_CHANGE.test(name) || t.value < 0) && !asked)
    return said.dir === -1 ? { word: said.word, reading: "signed" } : null;
  const named = asked ?? directionIn(name) ?? directionIn(target);
  if (named) return named.dir === said.dir ? null : { word: said.word, reading: "negative" };
  return { word: said.word, reading: "unknown" };
}

/** A target that opens with a change word or a cut (压减, 节约), also after a comparison with the year before, the budget
 *  or the plan (下降1个百分点, 较上年降低10%, 同比增长5%, 压减5%, 较预算降低5%, 节约10%): the size of a change. */
const CHANGE_ASKED = new RegExp(
  `^(?:${EARLIER_COMPARED}|(?:较|比|与)(?:预算|计划)(?:相比)?)?(?:${CHANGE_WORDS_SOURCE}|压减|压缩|缩减|削减|精简|节约|节省)`,
);

/** Whether a target without a comparator asks for a change of its figure's size (下降1个百分点, 较上年降低10%; not
 *  ≤-5%): the words before its figure, read from the normalised text, say so. */
export function asksChange(t: QuantityValue): boolean {
  return t.remark !== undefined && CHANGE_ASKED.test(t.remark.note) && t.text.trim().startsWith(t.remark.note);
}

/** A completed figure below zero (-8%) with no change word of its own, against a target asking a fall (下降5%, 较上年
 *  降低5%): the size of the fall (8%), as the target counts it; null otherwise. */
export function fallSize(t: QuantityValue, b: QuantityValue): QuantityValue | null {
  if (b.value >= 0 || b.high !== null || b.remark || !asksChange(t)) return null;
  const asked = directionIn(t.remark!.note);
  return asked && asked.dir === -1 ? negativeChange(b) : null;
}

/** The completed value counted below zero (下降3% against 收入增长率: -3%). */
export function negativeChange(b: QuantityValue): QuantityValue {
  return Object.assign({}, b, { value: -b.value });
}

/** A change on an earlier year (较上年提高, 同比下降), or a change in percentage points (提高2个百分点), said of a percent
 *  completed value `b` without a figure of its own beside it: the words, or null. Such a figure is a difference, never
 *  the rate reached. */
export function earlierChangeOf(b: QuantityValue): string | null {
  if (!b.remark || b.unit?.family !== "percent" || /\d/.test(b.remark.note)) return null;
  const m = EARLIER_CHANGE.exec(b.remark.note);
  if (m) return m[0];
  const said = b.remark.figure.endsWith("百分点") ? directionIn(b.remark.note) : null;
  return said && said.word;
}

/** Words of a change on an earlier year: 较上年提高, 比去年同期下降, 与上年相比增长, 同比提高, 环比下降. */
const EARLIER_CHANGE = new RegExp(`${EARLIER_COMPARED}(?:${CHANGE_WORDS_SOURCE})`);
