// A figure said as a change from one figure to another (由85%提高到88%, 从4500元增至5200元, 由6%降至4.5%): the second is
// the figure reached, the first where it started. It was read as a range 85%-88% (the lower end counted) or as words.
import { CHANGE_WORDS_SOURCE, DOWN_WORDS } from "../score/changeWords";
import { DOWN_TO_VERBS } from "./normalize";
import { EARLIER_COMPARED } from "./remark";
import type { ParsedValue, QuantityValue, Unit } from "./types";
import { sameFamily, toBase } from "./units";

/** The verbs of a change and the one-character ones (增至, 降至, 升至), as a regular expression's alternatives. */
export const CHANGE_VERB = `${CHANGE_WORDS_SOURCE}|增|降|升|减`;
/** 由 or 从 (after what changed: 森林覆盖率由60%提高到61.2%), a figure, a verb of a change, 到/至/为, a figure. */
const FROM_TO = new RegExp(
  `^(?:[\u4e00-\u9fff]{0,10}?(?:由|从))?([^由从]{1,16}?)(?:${CHANGE_VERB})了?(?:到|至|为)(.{1,16})$`,
);

/** A cut down to the figure (从10份减至5份, 由3%降至2%): a cap in a target, the figure reached in a completed value. */
const DOWN_TO_END = new RegExp(`(?:${DOWN_TO_VERBS})了?(?:到|至|为)$`);

/** A change from one figure to another in normalised text `s0` (`text` the cell), read by `read`: the figure reached,
 *  with `from` (in its unit) and the words before it as its remark; null when `s0` says no such change, or the two
 *  figures are not of one unit family. */
export function fromTo(s0: string, text: string, read: (part: string) => ParsedValue): QuantityValue | null {
  const m = FROM_TO.exec(s0);
  if (!m) return null;
  const [a, b] = [read(m[1]), read(m[2])];
  if (!plainFigure(a) || !plainFigure(b) || !b.unit) return null;
  const aUnit = a.unit ?? b.unit;
  if (!sameFamily(aUnit, b.unit)) return null;
  const from = toBase(a.value, aUnit) / toBase(1, b.unit);
  const note = s0.slice(0, s0.length - m[2].length);
  const change: QuantityValue = Object.assign({}, b, { text, from, remark: { figure: m[2], note } });
  if (DOWN_TO_END.test(note)) Object.assign(change, { comparator: "<=", comparatorSource: "prefix", reached: true });
  return change;
}

/** A figure alone: a quantity with no comparator, range or remark of its own. */
function plainFigure(v: ParsedValue): v is QuantityValue {
  return v.kind === "quantity" && v.comparator === null && v.high === null && !v.remark;
}

/** A label of the year before's level (上年, 去年, 上一年度, 上年同期) and one of this year's (本年, 今年, 当年, 本年度), right
 *  before a figure. */
const YEAR_BEFORE = /^(?:上一?年度?|去年)(?:同期)?[:：]?(?=\d)/;
const THIS_YEAR = /^(?:本年度?|今年|当年度?)[:：]?(?=\d)/;

/** `{ from }`, the year before's level in `level`'s unit, when clause `before` is that level alone (上年3万元) and `now`,
 *  which `level` is read from, this year's (本年2万元): the change from one to the other, as 由3万元降至2万元 says it;
 *  `{}` otherwise. */
export function levelBefore(
  before: string,
  now: string,
  level: QuantityValue,
  read: (part: string) => ParsedValue,
): { from?: number } {
  const m = YEAR_BEFORE.exec(before);
  if (!m || !THIS_YEAR.test(now) || !level.unit || level.comparator !== null || level.high !== null) return {};
  const a = read(before.slice(m[0].length));
  if (!plainFigure(a) || !sameFamily(a.unit ?? level.unit, level.unit)) return {};
  return { from: toBase(a.value, a.unit ?? level.unit) / toBase(1, level.unit) };
}

/** A change word, after this year's label, a comparison with the year before, both or neither, right before a figure
 *  (本年减少1万元, 较上年下降33%, 下降2个百分点). */
const CHANGE_SAID = new RegExp(`^(?:本年度?|今年|当年度?)?(?:${EARLIER_COMPARED})?(${CHANGE_WORDS_SOURCE})了?(?=\\d)`);

/** The level a change said in clause `said` (减少1万元, 下降33%) reaches from `from` (in `unit`): a rate's only by
 *  percentage points (下降2个百分点), a sum's or a count's by a figure in its family or a percent of it; null when
 *  `said` is no such change. */
function levelBy(said: string, from: number, unit: Unit, read: (part: string) => ParsedValue): number | null {
  const m = CHANGE_SAID.exec(said);
  const d = m ? read(said.slice(m[0].length)) : null;
  if (!d || !plainFigure(d) || !d.unit) return null;
  const size = DOWN_WORDS.includes(m![1]) ? -d.value : d.value;
  if (unit.family === "percent") return d.unit.family === "percent" && said.endsWith("百分点") ? from + size : null;
  if (d.unit.family === "percent") return from * (1 + size / 100);
  return sameFamily(d.unit, unit) ? from + toBase(size, d.unit) / toBase(1, unit) : null;
}

/** This year's level said as a change from the year before's (`before` 上年3万元, `now` 本年减少1万元): the level (2) and
 *  `from` (3), in the year before's unit, a sum's or a count's; null otherwise. */
export function levelByChange(
  before: string,
  now: string,
  read: (part: string) => ParsedValue,
): { value: number; from: number } | null {
  const m = YEAR_BEFORE.exec(before);
  const a = m ? read(before.slice(m[0].length)) : null;
  if (!a || !plainFigure(a) || !a.unit || a.unit.family === "percent") return null;
  const value = levelBy(now, a.value, a.unit, read);
  return value === null || value < 0 ? null : { value, from: a.value };
}

/** `{ from }` for the levels `before` and `now` (`level` read from it) then clause `rest` (上年3万元，本年2万元，下降33%):
 *  as levelBefore, when `rest` says no change by a figure or one within a point of `from` of theirs; null when it says
 *  another (下降50%). */
export function levelsThenChange(
  before: string,
  now: string,
  rest: string,
  level: QuantityValue,
  read: (part: string) => ParsedValue,
): { from?: number } | null {
  const levels = levelBefore(before, now, level, read);
  const said = levels.from === undefined ? null : levelBy(rest, levels.from, level.unit!, read);
  return said === null || Math.abs(said - level.value) <= 0.01 * Math.abs(levels.from!) ? levels : null;
}
