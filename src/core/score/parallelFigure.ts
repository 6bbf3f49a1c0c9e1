// Two figures side by side in one completed value (上半年95%，下半年97%; 城区95%，农村90%): the scorer counts the first,
// and a person must confirm that it is the one that answers the target.
import { CLAUSE_END, yearEndAfter } from "../parse/partsTotal";
import { isCjkAt } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import {
  BARE_FIGURE,
  labelsPlanOrChange,
  labelsTotal,
  labelsUndone,
  NEGATED_MEASURE,
  PART_WORDS,
} from "../parse/remark";
import { normalizeValueText } from "../parse/normalize";
import { sameFamily, toBase } from "../parse/units";
import type { DeadlineValue, ParsedValue, QuantityValue } from "../parse/types";

/** The second of two labelled figures in one unit family (`下半年97%` after `上半年95%`, or after a bare one:
 *  `省级抽检85%` after `98%`), or null. The second must be named by words before it, the second must not open with a part or an addition (共培训120人，其中女性60人; 11篇，
 *  另有3篇在审): that is a remark on the first, and it must differ from the first (`b`, counted over the target's
 *  period). */
export function parallelFigure(b: QuantityValue | DeadlineValue): string | null {
  if (b.kind !== "quantity" || !b.remark || !b.unit) return null;
  const note = b.remark.note;
  // a bare figure, then another named by words (98%，省级抽检85%): which answers is as much a guess
  if (!isCjkAt(b.remark.figure, 0) && !(BARE_FIGURE.test(b.remark.figure) && isCjkAt(note, 0))) return null;
  // a total after its parts (上半年500人次，下半年600人次，合计1100人次): the parts are its breakdown, but the year's part of
  // a total over years (累计1050人次，其中本年度800人次) may be what the year's target asks
  const yearPart = YEAR_PART.test(note);
  if ((labelsTotal(b.remark.figure) || yearEndAfter(b.remark.figure, note)) && !yearPart) return null;
  const other = parseValue(note);
  if (other.kind !== "quantity" || other.unit === null || other.unitSource !== "text") return null;
  // the same figure said again (上半年96%，下半年96%; 20个，完成20个) leaves nothing to choose
  const again = !other.per && other.high === null && toBase(other.value, other.unit) === toBase(b.value, b.unit);
  // a bare figure said first, then the one labelled reached that was counted (20个，完成18个): which answers is a guess
  if (BARE_FIGURE.test(note) && b.text.startsWith(note)) return again ? null : note;
  const part = PART_WORDS.some((w) => note.startsWith(w)) && !yearPart;
  if (!isCjkAt(note, 0) || part || !sameFamily(other.unit, b.unit)) return null;
  // the plan or a change said beside the figure reached (实际800人次，计划1000人次; 累计800人次，较上年增加200人次) is the
  // target again or a difference, not a second figure
  if (labelsPlanOrChange(note)) return null;
  // work under way or not done beside what was done (已建成3个，在建1个) is the rest of the task, not a figure reached
  if (labelsUndone(note)) return null;
  if (again) return null;
  return restOfRate(b, other, note) ? null : note;
}

/** A part named as the year's (其中本年度800人次, 其中当年新增20个). */
const YEAR_PART = /^其中(?:本年度?|当年|今年)/;

/** Whether one of `b`'s rate and `other` (read from `note`) is named a negated rate and the two leave room for each
 *  other (满意度96%，不满意率4%; 不满意率4%，满意率96%; not 不满意率10% beside 96%): the survey's two sides, no second
 *  figure reached. Which side answers the indicator is the opposite-measure check's question. */
function restOfRate(b: QuantityValue, other: QuantityValue, note: string): boolean {
  if (b.unit!.family !== "percent" || other.unit!.family !== "percent" || other.high !== null) return false;
  const oneNegated = NEGATED_MEASURE.test(note) !== NEGATED_MEASURE.test(b.remark!.figure);
  return oneNegated && toBase(b.value, b.unit!) + toBase(other.value, other.unit!) <= 1 + 1e-9;
}

/** Words opening a clause before its figure (已发放45万元, 培训：1000人次). */
const CLAUSE_LABEL = /^([\u4e00-\u9fff]{2,8})[:：]?(?=\d)/;
/** Words saying a figure is done, not what was done (已, 实际, 累计, 共). */
const DONE_LEAD = /^(?:已经?|均已|实际|实|累计|共计?|合计|全部)/;
/** The most clauses of a completed value looked at. */
const MAX_CLAUSES = 8;

/** The verb a clause's label opens with after the words saying it was done (发放 in 已发放45万元), or null. */
function labelVerb(clause: string): string | null {
  const m = CLAUSE_LABEL.exec(clause);
  if (!m || labelsPlanOrChange(clause) || labelsUndone(clause)) return null;
  const verb = m[1].replace(DONE_LEAD, "").slice(0, 2);
  return verb.length === 2 ? verb : null;
}

/** The one clause of a completed value `b` of several whose label opens with a verb the indicator's `name` holds
 *  (已发放45万元 under 发放资金, where 下达50万元 was counted), read by `read` as the figure reached in `b`'s unit family,
 *  the other clauses its remark; null when the clause counted is not the first, is so labelled, or not exactly one
 *  other is. */
export function clauseNamed(name: string, b: QuantityValue, read: (s: string) => ParsedValue): QuantityValue | null {
  const s = b.remark && b.unit ? normalizeValueText(b.text) : "";
  // only the first clause counted: a later one was chosen as reached (计划…，实际800人次; 覆盖率较上年提高…，达到92%)
  if (!s.startsWith(b.remark?.figure ?? "\n")) return null;
  const clauses = s.split(CLAUSE_END, MAX_CLAUSES + 1);
  const named = (c: string) => {
    const verb = labelVerb(c);
    return verb !== null && name.includes(verb);
  };
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES || named(clauses[0])) return null;
  const hits = clauses.filter(named);
  const v = hits.length === 1 ? read(hits[0]) : null;
  if (!v || v.kind !== "quantity" || v.unitSource !== "text" || v.comparator !== null || v.high !== null) return null;
  if (!sameFamily(v.unit!, b.unit!)) return null;
  const note = clauses.filter((c) => c !== hits[0]).join("，");
  return Object.assign({}, v, { text: b.text, remark: { figure: hits[0], note } });
}
