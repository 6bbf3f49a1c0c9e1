// A change from one rate to another (由85%提高到88%) against a target of a change in percentage points (提高2个百分点,
// 下降1个百分点): the difference in points is the figure reached. The rate reached (88%) against 2个百分点 was an
// over-achievement of 4,300 %.
import type { QuantityValue } from "../parse/types";
import { CHANGE_VERB, levelByChange } from "../parse/fromTo";
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { baseUnit } from "../parse/units";
import { DOWN_WORDS, SIGNED_CHANGE } from "./changeWords";

/** A number as a message shows it: at most six decimals, no trailing zeros (3, 1.5). */
const shown = (x: number) => String(Number(x.toFixed(6)));

/** The change in points `b` says (由85%提高到88%: 3, or 1.5 for 由6%降至4.5% against a fall), as the figure reached in
 *  the target's unit with the working as its remark; null when `b` names no starting rate or `t` is no change in
 *  points. */
export function changeInPoints(t: QuantityValue, b: QuantityValue): QuantityValue | null {
  if (b.from === undefined || b.unit?.family !== "percent" || !t.unit || !t.text.includes("百分点")) return null;
  const fall = DOWN_WORDS.some((w) => t.text.includes(w));
  const change = Number((fall ? b.from - b.value : b.value - b.from).toFixed(6));
  const [reached, from] = [shown(b.value), shown(b.from)];
  const working = fall ? `${from}%−${reached}%` : `${reached}%−${from}%`;
  const figure = `${working}=${shown(change)}个百分点`;
  return Object.assign({}, b, { value: change, unit: t.unit, remark: { figure, note: wordsLeft(b) } });
}

/** A clause's figure, read as a cell's. */
const readPart = (part: string) => parseValue(part);

/** The verb of a change and what follows it up to the figure reached (提高到, 降至). */
const VERB = new RegExp(`(?:${CHANGE_VERB})了?(?:到|至|为)$`);
/** A figure and its unit, up to the end of its clause or a bracket (3万元 in 上年3万元). */
const FIGURE = /[:：]?\d[\d.]*[^\d,;，；()（）]*/g;

/** The words a change's working leaves unscored, both figures being in it: the change's verb (提高到, 降至), or the
 *  labels of two levels in clauses (上年,本年 in 上年3万元，本年2万元). */
function wordsLeft(b: QuantityValue): string {
  return VERB.exec(b.remark?.note ?? "")?.[0] ?? normalizeValueText(b.text).replace(FIGURE, "");
}

/** The rate of change of a sum or a count from one level to another (由3万元降至2万元: (2−3)÷3 = −33.33%), under a name
 *  counting a change with its sign (三公经费变动率), as the figure reached in percent with the working as its remark;
 *  null when `b` is a rate or names no starting level above zero. A change said after the year before's level
 *  (上年3万元，本年减少1万元, 本年下降20%) names the level it reaches. */
export function changeRate(name: string, b: QuantityValue): QuantityValue | null {
  if (!b.unit || !SIGNED_CHANGE.test(name)) return null;
  // this year's level said as a change from the year before's (上年3万元，本年减少1万元): the level it reaches
  const said = b.from === undefined && b.remark ? levelByChange(b.remark.note, b.remark.figure, readPart) : null;
  const levels = said ?? (b.unit.family === "percent" ? null : b);
  if (!levels || levels.from === undefined || levels.from <= 0) return null;
  const rate = Number((((levels.value - levels.from) / levels.from) * 100).toFixed(2));
  const [reached, from] = [shown(levels.value), shown(levels.from)];
  const figure = `（${reached}−${from}）÷${from}=${shown(rate)}%`;
  // its starting level kept: the change word is counted in the working (减少 in 上年3万元，本年减少1万元)
  const remark = { figure, note: wordsLeft(b) };
  return Object.assign({}, b, { value: rate, unit: baseUnit("%"), remark, from: levels.from });
}
