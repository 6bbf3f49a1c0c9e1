// Direction of a bare target (spec §2 "Direction when the target has no comparator"): ≥ or ≤ from the names.
import type { Profile } from "./profile";
import { UP_WORDS } from "./score/changeWords";
import { toHalfWidth } from "./text";
import {
  DEALT_WORDS,
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  MONEY,
  SAVING_WORDS,
  SUSPECT_WHEN_CAPPED,
} from "./directionWords";

/** The inferred direction and why. */
export interface InferredDirection {
  comparator: ">=" | "<=";
  /** The deciding keyword from the level-3 name (人均…费 reports the matched text), null when none decided. */
  keyword: string | null;
  reason: "zero" | "negative" | "cost-category" | "time-limit" | "lower-keyword" | "higher-keyword" | "default";
}

interface Hit {
  keyword: string;
  end: number;
  lower: boolean;
}

/** The name as compared: half-width, no spaces or quotes. */
function normalizeName(s: string): string {
  if (s === undefined || s === null) return "";
  return mayNeedNormalizing(s) ? toHalfWidth(s).replace(/[\s"'“”‘’「」《》]/g, "") : s;
}

/** Whether the name holds a character normalizing could change: a space of any kind, a quote, or full-width ASCII. */
function mayNeedNormalizing(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // \s is ≤ 0x20, 0xa0, 0x1680–0x3000 or 0xfeff; the quotes are ", ' and 0x2018–0x300f; full-width is 0xff01–0xff5e
    if (
      c <= 0x20 ||
      c === 0x22 ||
      c === 0x27 ||
      c === 0xa0 ||
      (c >= 0x1680 && c <= 0x300f) ||
      c === 0xfeff ||
      (c >= 0xff01 && c <= 0xff5e)
    )
      return true;
  }
  return false;
}

interface Entry {
  keyword: string;
  lower: boolean;
}

/** Keywords by their last character, longest first (lower-is-better first on equal length, as a tie goes to it). */
type KeywordIndex = Map<number, Entry[]>;

const indexCache = new WeakMap<readonly string[], WeakMap<readonly string[], KeywordIndex>>();

function keywordIndex(lower: readonly string[], higher: readonly string[]): KeywordIndex {
  let byHigher = indexCache.get(lower);
  if (!byHigher) indexCache.set(lower, (byHigher = new WeakMap()));
  let index = byHigher.get(higher);
  if (index) return index;
  index = new Map();
  const entries = [
    ...lower.map((keyword) => ({ keyword, lower: true })),
    ...higher.map((keyword) => ({ keyword, lower: false })),
  ];
  for (const e of entries.filter((x) => x.keyword !== "").sort((a, b) => b.keyword.length - a.keyword.length)) {
    const last = e.keyword.charCodeAt(e.keyword.length - 1);
    const list = index.get(last);
    if (list) list.push(e);
    else index.set(last, [e]);
  }
  byHigher.set(higher, index);
  return index;
}

/** The keyword that ends latest in the name; on the same end, the longer one (不合格率 over 合格率). */
function latestKeyword(name: string, lower: readonly string[], higher: readonly string[]): Hit | null {
  const index = keywordIndex(lower, higher);
  let best: Hit | null = null;
  for (let p = name.length - 1; p >= 0 && !best; p--) {
    const list = index.get(name.charCodeAt(p));
    if (!list) continue;
    for (const e of list) {
      const from = p + 1 - e.keyword.length;
      if (from >= 0 && name.startsWith(e.keyword, from)) {
        best = { keyword: e.keyword, end: p + 1, lower: e.lower };
        break;
      }
    }
  }
  const perHead = name.includes("人均") ? /人均.*?费/.exec(name) : null;
  if (perHead) {
    const end = perHead.index + perHead[0].length;
    if (!best || end > best.end || (end === best.end && perHead[0].length > best.keyword.length))
      best = { keyword: perHead[0], end, lower: true };
  }
  if (best && best.lower && dealtWith(name, best)) return null;
  return best && best.lower ? savedMoney(name, best) : best;
}

/** Whether a lower-is-better keyword naming a bad thing (违法, 贫困人口, 事故数; no rate, sum or amount) names what is
 *  dealt with: a DEALT_WORDS word in the name, or a rate after it (违规资金追回率; not 违规金额比率, 违规金额增长率). */
function dealtWith(name: string, hit: Hit): boolean {
  const k = hit.keyword;
  if (k.endsWith("率") || MONEY.test(k) || k.endsWith("单价") || k.endsWith("浓度")) return false;
  const tail = name.slice(hit.end);
  if (/[^比]率$/.test(tail) && !UP_WORDS.some((w) => tail.includes(w))) return true;
  return DEALT_WORDS.some((w) => name.includes(w));
}

/** A sum of money after a saving word is the sum saved (节约办公成本, 压减一般性支出): higher is better; the hit runs
 *  from the saving word. A rate after one stays as it is (降低事故率 2% names the rate to reach). */
function savedMoney(name: string, hit: Hit): Hit {
  if (!MONEY.test(hit.keyword)) return hit;
  const before = name.slice(0, hit.end - hit.keyword.length);
  let from = -1;
  for (const w of SAVING_WORDS) {
    const at = before.indexOf(w);
    if (at >= 0 && (from < 0 || at < from)) from = at;
  }
  return from < 0 ? hit : { keyword: name.slice(from, hit.end), end: hit.end, lower: false };
}

const BUILT_IN_LISTS = { lower: LOWER_IS_BETTER, higher: HIGHER_IS_BETTER };
const listCache = new WeakMap<Profile, { lower: string[]; higher: string[] }>();

function keywordLists(profile: Profile): { lower: readonly string[]; higher: readonly string[] } {
  if (profile.lowerIsBetter.length === 0 && profile.higherIsBetter.length === 0) return BUILT_IN_LISTS;
  let lists = listCache.get(profile);
  if (!lists) {
    lists = {
      lower: [...LOWER_IS_BETTER, ...profile.lowerIsBetter.map(normalizeName)],
      higher: [...HIGHER_IS_BETTER, ...profile.higherIsBetter.map(normalizeName)],
    };
    listCache.set(profile, lists);
  }
  return lists;
}

/**
 * Infers ≥ or ≤ for a target without a comparator: the keyword ending latest in the level-3 name decides
 * (基本支出预算执行率 → ≥ via 执行率); a 成本指标 row is ≤ unless a higher-is-better head decides; a share of spending
 * (民生支出占比) is ≥ outside one; default ≥.
 */
export function inferDirection(level2: string, level3: string, profile: Profile, duration = false): InferredDirection {
  const { lower, higher } = keywordLists(profile);
  const name = normalizeName(level3);
  const hit = latestKeyword(name, lower, higher);
  const l2 = normalizeName(level2);
  if (hit && !hit.lower) return { comparator: ">=", keyword: hit.keyword, reason: "higher-keyword" };
  if (l2.includes("成本")) return { comparator: "<=", keyword: hit?.keyword ?? null, reason: "cost-category" };
  const share = hit ? spendingShare(name, hit) : null;
  if (share) return { comparator: ">=", keyword: share, reason: "higher-keyword" };
  if (hit) return { comparator: "<=", keyword: hit.keyword, reason: "lower-keyword" };
  // a length of time in a timeliness row is a time limit (办理时限 3天, 建设周期 12个月): done sooner is better
  if (duration && l2.includes("时效")) return { comparator: "<=", keyword: null, reason: "time-limit" };
  // in any other row, a name for the time allowed for a piece of work (审批时限, 响应时间) says the same
  const limit = duration ? TIME_LIMIT_NAME.exec(name) : null;
  if (limit) return { comparator: "<=", keyword: limit[1], reason: "lower-keyword" };
  return { comparator: ">=", keyword: null, reason: "default" };
}

/** A share or growth of spending (民生支出占比, 教育支出比重, 费用减免比例, 科技支出增长率) is no sum of money: outside a
 *  成本指标 row it is ≥, said by the name from the spending word on; null for a sum (一般性支出) or a bad thing's share
 *  (违规资金占比). */
function spendingShare(name: string, hit: Hit): string | null {
  if (!SPENDING.test(hit.keyword) || !SHARE_HEAD.test(name.slice(hit.end))) return null;
  return name.slice(hit.end - hit.keyword.length);
}

const SPENDING = /(?:成本|费用|支出|费)$/;
const SHARE_HEAD = /(?:比例|比重|占比|比率|增长率|增幅)$/;

/** Names of the time allowed for a piece of work or spent waiting (办理时限, 建设周期, 响应时间, 平均等候时间, 门诊患者候诊时间; not 培训时间,
 *  服务时长): with a length of time, done sooner is better, in whatever row. */
const TIME_LIMIT_NAME =
  /(时限|周期|(?:响应|到达|到场|办结|办理|处置|审批|审核|反馈|答复|回复|修复|维修|等待|等候|候诊|排队|处理|受理|出警|救援)(?:现场)?(?:时间|时长|用时))$/;

const AT_MOST_ZERO: InferredDirection = Object.freeze({ comparator: "<=", keyword: null, reason: "zero" });
const AT_MOST_FALL: InferredDirection = Object.freeze({ comparator: "<=", keyword: null, reason: "negative" });

/** The direction of a bare target of `value`: a target of 0 (0起, 0次) asks that nothing happen, so ≤ (≥ 0 would be met
 *  by anything); one below zero (能耗变化率 -5%) a fall at least that large, so ≤, unless the names decide or name a
 *  rise (收入增长率 -5%: a fall of at most 5 %); any other by the names (inferDirection). */
export function inferTargetDirection(
  level2: string,
  level3: string,
  value: number,
  profile: Profile,
  duration = false,
): InferredDirection {
  if (value === 0) return AT_MOST_ZERO;
  const d = inferDirection(level2, level3, profile, duration);
  return value < 0 && d.reason === "default" && !UP_WORDS.some((w) => level3.includes(w)) ? AT_MOST_FALL : d;
}

/** Whether the name is a higher-is-better rate of spec §7 (采购计划完成率 yes, 不合格率 no): DIRECTION_SUSPECT. */
export function isHigherIsBetterRate(name: string): boolean {
  const hit = latestKeyword(normalizeName(name), LOWER_IS_BETTER, SUSPECT_WHEN_CAPPED);
  return hit !== null && !hit.lower;
}

/** Lower-is-better rates that may be set against a quota either way (财政供养人员控制率, 预算调整率, 变动率): no
 *  direction is suspect for them. */
const EITHER_WAY_RATES: ReadonlySet<string> = new Set(["调整率", "变动率", "控制率"]);

/** Whether the name is a rate of something bad (投诉率, 事故发生率, 不合格率; not 投诉办结率): lower is better, so a
 *  floor on it is DIRECTION_SUSPECT, as a cap on a higher-is-better rate is. */
export function isLowerIsBetterRate(name: string): boolean {
  const hit = latestKeyword(normalizeName(name), LOWER_IS_BETTER, HIGHER_IS_BETTER);
  return hit !== null && hit.lower && hit.keyword.endsWith("率") && !EITHER_WAY_RATES.has(hit.keyword);
}

/** Which way a rate named at the end of `label` runs (部门预算调整率 → lower, 验收合格率 → higher): by its keyword, when
 *  that keyword is a rate (…率, …度) ending the label; null for any other label (支出率: 支出 is no rate). */
export function rateDirectionAtEnd(label: string, profile: Profile): "higher" | "lower" | null {
  const { lower, higher } = keywordLists(profile);
  const name = normalizeName(label);
  const hit = latestKeyword(name, lower, higher);
  if (!hit || hit.end !== name.length || !/[率度]$/.test(hit.keyword)) return null;
  return hit.lower ? "lower" : "higher";
}
