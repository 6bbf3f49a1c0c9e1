// Words before a figure: before a comparator they name what is counted (开展培训≥3次, 覆盖≥500户, 培训人数不少于200人)
// and are taken off; before a bare figure with its unit (覆盖480户, 开展培训2次) they are kept as the cell's remark, which
// the scorer says it did not count. A text whose rest is no quantity is read whole.
import { isCjkAt } from "./normalize";
import { isDigitAt } from "./quantity";

/** Chinese characters a phrase may hold, at most (a budget, and a bound on what still names one thing). */
const MAX_PHRASE = 8;

/** Where a run of Chinese characters at the start of `s` (at most MAX_PHRASE) is followed by what `follows` accepts at
 *  that index; -1 when no such place comes first. */
function phraseEnd(s: string, follows: (i: number) => boolean): number {
  for (let i = 1; i <= MAX_PHRASE && i < s.length; i++) {
    if (!isCjkAt(s, i - 1)) return -1;
    if (follows(i)) return i;
  }
  return -1;
}

/** The text after a phrase of Chinese characters that a comparator follows (`atComparator` tells one), or null. */
export function afterPhrase(s: string, atComparator: (rest: string) => boolean): string | null {
  const i = phraseEnd(s, (at) => atComparator(s.slice(at)));
  return i < 0 ? null : s.slice(i);
}

const NUMERALS = "一二两三四五六七八九十百千万〇零";
/** A figure in Chinese numerals ending the text (召开会议三次, 发放宣传资料五百份): the numerals and what follows them. */
const CHINESE_FIGURE_END = new RegExp(`[${NUMERALS}]+[\\u4e00-\\u9fff]{1,3}$`);
/** How far from the end such a figure is looked for (a budget: a regular expression run on every start of a long run
 *  of numerals would take time quadratic in it); longer numerals are no figure anyone writes. */
const CHINESE_FIGURE_SPAN = 16;

/** Words before 达, 约, 有 … that 数 follows as a vague count of it (数十万元, 达数十万人次), not as 人数's 数 (人数十人). */
const VAGUE_AFTER = "达约有共近超逾";

/** Whether the numerals at `at` count an unknown number of tens or hundreds (几十万元, 数十万元): no figure. */
function vagueBefore(s: string, at: number): boolean {
  return s[at - 1] === "几" || (s[at - 1] === "数" && (at === 1 || VAGUE_AFTER.includes(s[at - 2])));
}

/** The words before a figure in Chinese numerals that ends the text (召开会议 | 三次), when what follows the numerals is
 *  a unit (`isUnit`); null otherwise (统一安排, 一次性完成, or numerals running past CHINESE_FIGURE_SPAN). */
export function splitBeforeChineseFigure(
  s: string,
  isUnit: (text: string) => boolean,
): { words: string; rest: string } | null {
  const from = Math.max(0, s.length - CHINESE_FIGURE_SPAN);
  const m = CHINESE_FIGURE_END.exec(s.slice(from));
  const at = m ? from + m.index : 0;
  if (!m || at === 0 || !isCjkAt(s, at - 1) || NUMERALS.includes(s[at - 1]) || vagueBefore(s, at)) return null;
  const unit = m[0].replace(new RegExp(`^[${NUMERALS}]+`), "");
  return isUnit(unit) ? { words: s.slice(0, at), rest: m[0] } : null;
}

/** Verbs that 到 completes before a figure (实到48人, 应到50人, 收到120份, 签到, 报到): arrival, no range. */
const ARRIVAL_BEFORE = "实应收签报";

/** The words before a figure (Chinese characters, then a digit) and the figure on; null when the text starts otherwise
 *  or the words end in a range's 至 / 到 (到0次 is a range without its start, not words; 实到48人 is words). */
export function splitBeforeFigure(s: string): { words: string; rest: string } | null {
  const i = phraseEnd(s, (at) => isDigitAt(s, at));
  if (i < 0 || s[i - 1] === "至" || (s[i - 1] === "到" && !(i >= 2 && ARRIVAL_BEFORE.includes(s[i - 2])))) return null;
  return { words: s.slice(0, i), rest: s.slice(i) };
}

/** A time the figure after it was counted at or over (2021年, 12月份, 1-12月, 截至12月底, 第4季度, 上半年): its digits
 *  are no part of the figure. */
const TIME_LEAD =
  /^(?:截至|截止|至|到)?(?:(?:\d{4}年度?)?(?:\d{1,2}(?:-\d{1,2})?月份?(?:\d{1,2}日)?|第?[1-4一二三四]季度|[上下]半年)|\d{4}年度?)(?:底|末|初|前|以来|为止)?/;

/** A comparator sign opening the text after a time (6月底≥50%). */
const COMPARATOR_SIGN = /^[≥≤<>=≮≯]/;

/** The time a text starts with and the text after it, when words, a figure or a comparator follow; null otherwise. */
export function splitTimeLead(s: string): { lead: string; rest: string } | null {
  const m = TIME_LEAD.exec(s);
  if (!m || m[0].length === s.length) return null;
  const rest = s.slice(m[0].length);
  return isCjkAt(rest, 0) || isDigitAt(rest, 0) || COMPARATOR_SIGN.test(rest) ? { lead: m[0], rest } : null;
}
