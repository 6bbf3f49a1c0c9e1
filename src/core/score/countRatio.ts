// A rate answered by two counts instead of its percent (验收10个，合格9个 against 验收合格率 ≥95%; 发放问卷200份，满意
// 190份 against 群众满意度 ≥90%): the count named by the rate's measure (合格, 满意) out of the other is the rate reached.
// Words gave such rows full marks by 合格 or 满意, whatever the counts said.
import type { QuantityValue } from "../parse/types";
import { sameFamily, toBase } from "../parse/units";
import type { PlacedFigure, WordsRead } from "./figureInUnit";

/** The two counts and the rate they make, in percent to two decimals. */
export interface CountRatio {
  /** The count named by the measure, as written with it (合格9个, 45批次合格). */
  part: string;
  /** The other count: the whole (10个), or the complement (不合格1个) when it is named so. */
  whole: string;
  /** The other count with the negated measure word (不合格1个), when the two counts make the whole; else null. */
  complement: string | null;
  rate: number;
}

/** Characters that turn a measure word round (不合格, 未满意 is rare but reads the same). */
const NEGATIONS = "不未";

/** A unit or note in brackets closing a name (验收合格率（%）, 满意度(%)). */
const CLOSING_BRACKETS = /\s*[（(][^（）()]{0,8}[)）]\s*$/;

/** What a rate's name measures: the two characters before its final 率 or 度 (验收合格率 → 合格, 群众满意度（%） →
 *  满意). */
function measureOf(name: string): string | null {
  const n = name.trim().replace(CLOSING_BRACKETS, "");
  return n.length >= 3 && (n.endsWith("率") || n.endsWith("度")) ? n.slice(-3, -1) : null;
}

/** The rate the two counts of the words `words` make against the percent target `t` of the rate `name`: exactly two
 *  figures in one count unit, one named by the name's measure word (合格9个, 满意的190份, 45批次合格) and not above
 *  the other; null otherwise. */
export function countRatio(name: string, words: WordsRead, t: QuantityValue): CountRatio | null {
  const measure = t.unit?.family === "percent" ? measureOf(name) : null;
  if (!measure) return null;
  const { s, figures } = words;
  if (!figures || figures.length !== 2) return null;
  const [a, b] = figures;
  if (a.value.unit!.family !== "count" || !sameFamily(a.value.unit!, b.value.unit!)) return null;
  const named = figures.map((f) => namedBy(s, f, measure));
  const positive = named.filter((n) => n !== null && !n.negated);
  if (positive.length !== 1) return null;
  const [part, other] = named[0] === positive[0] ? [a, b] : [b, a];
  const complement = named[0] === positive[0] ? named[1] : named[0];
  const p = toBase(part.value.value, part.value.unit);
  const q = toBase(other.value.value, other.value.unit);
  // 合格45批次，不合格5批次: the two make the whole; 验收50批次，合格45批次: the other is the whole
  const w = complement ? p + q : q;
  if (w <= 0 || p > w) return null;
  return {
    part: positive[0]!.label,
    whole: other.figure,
    complement: complement ? complement.label : null,
    // in hundredths of a percent, as it is shown (2 of 3: 66.67 %)
    rate: Math.round((p / w) * 10000) / 100,
  };
}

/** A figure with the measure word naming it, and whether a negation turns the word round (不合格5批次). */
interface Named {
  label: string;
  negated: boolean;
}

/** The figure `f` with the measure word naming it: right before it (合格9个, 不合格1个), before it and 的 (满意的190份),
 *  or right after it (45批次合格, 30人不满意); null when the word does not name it. */
function namedBy(s: string, f: PlacedFigure, measure: string): Named | null {
  const after = f.at + f.figure.length;
  if (s.startsWith(measure, after)) return { label: s.slice(f.at, after + measure.length), negated: false };
  if (NEGATIONS.indexOf(s[after]) >= 0 && s.startsWith(measure, after + 1)) {
    return { label: s.slice(f.at, after + 1 + measure.length), negated: true };
  }
  const end = s[f.at - 1] === "的" ? f.at - 1 : f.at;
  if (end < measure.length || !s.startsWith(measure, end - measure.length)) return null;
  const negated = NEGATIONS.indexOf(s[end - measure.length - 1]) >= 0;
  return { label: s.slice(end - measure.length - (negated ? 1 : 0), after), negated };
}
