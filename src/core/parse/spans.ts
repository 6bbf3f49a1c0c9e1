// A length of time in two units of the duration family (1年3个月, 1年零3个月, 1小时30分钟, 3个月15天, 1分30秒): one
// figure.
import { figureValue } from "./numbers";
import { lookupUnit } from "./units";

const NUM = "(\\d{1,3}|[一二两三四五六七八九十]{1,3})";
/** The larger span, 零 or not, then the smaller, at the text's start and before its end or a bound word (以内). */
const TWO_SPANS = new RegExp(
  `^${NUM}(年|季度|个月|周|天|小时|分钟|分)零?${NUM}(个月|月|周|天|日|小时|分钟|分|秒钟|秒)(?=$|以内|之内|内|以上|以下|左右)`,
);
/** A unit as the figure is written in it (30分 is 30分钟, 1分 before seconds 1分钟, 3月 after a year 3个月). */
const WRITTEN: Readonly<Record<string, string>> = { 分: "分钟", 月: "个月" };

/** `s` with a length of time in two units at its start said in the smaller (1年3个月 → 15个月, 1小时30分 → 90分钟),
 *  a year 12 months as calendars count (not 365/30); `s` itself when it starts with none. */
export function spansAsOne(s: string): string {
  const m = TWO_SPANS.exec(s);
  if (!m) return s;
  const small = WRITTEN[m[4]] ?? m[4];
  const [big, unit] = [lookupUnit(WRITTEN[m[2]] ?? m[2]), lookupUnit(small)];
  if (!big || !unit || big.factor <= unit.factor) return s;
  const [large, rest] = [figureValue(m[1]), figureValue(m[3])];
  if (large === null || rest === null) return s;
  return `${large * Math.round(big.factor / unit.factor) + rest}${small}${s.slice(m[0].length)}`;
}
