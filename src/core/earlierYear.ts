// A word target set against the year before (不低于上年, 较上年下降, 逐年提高) and a completed value saying which way the
// figure went (高于上年, 与上年持平, 同比增长8%, 较上年下降3%): the band the direction gives (docs/DECISIONS.md, "A target
// set against the year before").
import { CHANGE_WORDS_SOURCE, DOWN_WORDS, UP_WORDS } from "./score/changeWords";
import { compactText } from "./text";

/** The year before, as targets and completed values name it. */
const EARLIER = "(?:上年度?|上一年度?|去年|往年|上年同期|去年同期|前一年)";
const UP = UP_WORDS.join("|");
const DOWN = DOWN_WORDS.join("|");

/** A direction asked: up (+1) or down (-1), and whether staying level answers it (不低于上年: yes; 较上年增长: no). */
interface Asked {
  dir: 1 | -1;
  levelMeets: boolean;
}

/** Targets set against the year before, each with the direction it asks. */
const ASKED: readonly (readonly [RegExp, Asked])[] = [
  [new RegExp(`^(?:不低于|不少于|不小于|≥|>=|大于等于|高于或等于)${EARLIER}(?:水平)?$`), { dir: 1, levelMeets: true }],
  [new RegExp(`^(?:不高于|不多于|不超过|≤|<=|小于等于|低于或等于)${EARLIER}(?:水平)?$`), { dir: -1, levelMeets: true }],
  [new RegExp(`^(?:高于|多于|超过|>)${EARLIER}(?:水平)?$`), { dir: 1, levelMeets: false }],
  [new RegExp(`^(?:低于|少于|<)${EARLIER}(?:水平)?$`), { dir: -1, levelMeets: false }],
  [new RegExp(`^(?:(?:较|比)${EARLIER}(?:有所)?|逐年|稳步|持续)(?:${UP})$`), { dir: 1, levelMeets: false }],
  [new RegExp(`^(?:(?:较|比)${EARLIER}(?:有所)?|逐年|稳步|持续)(?:${DOWN})$`), { dir: -1, levelMeets: false }],
];

/** A completed value level with the year before (与上年持平, 基本持平). */
const LEVEL = /持平|无变化|没有变化/;
/** A completed value above or below the year before, said as a comparison (高于上年, 低于去年同期). */
const ABOVE = new RegExp(`(?:高于|多于|超过)${EARLIER}`);
const BELOW = new RegExp(`(?:低于|少于)${EARLIER}`);
/** A change word, and a negation right before one (未增长, 没有下降: which way is not said). */
const UP_SAID = new RegExp(`(?:${UP})`);
const DOWN_SAID = new RegExp(`(?:${DOWN})`);
const NEGATED_CHANGE = new RegExp(`[未没不无](?:有)?(?:${CHANGE_WORDS_SOURCE})`);

/** Completed values longer than this say more than a direction and are left to the other rules. */
const MAX_TEXT = 24;

/** Which way a completed value says the figure went against the year before: +1, -1, 0 (level), or null (none, both,
 *  or negated). */
function directionSaid(s: string): 1 | -1 | 0 | null {
  if (s.length > MAX_TEXT || NEGATED_CHANGE.test(s)) return null;
  const up = ABOVE.test(s) || UP_SAID.test(s);
  const down = BELOW.test(s) || DOWN_SAID.test(s);
  const level = LEVEL.test(s);
  if (Number(up) + Number(down) + Number(level) !== 1) return null;
  return up ? 1 : down ? -1 : 0;
}

/** The band of a completed value against a target set against the year before: 达成 the way asked (or level, where
 *  level meets it), 未达成 the other way; null when the target is no such target, the value says no single direction,
 *  or it is level where a change was asked. */
export function earlierYearBand(actual: string, target: string): 0 | 2 | null {
  const t = compactText(target);
  const asked = ASKED.find(([re]) => re.test(t))?.[1];
  if (!asked) return null;
  const said = directionSaid(compactText(actual));
  if (said === null) return null;
  if (said === 0) return asked.levelMeets ? 0 : null;
  return said === asked.dir ? 0 : 2;
}
