// Deadlines written as text (spec §2): ≤12月, 12月底前, 2021年12月底前, 12月31日前完成, 年底前, 2023年12月, 2023-12-31.
import type { Comparator, DeadlineValue, UnreadableValue } from "./types";
import type { ColumnComparator } from "./normalize";
import { figureValue } from "./numbers";

const MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
/** What is to be done by the date (完成, 开工, 竣工, 拨付到位 …): the date is still the deadline. */
const DONE_BY = "(?:(?:完成|完工|竣工|开工|启动|验收|拨付|发放|到位|实施|办结|上线|交付|支付|兑付)(?:到位|完毕)?)";
const TAIL = `(底|末)?(之前|以前|前|以内|之内|内)?(前?${DONE_BY}|止)?`;
/** Words for the year after (次, 翌, 第二, 下一, 明, 来 before 年), as a regular expression's alternatives. */
export const NEXT_YEAR_WORDS = "次|翌|第二|下一?|明|来";
/** Festivals and seasons at the start of the year after the table's, before or after them (春节后, 春节前, 正月, 元宵节后,
 *  来年开春, 清明前, 元旦后; 节后 and 年后 alone at a clause's start: after the Spring Festival). A 2021 table's 春节前 is
 *  before the 2022 Spring Festival, in January or February at the latest: past a deadline at the year's end. */
const NEXT_YEAR_SEASON = `(?:(?:${NEXT_YEAR_WORDS})年)?(?:春节|过年|元宵节?|正月[初十一二三四五六七八九]*|开春|开年|清明节?|元旦(?=[以之]?后))(?:[以之]?[前后]|期间|里|底)?|(?:^|[，,；;（(]|于|在)[节年]后`;
/** A year before a month, half or quarter: in figures, or the year after the table's in words (次年, 翌年, 下一年度). */
const YEAR = `(?:(\\d{4}|${NEXT_YEAR_WORDS})年度?)?`;
const YMD_RE = new RegExp(`^${YEAR}${MONTH}月份?(?:(\\d{1,2})[日号]|([上中下])旬)?${TAIL}$`);
/** The last day of a ten-day part of a month (上旬 the 10th, 中旬 the 20th; 下旬 the month's end, as a month alone). */
const TEN_DAYS_END: Readonly<Record<string, number | null>> = { 上: 10, 中: 20, 下: null };
const YEAR_RE = new RegExp(`^(\\d{4})年度?${TAIL}$`);
/** The year's end, middle or whole (年底前, 2021年年底, 年内; 次年底前, 下一年度年底前: the year after the table's). */
const YEAR_WORD_RE = new RegExp(
  `^(?:(\\d{4})年|本|当|今|(${NEXT_YEAR_WORDS})(?:年度?)?)?年度?(底|末|内|中)(?:之前|以前|前)?(?:前?${DONE_BY})?$`,
);
/** Done in the year itself (当年完成, 本年度竣工): by its end, as 年内完成; the year alone (当年, 本年度) in a row about
 *  time only. */
const THIS_YEAR_RE = new RegExp(`^(?:本|当|今)年度?(${DONE_BY})?$`);
const HALF_RE = new RegExp(`^${YEAR}(上|下)半年(?:底|末)?(?:之前|以前|前|内)?(?:前?${DONE_BY})?$`);
const QUARTER_RE = new RegExp(`^${YEAR}第?([1-4一二三四])季度(?:末|底)?(?:之前|以前|前|内)?(?:前?${DONE_BY})?$`);
const SEPARATED_RE = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(之前|以前|前)?$/;
/** A quick test for anything that could be a date: 年, 月, 季, or 2023-/2023/ /2023. at the start. */
const DATE_HINT = /[年月季]|^\d{4}[-/.]/;
/** Words before a date that make it a "by" deadline (截至2023年12月). */
const BY_PREFIXES: readonly string[] = ["截止到", "截止至", "截至", "截止", "不晚于", "最迟", "最晚", "于", "在"];
const QUARTER_END: Readonly<Record<string, number>> = { 1: 3, 2: 6, 3: 9, 4: 12, 一: 3, 二: 6, 三: 9, 四: 12 };

interface DateParts {
  /** "next" for the year after the table's (次年3月). */
  year: number | "next" | null;
  month: number;
  day: number | null;
  /** The text says "by" (前, 底, 内, 完成, 年底 ...). */
  by: boolean;
}

