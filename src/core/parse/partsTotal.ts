// A total said after its parts (上半年500人次，下半年600人次，合计1100人次) or after a figure per period (每月1次，共10次):
// the figure reached, what came before it its remark.
import { labelsTotal, PART_WORDS, totalAfter } from "./remark";
import type { ParsedValue, QuantityValue, Remark, Unit } from "./types";
import { sameFamily, toBase } from "./units";

/** Words of work in some state, done or not (完成, 在建, 未, 待, 计划): no label of a part of a total. */
const STATE_LABEL = /完成|完工|建成|在建|在审|正在|未|尚|待|拟|计划|预计|应/;
/** Words, then a figure, maybe bounded (上半年500人次, 城区≥5个): the label and the figure. */
const LABELLED_FIGURE = /^([\u4e00-\u9fff]{1,8})([≥≤]?\d.*)$/;

/** Whether `v` is a figure with its own unit written (3篇, not 3 nor 3篇（含转载）) in `unit`'s family: a part's or a
 *  clause's figure that may stand for the whole or add to it. */
export function figureInFamily(v: ParsedValue, unit: Unit): v is QuantityValue {
  return v.kind === "quantity" && !v.remark && v.unitSource === "text" && sameFamily(v.unit!, unit);
}

/** A total said last after labelled parts (上半年500人次，下半年600人次，合计1100人次): the total (合计1100人次, in the unit
 *  family of `head`, read from `figure`), its clause, the clauses of the parts, their sum in its unit and whether a
 *  count's or an amount's parts miss it (a rate's need not add up); null when the remark ends in no such total. */
function partsThenTotal(
  head: QuantityValue,
  figure: string,
  note: string,
  read: (text: string) => ParsedValue,
): { total: QuantityValue; figure: string; clauses: string[]; sum: number; misses: boolean } | null {
  const after = head.unit ? totalAfter(note) : null;
  if (!after) return null;
  const done = read(after.total);
  if (done.kind !== "quantity" || done.unitSource !== "text" || !done.unit || !sameFamily(done.unit, head.unit!))
    return null;
  const clauses = [figure, ...after.before];
  const parts = clauses.map((c) => labelledPart(c, done.unit!, read));
  if (parts.some((p) => p === null)) return null;
  const base = parts.reduce((a, p) => a + toBase(p!.value, p!.unit), 0);
  const misses =
    done.unit.family !== "percent" && Math.abs(base - toBase(done.value, done.unit)) > 1e-9 * Math.abs(base);
  const sum = Math.round((base / toBase(1, done.unit)) * 1e6) / 1e6;
  return { total: done, figure: after.total, clauses, sum, misses };
}

/** The total said last after parts that add up to it (上半年500人次，下半年600人次，合计1100人次: 合计1100人次), or after
 *  parts per period, which need not (上半年每月50人次，下半年每月60人次，共1000人次: the year's), with the parts as its
 *  remark; null otherwise. `read` reads a clause's figure as the value reader does. */
export function totalOf(
  head: QuantityValue,
  figure: string,
  note: string,
  read: (text: string) => ParsedValue,
): { value: QuantityValue; figure: string; note: string } | null {
  const said = partsThenTotal(head, figure, note, read);
  const counted = said && (!said.misses || said.clauses.some(perPeriod));
  return counted ? { value: said.total, figure: said.figure, note: said.clauses.join("，") } : null;
}

/** Whether a part is a figure per period (上半年每月50人次): no share of the total. */
const perPeriod = (clause: string) => clause.includes("每");

/** The total written after two labelled parts or more of a completed value or a target `b` (its first clause and
 *  remark) that do not add up to it (省级3篇，市级8篇，共12篇: 共12篇, the parts' 11篇), none per period (每月); null otherwise. */
export function missedTotal(
  b: QuantityValue,
  read: (text: string) => ParsedValue,
): { total: QuantityValue; clauses: string[]; sum: number } | null {
  const said = b.remark ? partsThenTotal(b, b.remark.figure, b.remark.note, read) : null;
  if (!said?.misses || said.clauses.length < 2 || said.clauses.some(perPeriod)) return null;
  return said;
}

/** The year's count said without a word of total (全年10次), after a period that converts to the year. */
const YEAR_COUNT = /^全年\d/;
const TO_THE_YEAR: ReadonlySet<string> = new Set(["half-month", "month", "two-months", "quarter", "half-year"]);

/** The year's total said after a count per month, quarter or half-year (每月1次，共10次, 全年10次: 10次), in the same unit family
 *  and itself per no period, with the figure per period as its remark; null otherwise. A rate per period is no count. */
export function yearTotalOf(
  head: QuantityValue,
  figure: string,
  note: string,
  read: (text: string) => ParsedValue,
): { value: QuantityValue; figure: string; note: string } | null {
  if (!head.per || head.per === "year" || !head.unit || head.unit.family === "percent") return null;
  // 全年52次 after 每周1次 would meet a weekly target with a yearly count it cannot compare
  if (!labelsTotal(note) && !(YEAR_COUNT.test(note) && TO_THE_YEAR.has(head.per))) return null;
  const done = read(note.replace(/^全年/, ""));
  const ok = done.kind === "quantity" && !done.per && !done.remark && done.unitSource === "text";
  return ok && done.unit && sameFamily(done.unit, head.unit) ? { value: done, figure: note, note: figure } : null;
}

