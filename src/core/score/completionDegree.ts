// A word target answered with how much of it was done (完成80%, 完成全年任务的95%, 90%达标): the spec's bands are ranges
// of completion (达成 80-100 %, 部分达成 60-80 %, 未达成 below; the profile's band floors), so the share picks the band.
import type { BandIndex } from "../messages/params";
import { normalizeValueText } from "../parse/normalize";
import { fractionsAsPercent } from "../parse/quantity";
import { DOWN_WORDS, UP_WORDS } from "./changeWords";
import { SETTING_NOISE } from "./tolerances";

/** Words that say the figure beside them is a share done or reached (完成80%, 90%达标, 满意度95%, 及时率98%; 拨付50%,
 *  发放90%: of the funds or goods handed out). */
const DONE_WORDS: readonly string[] = [
  "完成",
  "拨付",
  "发放",
  "支付",
  "下达",
  "达标",
  "达到",
  "达成",
  "实现",
  "到位",
  "落实",
  "执行",
  "覆盖",
  "合格",
  "满意",
  "及时",
  "按时",
];
/** One percent figure (80%, 95.5%) in normalised text; a second makes the share unclear. */
const PERCENT = /(\d+(?:\.\d+)?)%/g;
/** A share in tenths (九成, 8成, 九成以上): the figure ends at 成 (not 一成不变, 三成立项). */
const TENTHS = /(\d+(?:\.\d+)?|[一二两三四五六七八九十])成(?=以上|左右|多|$|[,，;；。])/g;
const TENTH_DIGITS = "零一二三四五六七八九十";

/** The text with shares in tenths said in percent (完成九成 → 完成90%). */
function tenthsAsPercent(s: string): string {
  if (s.indexOf("成") < 0) return s;
  return s.replace(TENTHS, (_m, n: string) => {
    const digit = n === "两" ? 2 : TENTH_DIGITS.indexOf(n);
    return `${digit >= 0 ? digit * 10 : parseFloat(n) * 10}%`;
  });
}
/** Words of a change: 提升15% is a rise, not a share done. */
const CHANGE_WORDS: readonly string[] = [...UP_WORDS, ...DOWN_WORDS];
/** A target set against a level (不低于全省平均水平, ≥上年, 95%以上为优秀): a percent completed is the measure itself, to be
 *  compared with that level, not a share of the work done. */
const COMPARED_TO_A_LEVEL =
  /不低于|不少于|不小于|不高于|不超过|不大于|不多于|高于|低于|优于|好于|持平|以上|以下|[≥≤><]|上年|去年|同期|平均/;
/** A target asking for a share itself (6月底前完成50%): a percent completed answers that share, not the whole. */
const MILESTONE = /\d%/;
/** Negations: 未完成80% is no share done. */
const NEGATION = /[未没不无]/;

/** The share done that a completed text gives, in percent: one percent figure, alone or with a word saying it was done
 *  or reached, and no change (提升15% is a rise, not a share) or negation; null otherwise, for the target's own text
 *  (实现100%全覆盖 under 实现100%全覆盖: the words say it, spec §3 order 1) and against a target set against a level. */
export function completionDegree(actual: string, target = ""): number | null {
  const s = fractionsAsPercent(tenthsAsPercent(normalizeValueText(actual)));
  const asked = normalizeValueText(target);
  if (s === tenthsAsPercent(asked) || COMPARED_TO_A_LEVEL.test(asked) || MILESTONE.test(asked)) return null;
  const figures = s.match(PERCENT); // match, not matchAll: old Excel's Internet Explorer 11 has no matchAll
  if (figures === null || figures.length !== 1 || NEGATION.test(s)) return null;
  if (CHANGE_WORDS.some((w) => s.includes(w))) return null;
  const rest = s.replace(PERCENT, "");
  if (rest !== "" && !DONE_WORDS.some((w) => rest.includes(w))) return null;
  return parseFloat(figures[0]);
}

/** Words of a target asking all of the work (全覆盖, 全部, 足额, 应保尽保, 序时进度 at the year's end, 按时完成): only all of
 *  it is 达成, so a share of it is at most 部分达成 (the 80 % floor suits vague words: 效果明显, 完成). */
const ASKS_ALL =
  /全覆盖|全面覆盖|全部|全员|全体|全额|足额|如数|所有|全面(?:完成|落实|实现)|应(\S)尽\1|序时进度|(?:按时|按期|如期)完成/;

/** Whether a word target asks all of the work (应保尽保, 全覆盖, 全部完成). */
export function asksAll(target: string): boolean {
  return ASKS_ALL.test(normalizeValueText(target));
}

/** The band a share done falls in by the floors, in percent (the profile's: 80 % and over 达成, 60 % and over 部分达成,
 *  else 未达成; 100 % for 达成 against a target asking all). */
export function bandOfDegree(percent: number, floors: readonly [number, number]): BandIndex {
  if (percent >= floors[0] - SETTING_NOISE) return 0;
  return percent >= floors[1] - SETTING_NOISE ? 1 : 2;
}
