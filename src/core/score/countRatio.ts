// A rate answered by two counts instead of its percent (验收10个，合格9个 against 验收合格率 ≥95%; 发放问卷200份，满意
// 190份 against 群众满意度 ≥90%): the count named by the rate's measure (合格, 满意) out of the other is the rate reached;
// out of both when the other is named by the negated measure (满意170人，不满意30人). Sums of money answer a rate the
// same way (预算500万元，拨付480万元). Words gave such rows full marks by 合格 or 满意, whatever the counts said.
import type { QuantityValue } from "../parse/types";
import { sameFamily, toBase } from "../parse/units";
import { withoutClosingNote } from "../text";
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

/** Characters that turn a measure word round (不合格, 未满意 is rare but reads the same): only these two, not all of
 *  negation.ts's NEGATIONS. */
const MEASURE_NEGATIONS = "不未";

/** What a rate's name measures: the two characters before its final 率 or 度 (验收合格率 → 合格, 群众满意度（%） →
 *  满意). */
function measureOf(name: string): string | null {
  const n = withoutClosingNote(name);
  return n.length >= 3 && (n.endsWith("率") || n.endsWith("度")) ? n.slice(-3, -1) : null;
}

/** The rate the two counts (or sums of money) of the words `words` make against the percent target `t` of the rate
 *  `name`: exactly two figures in one unit family, one named by the name's measure word (合格9个, 满意的190份,
 *  45批次合格, 拨付480万元) and not above the other, which is the whole (验收10个, 应到位500万元) or, named by the
 *  negated word, the rest (不合格1个); null otherwise. */
export function countRatio(name: string, words: WordsRead, t: QuantityValue): CountRatio | null {
  const measure = t.unit?.family === "percent" ? measureOf(name) : null;
  if (!measure) return null;
  const { s, figures } = words;
  if (!figures || figures.length !== 2) return null;
  const [a, b] = figures;
  const family = a.value.unit!.family;
  if ((family !== "count" && family !== "money") || !sameFamily(a.value.unit!, b.value.unit!)) return null;
  const named = figures.map((f) => namedByAny(s, f, measure));
  const parts = named.filter((n) => n !== null && n.role === "part");
  if (parts.length !== 1) return null;
  const first = named[0] === parts[0];
  const [part, other] = first ? [a, b] : [b, a];
  const rest = named[first ? 1 : 0];
  const complement = rest !== null && rest.role === "complement" ? rest.label : null;
  const p = toBase(part.value.value, part.value.unit);
  const q = toBase(other.value.value, other.value.unit);
  // 合格45批次，不合格5批次: the two make the whole; 验收50批次，合格45批次: the other is the whole
  const w = complement ? p + q : q;
  if (w <= 0 || p > w) return null;
  return {
    part: parts[0]!.label,
    whole: other.figure,
    complement,
    // in hundredths of a percent, as it is shown (2 of 3: 66.67 %)
    rate: Math.round((p / w) * 10000) / 100,
  };
}

/** A verb of checking between a figure and the measure word naming it (验收 in 11个验收合格); not a word of a subset
 *  (复检, 新增, 当年, 整改: 3批次复检合格 are not all that passed). */
const GAP_BEFORE_MEASURE = /^(?:验收|检测|检验|抽检|评定|考核|鉴定|审核)/;

/** A figure with the measure word naming it, and what it counts: the part the rate measures (合格9个), the rest
 *  (不合格1个: the word negated) or the whole (应到位500万元: the word as owed). */
interface Named {
  label: string;
  role: "part" | "complement" | "whole";
}

/** Words of doing a thing in time, said for 及时 (a 及时率 is answered by 按时拨付11笔); each may stand before its verb. */
const IN_TIME = ["及时", "按时", "按期", "如期", "准时"];

/** The figure `f` named by the measure word or, for 及时, by a word of doing in time, also before a verb of two
 *  characters (按时拨付11笔); null when none names it. */
function namedByAny(s: string, f: PlacedFigure, measure: string): Named | null {
  if (measure !== "及时") return namedBy(s, f, measure);
  for (const word of IN_TIME) {
    const named = namedBy(s, f, word);
    if (named) return named;
    const verb = f.at - 2;
    const before =
      verb >= word.length && /^[\u4e00-\u9fff]{2}$/.test(s.slice(verb, f.at)) && s.startsWith(word, verb - word.length);
    if (before && MEASURE_NEGATIONS.indexOf(s[verb - word.length - 1]) < 0)
      return { label: s.slice(verb - word.length, f.at + f.figure.length), role: "part" };
  }
  return null;
}

/** The figure `f` with the measure word naming it: right before it (合格9个, 不合格1个, 应覆盖20个), before it and 的
 *  (满意的190份), or right after it (45批次合格, 30人不满意); null when the word does not name it. */
function namedBy(s: string, f: PlacedFigure, measure: string): Named | null {
  const after = f.at + f.figure.length;
  // right after it, or after a verb of checking (11个验收合格 for 合格)
  const gap = GAP_BEFORE_MEASURE.exec(s.slice(after, after + 2 + measure.length));
  const at = gap && s.startsWith(measure, after + gap[0].length) ? after + gap[0].length : after;
  if (s.startsWith(measure, at)) return { label: s.slice(f.at, at + measure.length), role: "part" };
  if (MEASURE_NEGATIONS.indexOf(s[after]) >= 0 && s.startsWith(measure, after + 1)) {
    return { label: s.slice(f.at, after + 1 + measure.length), role: "complement" };
  }
  const end = s[f.at - 1] === "的" ? f.at - 1 : f.at;
  if (end < measure.length || !s.startsWith(measure, end - measure.length)) return null;
  const before = s[end - measure.length - 1];
  const role = MEASURE_NEGATIONS.indexOf(before) >= 0 ? "complement" : before === "应" ? "whole" : "part";
  return { label: s.slice(end - measure.length - (role === "part" ? 0 : 1), after), role };
}
