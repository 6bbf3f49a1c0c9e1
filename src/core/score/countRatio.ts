// A rate answered by two counts instead of its percent (验收10个，合格9个 against 验收合格率 ≥95%; 发放问卷200份，满意
// 190份 against 群众满意度 ≥90%): the count named by the rate's measure (合格, 满意) out of the other is the rate reached.
// Words gave such rows full marks by 合格 or 满意, whatever the counts said.
import type { QuantityValue } from "../parse/types";
import { sameFamily, toBase } from "../parse/units";
import type { WordsRead } from "./figureInUnit";

/** The two counts and the rate they make, in percent to two decimals. */
export interface CountRatio {
  /** The count named by the measure, as written with it (合格9个). */
  part: string;
  /** The other count (10个). */
  whole: string;
  rate: number;
}

/** What a rate's name measures: the two characters before its final 率 or 度 (验收合格率 → 合格, 群众满意度 → 满意). */
function measureOf(name: string): string | null {
  const n = name.trim();
  return n.length >= 3 && (n.endsWith("率") || n.endsWith("度")) ? n.slice(-3, -1) : null;
}

/** The rate the two counts of the words `words` make against the percent target `t` of the rate `name`: exactly two
 *  figures in one
 *  count unit, one right after the name's measure word (合格9个, 满意的190份) and not above the other; null otherwise. */
export function countRatio(name: string, words: WordsRead, t: QuantityValue): CountRatio | null {
  const measure = t.unit?.family === "percent" ? measureOf(name) : null;
  if (!measure) return null;
  const { s, figures } = words;
  if (!figures || figures.length !== 2) return null;
  const [a, b] = figures;
  if (a.value.unit!.family !== "count" || !sameFamily(a.value.unit!, b.value.unit!)) return null;
  const named = figures.filter((f) => namedBy(s, f.at, measure));
  if (named.length !== 1) return null;
  const part = named[0];
  const whole = part === a ? b : a;
  const [p, w] = [toBase(part.value.value, part.value.unit), toBase(whole.value.value, whole.value.unit)];
  if (w <= 0 || p > w) return null;
  return {
    part: s.slice(part.at - measure.length - (s[part.at - 1] === "的" ? 1 : 0), part.at + part.figure.length),
    whole: whole.figure,
    // in hundredths of a percent, as it is shown (2 of 3: 66.67 %)
    rate: Math.round((p / w) * 10000) / 100,
  };
}

/** Whether the figure at `at` comes right after the measure word (合格9个), or after it and 的 (满意的190份). */
function namedBy(s: string, at: number, measure: string): boolean {
  const end = s[at - 1] === "的" ? at - 1 : at;
  return end >= measure.length && s.startsWith(measure, end - measure.length);
}