function monthNumber(m: string): number {
  return figureValue(m) ?? 0;
}

/** The year group's reading: a year in figures, the year after in words, or none. */
function yearOf(y: string | undefined): number | "next" | null {
  return y === undefined ? null : /\d/.test(y) ? Number(y) : "next";
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2200;
}

function daysIn(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A month/day that no calendar has (2月30日): reported instead of read as something else. */
const NO_SUCH_DAY = "no-such-day";

function matchParts(s: string, timeliness: boolean): DateParts | typeof NO_SUCH_DAY | null {
  let m = YMD_RE.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    const day = m[3] ? Number(m[3]) : m[4] ? TEN_DAYS_END[m[4]] : null;
    if (month < 1 || month > 12) return null;
    if (day !== null && (day < 1 || day > daysIn(month))) return NO_SUCH_DAY;
    return { year: yearOf(m[1]), month, day, by: Boolean(m[5] || m[6] || m[7]) };
  }
  if ((m = YEAR_RE.exec(s))) return { year: Number(m[1]), month: 12, day: null, by: Boolean(m[2] || m[3] || m[4]) };
  if ((m = YEAR_WORD_RE.exec(s)))
    return { year: yearOf(m[1] ?? m[2]), month: m[3] === "中" ? 6 : 12, day: null, by: true };
  if ((m = THIS_YEAR_RE.exec(s)) && (m[1] || timeliness)) return { year: null, month: 12, day: null, by: true };
  if ((m = HALF_RE.exec(s))) return { year: yearOf(m[1]), month: m[2] === "上" ? 6 : 12, day: null, by: true };
  if ((m = QUARTER_RE.exec(s))) return { year: yearOf(m[1]), month: QUARTER_END[m[2]], day: null, by: true };
  if ((m = SEPARATED_RE.exec(s)) && (m[2] !== "." || timeliness)) {
    const month = Number(m[3]);
    const day = m[4] ? Number(m[4]) : null;
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > daysIn(month)))) return NO_SUCH_DAY;
    return { year: Number(m[1]), month, day, by: Boolean(m[5]) };
  }
  return null;
}

/**
 * Reads a deadline from normalised text whose comparator prefix (≤, 不超过 ...) was already taken off.
 * Returns null when the text is no date; an unreadable value for a date with a "not before" comparator.
 */
export function parseDeadlineText(
  s: string,
  text: string,
  prefix: Comparator | null,
  column: ColumnComparator,
  tableYear: number | null,
  timeliness: boolean,
): DeadlineValue | UnreadableValue | null {
  if (!DATE_HINT.test(s)) return null;
  let body = s;
  let by = false;
  for (const p of BY_PREFIXES) {
    if (body.startsWith(p) && body.length > p.length) {
      body = body.slice(p.length);
      by = p !== "于" && p !== "在";
      break;
    }
  }
  let parts = matchParts(body, timeliness);
  // the task after the date's verb (2021年6月30日前完成全部建设任务, 上半年完成招标): the date is the deadline
  const task = parts ? null : taskAfterVerb(body);
  if (task) parts = matchParts(task.head, timeliness);
  if (!parts) return null;
  if (parts === NO_SUCH_DAY) return { kind: "unreadable", text, reason: { code: "NO_SUCH_DATE", text } };
  if (typeof parts.year === "number" && !validYear(parts.year)) return null;
  if (prefix === ">=" || prefix === ">") {
    return { kind: "unreadable", text, reason: { code: "NOT_BEFORE_DEADLINE", text } };
  }
  let comparator: "<=" | "=" = "=";
  if (by || parts.by || prefix === "<=" || prefix === "<") comparator = "<=";
  else if (!prefix && (column === "<=" || column === "<")) comparator = "<=";
  const next = parts.year === "next";
  const year = parts.year === "next" ? (tableYear === null ? null : tableYear + 1) : (parts.year ?? tableYear);
  const deadline: DeadlineValue = { kind: "deadline", comparator, year, month: parts.month, day: parts.day, text };
  if (next || (parts.year === null && tableYear !== null)) deadline.yearFrom = next ? "next" : "table";
  if (task) deadline.remark = { figure: task.head, note: task.task };
  return deadline;
}

/** The first verb of what is done by a date (全部 before it taken off), with a task of words after it. */
export const VERB_BEFORE_TASK = new RegExp(`(?:全部|全面)?(${DONE_BY})`);
/** A task after the verb: words only, no figure or clause of its own. */
const TASK = /^[\u4e00-\u9fff]{1,16}$/;
/** Words that make the task a share of the work or a negation (12月底前完成部分, 完成一半, 未验收): the date says
 *  less than the words, which decide. */
