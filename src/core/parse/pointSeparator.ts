// A point written for the thousands separator (1.200人次 for 1,200, 500.000元 for 500,000): a count has no decimals
// and a sum in 元 no three zeros after its point; read as a decimal, 1.200人次 scored 0.11 of 90 against ≥1000人次 with
// only a reason asked. A price may have three decimals (2.995元, 0.565元/千瓦时): only .000 is a separator in 元.
import type { ReadFailure } from "../messages/params";
import type { ParsedValue } from "./types";

/** One to three digits, a point and exactly three digits, standing alone (not 1.2005, not 12.5.300); no lookbehind,
 *  which the ribbon's ES5 browsers lack. */
const POINT_THOUSANDS = /(?:^|[^\d.,])(\d{1,3}\.\d{3})(?![\d.,])/;

/** Why `read` (from the normalised text `s`) is no value: its figure's point stands for the thousands separator. */
export function pointAsSeparator(s: string, read: ParsedValue): ReadFailure | null {
  if (read.kind !== "quantity" || read.unitSource !== "text" || !read.unit || read.unit.factor !== 1) return null;
  const count = read.unit.family === "count";
  if (!count && read.unit.family !== "money") return null;
  const m = POINT_THOUSANDS.exec(s);
  if (!m || Number(m[1]) !== read.value || read.high !== null || (!count && !m[1].endsWith(".000"))) return null;
  return { code: "POINT_AS_SEPARATOR", text: m[1] };
}
