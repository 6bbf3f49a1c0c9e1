// Figures said the way people speak them, rewritten at the start of a quantity's text before it is read: two
// neighbouring digits are a span (八九次 is 8 to 9 times, 七八十人 70 to 80 people, 三五次 3 to 5; they were read as one
// figure, 89次, 80人 and 35次), and a count of ten-thousands with its thousands (1万2千人次, 1亿5千万元) is one figure
// (only 2千 was read).
import { CN_DIGITS, readChineseNumber } from "./numbers";

/** Two neighbouring digits (八九, 一两), after tens (二十七八, 十一二) or before a place, compound too (七八十, 四五百,
 *  三四万, 七八十万, 三四百万). */
const NEIGHBOURS =
  /^((?:[一二两三四五六七八九]?十)?)([一二两三四五六七八])([二两三四五六七八九])((?:[十百千]?[万亿]|[十百千])?)(?![一二两三四五六七八九十百千万亿〇零点])/;

/** What a place before 万 or 亿 multiplies by (七八十万: 10). */
const PLACES: Readonly<Record<string, number>> = { "": 1, 十: 10, 百: 100, 千: 1000 };

/** `s` with a leading pair of neighbouring digits written as a span of two figures (八九次 → 八-九次, 七八十万元 →
 *  70万-80万元). */
export function neighboursAsSpan(s: string): string {
  const m = NEIGHBOURS.exec(s);
  if (!m) return s;
  const [lead, low, high, place] = [m[1], m[2], m[3], m[4]];
  const next = CN_DIGITS[high] === CN_DIGITS[low] + 1 || (low === "一" && high === "两");
  // 三五次 (a few) is 3 to 5 too, and 三五千 3,000 to 5,000, a pair apart being no figure anyone writes; 十一二 is 11
  // to 12, and tens before the pair never take a place after it
  const bare = lead === "" && CN_DIGITS[high] > CN_DIGITS[low];
  if (!(next || bare) || (lead !== "" && place !== "")) return s;
  const rest = s.slice(m[0].length);
  // before 万 or 亿, in figures (七八十万 → 70万-80万), which a unit after or none reads as 70万 is read
  const big = place.slice(-1);
  if (big !== "万" && big !== "亿") return `${lead}${low}${place}-${lead}${high}${place}${rest}`;
  const times = PLACES[place.slice(0, -1)];
  return `${CN_DIGITS[low] * times}${big}-${CN_DIGITS[high] * times}${big}${rest}`;
}

/** Ten-thousands and their thousands (1万2千), hundred-millions and their ten-millions or ten-thousands (1亿5千万,
 *  1亿零500万), and a digit said last for the next place down (1万5, 1千5百, 3千5, 1亿5). */
const COMPOUND =
  /^(\d+)(?:万(\d)千(?!万)|亿(\d)千万|亿零?(\d{1,4})万|([千万亿])(\d)(?![\d.十百千万亿])|千(\d)百(?![万亿]))/;

/** `s` with a leading compound figure as one decimal figure (1万2千人次 → 1.2万人次, 1亿零500万元 → 1.05亿元, 1千5百人
 *  → 1.5千人). */
export function compoundAsDecimal(s: string): string {
  const m = COMPOUND.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  if (m[2] !== undefined) return `${m[1]}.${m[2]}万${rest}`;
  if (m[3] !== undefined) return `${m[1]}.${m[3]}亿${rest}`;
  if (m[5] !== undefined) return `${m[1]}.${m[6]}${m[5]}${rest}`;
  if (m[7] !== undefined) return `${m[1]}.${m[7]}千${rest}`;
  return `${m[1]}.${("000" + m[4]).slice(-4)}亿${rest}`;
}

/** A leading Chinese figure with 万 or 亿 in it. */
const BIG_WORDS =
  /^[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟万亿]*/;

/** What may follow a figure that has no unit (多, 左右, 以上 …). */
const UNITLESS_REST = /^[多余]?(?:左右|以上|以下|以内|之内)?$/;

/** `s` with a leading unitless Chinese figure that has 万 or 亿 written in figures before its multiplier (一百万 → 100万, 一万五
 *  → 1.5万, 一亿五千万 → 1.5亿), so unitless it is multiplied as 100万 is and takes the target's 万元 only once. */
export function bigWordsAsFigure(s: string): string {
  const m = BIG_WORDS.exec(s);
  if (!m || !/[万亿]/.test(m[0]) || !UNITLESS_REST.test(s.slice(m[0].length))) return s;
  const value = readChineseNumber(m[0], 0)?.value ?? 0;
  const [place, word] = value >= 1e8 && m[0].includes("亿") ? [1e8, "亿"] : [1e4, "万"];
  return `${value / place}${word}${s.slice(m[0].length)}`;
}
