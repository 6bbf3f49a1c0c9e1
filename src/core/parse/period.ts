// A figure counted per period: 每季度1次, 每月不少于2次, 月均10次, 2次/月, 5件/年. The period is taken off the text, the
// rest read as a quantity; comparing it with a figure for the year is the scorer's (score/periods.ts).
import type { Period } from "./types";

/** Longer words first (季度 before 季, 年度 before 年): the regular expressions try them in this order. */
const PERIOD_WORDS: readonly [string, Period][] = [
  ["两个月", "two-months"],
  ["2个月", "two-months"],
  ["两月", "two-months"],
  ["两周", "two-weeks"],
  ["2周", "two-weeks"],
  ["工作日", "workday"],
  ["半个月", "half-month"],
  ["半月", "half-month"],
  ["季度", "quarter"],
  ["月份", "month"],
  ["月度", "month"],
  ["年度", "year"],
  ["半年", "half-year"],
  ["星期", "week"],
  ["学期", "term"],
  ["日", "day"],
  ["天", "day"],
  ["周", "week"],
  ["月", "month"],
  ["季", "quarter"],
  ["年", "year"],
];
const WORDS = PERIOD_WORDS.map(([w]) => w).join("|");
/** What a figure may be counted per before its period (人次, 户, 亩 …), as a regular expression's alternatives. */
const BASIS_WORDS = "人次|人|名|生|户|家|亩|床";
/** The basis a figure is counted per, said before its period (每人每月, 人均每月, 每户每年): basis.ts reads it. */
const BASIS = `(?:(?:人|户|生|亩|床)均|每(?:${BASIS_WORDS}))?`;
/** 每月, 平均每月, 每个月; 月均, 年均; a period alone right before a figure, or after 按 or 逐 (半年1次, 季度2次, 1年2次, 周1次,
 *  月1次, 季1次, 日1次, 按月1次, 按季度1次, 逐月1次); each may follow the basis (每人每月500元). */
const PREFIX = new RegExp(
  `^${BASIS}(?:平均)?[每各]个?(${WORDS})(?:均|都|各)?|^${BASIS}(日|周|月|季|年)均|^(?:按|逐)?(?:一|1)?(半年|季度|月度|年度|[年周月季日天])(?=[\\d一二两三四五六七八九十])`,
);
/** A figure said of some periods only (大多数月份1次, 部分季度2次, 个别周1次): no count for the year. */
export const SOME_PERIODS = new RegExp(
  `^(?:在|于)?(?:绝?大多数|多数|大部分|部分|个别|少数|有的|有些|一些|多个|几个)(?:${WORDS})(?:里|中|内)?`,
);
/** Every other month or week, said without 每 (双月1次, 隔月开展1次, 双周1次); each half of the year (上下半年各1次). */
const EVERY_OTHER = /^(?:每)?[双隔]([月周])/;
const BOTH_HALVES = /^上(?:半年)?(?:、|和|及|与)?下半年各/;
/** /月, 每月 at the end (2次/月, 1次每季度). */
const SUFFIX = new RegExp(`(?:/|每)(${WORDS})$`);
const PERIOD_OF: ReadonlyMap<string, Period> = new Map(PERIOD_WORDS);
/** A price per person per day (300元/人/天). */
const PERSON_DAY = /\/人次?\/[天日]$/;
/** A period joined to the basis before it (元/人·月, 元/户年, 元/人·年): per that period, the basis kept for basis.ts; not
 *  a day (元/人·天, 元/人天 is a price per person-day). */
const BASIS_PERIOD = new RegExp(
  `\\/(?:${BASIS_WORDS})·?(${PERIOD_WORDS.filter(([, p]) => p !== "day")
    .map(([w]) => w)
    .join("|")})$`,
);

/** The period named before or after a figure (`words`: 每月, /月), the text without it and where the words stood; null
 *  when the text names none. */
export function splitPeriod(s0: string): { rest: string; per: Period; words: string; before: boolean } | null {
  // 双月, 隔月 (every other month) are 每两月; 双周, 隔周 (every other week) 每两周
  const s = s0.replace(EVERY_OTHER, "每两$1").replace(BOTH_HALVES, "每半年");
  const pre = PREFIX.exec(s);
  if (pre && pre[0].length < s.length)
    return {
      rest: s.slice(pre[0].length),
      per: PERIOD_OF.get(pre[1] ?? pre[2] ?? pre[3])!,
      // the words as written (隔月, not 每两月)
      words: s0.slice(0, pre[0].length - (s.length - s0.length)),
      before: true,
    };
  const joined = BASIS_PERIOD.exec(s);
  if (joined) {
    const at = s.length - joined[1].length - (s[s.length - joined[1].length - 1] === "·" ? 1 : 0);
    return { rest: s.slice(0, at), per: PERIOD_OF.get(joined[1])!, words: s.slice(at), before: false };
  }
  const post = SUFFIX.exec(s);
  // 元/人/天 is a price per person-day (元/人·天, 元/人天), not a daily figure
  if (post && PERSON_DAY.test(s)) return null;
  if (post && post.index > 0)
    return { rest: s.slice(0, post.index), per: PERIOD_OF.get(post[1])!, words: post[0], before: false };
  return null;
}
