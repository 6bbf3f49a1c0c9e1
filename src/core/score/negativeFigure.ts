// A completed figure below zero against an upper limit (-2万元 against ≤50万元): a cost, a count or a rate of bad things
// is never below zero, so the figure is a slip (a saving or a fall written as a negative), and the limit is not met by
// it. A row that counts a change or a difference (涨幅, 变动率, 预算调整率, 超支率, 同比下降, 结余) may go below zero.
import type { Comparator, QuantityValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import type { Aligned } from "./quantities";

/** Words of a change, a difference or a balance, in the name or either cell, under which a figure may be below zero. */
const SIGNED_WORDS = /[增降涨减升变幅差偏盈亏余]|同比|环比|节约|节省|调整|超支/;

/** Whether `b`, counted as `al.b`, is below zero against an upper limit `t` (`cmp` ≤ or <) of zero or more on a row
 *  that counts no change. */
export function negativeUnderLimit(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  al: Aligned,
  cmp: Comparator | "range",
): boolean {
  if ((cmp !== "<=" && cmp !== "<") || al.b >= 0 || t.value < 0) return false;
  return !SIGNED_WORDS.test(row.level3 + t.text + b.text);
}
