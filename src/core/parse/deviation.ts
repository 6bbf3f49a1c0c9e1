// A deviation either way (±10%, ≤±5%, 偏差±10%以内): the target bounds the size of the deviation, so 8% and -8% meet
// ±10% and 12% or -12% do not. `±10%` was read as words, and 8% then as a completion degree of 8 %: 未达成, no points;
// `≤±10%` and `±10%以内` were unreadable.
import type { ParsedValue, QuantityValue } from "./types";

/** The words that may open a deviation (≤, 不超过, 控制在, 偏差 …), its sign, the figure, and 以内. */
const EITHER_WAY =
  /^(?:偏差|误差|偏离)?(?:≤|<=|不超过|不高于|不大于|控制在|在)?(?:±|正负|\+\/?-)([^±]{1,16}?)(?:以内|之内|内|范围内)?$/;

/** Normalised text `s` as the bound on a deviation either way (`text` the cell's; `readPlain` reads a figure), or
 *  null when it is none. */
export function readDeviation(
  s: string,
  text: string,
  readPlain: (figure: string) => ParsedValue,
): QuantityValue | null {
  if (s.indexOf("±") < 0 && s.indexOf("正负") < 0 && s.indexOf("+") < 0) return null;
  const m = EITHER_WAY.exec(s);
  if (!m) return null;
  const bound = readPlain(`≤${m[1]}`);
  if (bound.kind !== "quantity" || bound.high !== null || bound.value < 0 || bound.remark) return null;
  return Object.assign({}, bound, { text, deviation: true as const });
}