const NOT_WHOLE = /部分|一半|大半|过半|多数|少数|基本|初步|一些|个别|[未不没无]/;

/** The date with its verb (2021年6月30日前完成) and the task after it (全部建设任务), or null when the text has no verb
 *  followed by a task of words. */
function taskAfterVerb(s: string): { head: string; task: string } | null {
  const m = VERB_BEFORE_TASK.exec(s);
  if (!m || m.index === 0) return null;
  const end = m.index + m[0].length;
  const task = s.slice(end);
  return TASK.test(task) && !NOT_WHOLE.test(task) ? { head: s.slice(0, m.index) + m[1], task } : null;
}

/** A month deadline built from a bare number in a 时效指标 row whose unit column says 月 (≤ | 12 | 月). */
export function monthDeadline(
  month: number,
  text: string,
  comparator: Comparator | null,
  tableYear: number | null,
): DeadlineValue {
  const c: "<=" | "=" = comparator === "<=" || comparator === "<" ? "<=" : "=";
  return { kind: "deadline", comparator: c, year: tableYear, month, day: null, text };
}

/** A date written inside words (已于2023年8月完成验收, 次年3月完成): its month, day and year, or `nextYear` for 次年. */
export interface DateInWords {
  year: number | null;
  nextYear: boolean;
  month: number;
  day: number | null;
  /** The date as written (2023年8月). */
  text: string;
}

/** A month in figures (words hold 统一月度, so no month in numerals), after a year, 次年 or nothing. */
const DATE_IN_WORDS = /(?:(\d{4})年度?|(次|翌|第二)年)?(\d{1,2})月份?(?:(\d{1,2})[日号])?/g;

/** The last date in a completed text of words (normalised), or null when it names none or no calendar has it; a year
 *  alone (2022年, 次年完成) when it names no month. */
export function dateInWords(s: string): DateInWords | null {
  let last: DateInWords | null = null;
  let months = 0;
  DATE_IN_WORDS.lastIndex = 0;
  for (let m = DATE_IN_WORDS.exec(s); m; m = DATE_IN_WORDS.exec(s)) {
    months++;
    const month = Number(m[3]);
    const day = m[4] ? Number(m[4]) : null;
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > daysIn(month)))) continue;
    const year = m[1] ? Number(m[1]) : null;
    if (year !== null && !validYear(year)) continue;
    last = { year, nextYear: Boolean(m[2]), month, day, text: m[0] };
  }
  // a month no calendar has (2023年2月30日) is no date; its year is not one either
  return months === 0 ? yearInWords(s) : last;
}

/** Work finished in the year after (次年完成, 延至次年, 跨年完成), not work planned for it (下一年度继续实施); the time it
 *  names is whichever group matched (次年, 延至次年, 跨年), without the verb. */
export const NEXT_YEAR_DONE = new RegExp(
  `((?:${NEXT_YEAR_WORDS})年度?(?:[初中底末]|\\d{1,2}月(?:份|初|中旬|下旬|上旬|底|末)?|开春|春[季天]?)?)(?:才|再|方)?(?:完成|完工|竣工|办结|验收)|((?:延|推迟|延期|顺延|拖延?)至(?:${NEXT_YEAR_WORDS})年)|(跨年度?)(?:完成|完工|竣工)|(${NEXT_YEAR_SEASON})(?:才|再|方|已|陆续|全部|均)?(?:完成|完工|竣工|办结|验收)`,
);
/** A year in figures without a month (已于2022年完成验收). */
const YEAR_IN_WORDS = /(\d{4})年/;

/** A year without a month: its first day, so that only a year after the deadline's is late (2021年完成 against
 *  2021年6月底前 says too little to be); the year after, said in words (次年完成). */
function yearInWords(s: string): DateInWords | null {
  const next = NEXT_YEAR_DONE.exec(s);
  if (next) return { year: null, nextYear: true, month: 1, day: 1, text: next[1] ?? next[2] ?? next[3] ?? next[4] };
  const m = YEAR_IN_WORDS.exec(s);
  const year = m ? Number(m[1]) : null;
  return year !== null && validYear(year) ? { year, nextYear: false, month: 1, day: 1, text: m![0] } : null;
}