/** A time before the year's end (6月底, 三季度末, 上半年) and the year's end (12月底, 年末, 全年, 四季度末; not 四季度, which
 *  may be the quarter's own figure) labelling a figure. */
const BEFORE_YEAR_END =
  /^(?:(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)月(?:底|末|份)?|第?[一二三1-3]季度末?|上半年|前三季度|年中)(?:前)?/;
const YEAR_END = /^(?:12月(?:底|末|31日)?|十二月(?:底|末)?|第?[四4]季度末|年底|年末|年终|全年)(?:前)?/;
/** Where a clause ends, in a normalised text or in the milestones joined again with a full-width comma. */
export const CLAUSE_END = /[,;。，；]/;

/** Whether clause `last` is labelled with the year's end and every clause `earlier` with a time before it. */
const yearEndLast = (last: string, earlier: readonly string[]) =>
  YEAR_END.test(last) && earlier.every((c) => BEFORE_YEAR_END.test(c));

/** Whether a figure (全年96%) is the year's end said after milestones (`note`: 6月底50%，9月底80%), its remark. */
export const yearEndAfter = (figure: string, note: string) => yearEndLast(figure, note.split(CLAUSE_END));

/** Words saying a figure is as of a time (截至9月底80%). */
const AS_OF = /^(?:截至|截止|至|到)/;

/** Whether a completed value is counted by a clause labelled with a time before the year's end (6月底55%) or by a
 *  figure whose remark is only such a time (9月底80%, 80%（截至9月底）), `counted` its remark, against a target read by
 *  its year's end after milestones (`t`'s remark): no year's figure. */
export function shortOfYearEnd(t: Remark | undefined, counted: Remark): boolean {
  if (!t || !yearEndAfter(t.figure, t.note) || yearEndAfter(counted.figure, counted.note)) return false;
  const note = counted.note.replace(AS_OF, "");
  return BEFORE_YEAR_END.test(counted.figure.replace(AS_OF, "")) || BEFORE_YEAR_END.exec(note)?.[0] === note;
}

/** The clause of a completed text `b` (normalised) labelled with the time before the year's end a target `t` is
 *  labelled with (三季度末70% in 三季度末70%，年末100% against 三季度末≥75%), its figure and the other clauses; null
 *  otherwise. */
export function clauseOfPeriod(t: string, b: string): PickedClause | null {
  const m = BEFORE_YEAR_END.exec(t);
  const asked = t.split(CLAUSE_END);
  // milestones ending at the year's end (6月底≥50%，12月底100%) ask the year's end
  if (!m || yearEndLast(asked.pop()!, asked)) return null;
  const clauses = b.split(CLAUSE_END);
  const i = clauses.findIndex((c) => c.startsWith(m[0]));
  return clauses.length < 2 || i < 0 ? null : pickedClause(clauses, i, m[0].length);
}

/** A year labelling a clause (2021年, 2021年度). */
const YEAR_LEAD = /^((?:19|20)\d{2})年度?/;

/** The clause of a completed text `b` (normalised) labelled with the table's year when another clause is labelled with
 *  another year (2020年5公里，2021年15公里 in a 2021 table), its figure (15公里) and the other clauses; null otherwise. */
export function clauseOfTableYear(b: string, tableYear: number | null): PickedClause | null {
  if (tableYear === null) return null;
  const clauses = b.split(CLAUSE_END);
  const years = clauses.map((c) => YEAR_LEAD.exec(c));
  const i = years.findIndex((m) => m !== null && Number(m[1]) === tableYear);
  if (i < 0 || !years.some((m) => m !== null && Number(m[1]) !== tableYear)) return null;
  return pickedClause(clauses, i, years[i]![0].length);
}

/** One clause of a completed text picked as the figure's: the clause, its figure after its label, the other clauses. */
export interface PickedClause {
  clause: string;
  figure: string;
  rest: string;
}

function pickedClause(clauses: readonly string[], i: number, label: number): PickedClause {
  return { clause: clauses[i], figure: clauses[i].slice(label), rest: clauses.filter((_, k) => k !== i).join("，") };
}

/** The year's end figure said after milestones before it (6月底≥50%，9月底≥75%，12月底100%: 12月底100%), in `head`'s unit
 *  family, the milestones its remark: what a year's completed value answers; null otherwise. */
export function yearEndOf(
  head: QuantityValue,
  figure: string,
  note: string,
  read: (text: string) => ParsedValue,
): { value: QuantityValue; figure: string; note: string } | null {
  const clauses = note.split(CLAUSE_END);
  const last = clauses.pop()!;
  const earlier = [figure].concat(clauses);
  if (!head.unit || !yearEndLast(last, earlier)) return null;
  const done = read(last.replace(YEAR_END, ""));
  return figureInFamily(done, head.unit) ? { value: done, figure: last, note: earlier.join("，") } : null;
}

/** A part before a total: a label of a time or a place, not of a part or an addition (其中, 另有) nor of work in some
 *  state (在建, 未完成, 计划), then only a figure in `unit`'s family (上半年500人次, 农村6个; not 另有3篇, 3篇在审,
 *  完成8个 beside 在建2个); null when the clause is no such part. */
function labelledPart(clause: string, unit: Unit, read: (text: string) => ParsedValue): QuantityValue | null {
  const m = LABELLED_FIGURE.exec(clause);
  if (!m || PART_WORDS.some((w) => m[1].startsWith(w)) || STATE_LABEL.test(m[1])) return null;
  const part = read(m[2]);
  return figureInFamily(part, unit) ? part : null;
}
