// A later clause of a completed text that takes back a 达成 said before it (docs/DECISIONS.md, "A later clause that
// states a shortfall"): after a contrast (制度健全，但落实不够) or in any later clause (已完成，进度滞后; 已完成；尚有2个项目
// 未完工), a shortfall, a 达成 word negated, work waiting or under way, work left or problems said to exist.
import { ACHIEVED_PHRASES, ACHIEVED_WORDS } from "./bandWords";
import { isHigherIsBetterRate } from "./direction";
import { isNegated, PLAIN_NEGATIONS } from "./negation";
import { toHalfWidth } from "./text";
import { LACKING, namesMeasure } from "./wordContext";

/** Work waiting (待验收, 等待验收), under way (正在验收), or in progress at a clause's end (验收中), as a regular expression's
 *  sources: a contrast opens with them, and pendingReach reads what they wait for. */
const AWAITING = "等待|尚待|待";
const UNDER_WAY = "正在|仍在|尚在";
const IN_PROGRESS_END = "中(?:$|[,;。])";

/** Words opening a contrast (制度健全，但落实不够), or any later clause (已完成，进度滞后; 已完成；尚有2个项目未完工): what
 *  follows may take back what came before. */
const CONTRAST = /(?:但是|但|然而|不过|只是|[,;。]|\((?=除))/g;
/** A later clause about some of the work (总体良好，个别项目较差) or work not yet done or still waiting (已完成招标，尚未
 *  开工; 已完工，待验收; 已完成，验收中): any shortfall in it counts, as after a contrast proper. */
const FEW_OR_PENDING = new RegExp(
  `^(?:个别|少数|少部分|部分|尚未|仍未|还未|暂未|${AWAITING}|${UNDER_WAY}|[\\u4e00-\\u9fff]{2}${IN_PROGRESS_END})`,
);
/** Shortfalls a contrast may go on to, beyond LACKING (执行不严, 进度较慢, 仍有差距). */
const CONTRAST_SHORTFALLS: readonly string[] = [
  ...LACKING,
  "不严",
  "较慢",
  "偏慢",
  "缓慢",
  "差距",
  "不及时",
  "不规范",
  "延误",
  "滞后",
];
/** After a contrast proper, softer words of a shortfall count too: work still wanted (但仍需改进, 但有待提高), problems. */
const WITH_SOFT_SHORTFALLS: readonly string[] = [...CONTRAST_SHORTFALLS, "有待", "仍需", "还需", "尚需", "问题"];
/** Shortfalls any later clause may state whatever it is about (已完成，进度滞后): not a low or weak figure, which may be of
 *  something lower-is-better (满意，投诉率较低), nor 不足, which opens a comment (不足之处在于宣传). */
const CLAUSE_SHORTFALLS: readonly string[] = [
  "滞后",
  "差距",
  "延误",
  "不到位",
  "不理想",
  "不佳",
  "欠佳",
  "不及时",
  "不规范",
  "缓慢",
  "较慢",
  "偏慢",
  "不严",
];

/** A word of work done run on into work not done or waiting (已完工尚未验收, 完工待验收): read as two clauses. */
const DONE_THEN_NOT = /(完成|完工|竣工|建成)(?=(?:尚|仍|还|暂)?未|等?待|尚待)/g;

/** The shortfall a text says after a contrast (不够 in 制度健全，但落实不够; 不完整 in 规范但不完整 against the target 规范完整)
 *  or in a later clause (滞后 in 已完成，进度滞后; 未验收 in 已完工未验收), or null. Not a negated one (但无差距, 未出现滞后). */
export function shortfallAfterContrast(said: string, target = ""): string | null {
  const text = said.replace(DONE_THEN_NOT, "$1,");
  CONTRAST.lastIndex = 0;
  let seen = 0;
  for (let m = CONTRAST.exec(text); m && seen++ < OPENER_BUDGET; m = CONTRAST.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + REST_SPAN);
    for (const word of shortfallsAfter(m[0], rest)) {
      const i = rest.indexOf(word);
      if (i >= 0 && (word[0] === "不" || !isNegated(rest, i))) return word;
    }
    // a low figure of a rate that should be high (已完成，群众满意度不高), in a clause of its own
    const low = lowRate(rest);
    if (low) return low;
    const negated = negatedReach(rest, target) ?? pendingReach(rest, target) ?? remainderOrProblem(rest);
    if (negated) return negated;
  }
  return null;
}

/** The clause's low or weak word (不高, 较低 …) after a rate that should be high (满意度, 完成率: 群众满意度不高), or null;
 *  not after one that should be low (投诉率较低). */
function lowRate(rest: string): string | null {
  for (const word of LACKING) {
    const i = rest.indexOf(word);
    if (i > 0 && !endsClauseBefore(rest, i) && isHigherIsBetterRate(rest.slice(0, i).replace(/[仍还尚]+$/, "")))
      return word;
  }
  return null;
}

/** Whether a clause ends between the start of `rest` and `i`. */
const endsClauseBefore = (rest: string, i: number) => /[,;。]/.test(rest.slice(0, i));

/** Budgets for a long cell: the contrasts and clauses looked at, and how far after each is read (a real completed
 *  value has a few short clauses; 4,000 of them took 0.8 s). */
const OPENER_BUDGET = 32;
const REST_SPAN = 64;

/** The shortfall words that count after `opener` (a contrast word, or a clause's punctuation) in `rest`. */
function shortfallsAfter(opener: string, rest: string): readonly string[] {
  if (opener.length > 1 || opener === "但") return WITH_SOFT_SHORTFALLS;
  return FEW_OR_PENDING.test(rest) ? CONTRAST_SHORTFALLS : CLAUSE_SHORTFALLS;
}

/** Whether a clause of its own states a shortfall (进度滞后, 尚有2个项目未完工, 存在一定问题), as a later clause after a
 *  达成 word would; not work waiting or under way (待验收, 正在建设1个: beside a figure, the rest of the task). */
export function statesShortfall(clause: string): boolean {
  const c = toHalfWidth(clause);
  return !WAITING.test(c) && shortfallAfterContrast(`,${c}`) !== null;
}

/** Some of the work left undone (仍有3户未入住, 尚有2个项目未完工), problems said to exist (存在一定问题; not 不存在问题),
 *  or an exception (个别项目除外, （除设备采购外）), at a clause's start. */
const REMAINDER_OR_PROBLEM =
  /^(?:其中)?(?:(?:仍|尚|还)有[^,;。]{0,8}?(?:未|没有)|(?:仍|还|尚)?存在[^,;。]{0,6}?问题)|^[^,;。)]{1,12}除外|^除[^,;。)]{1,12}外(?![另还也])/;

/** The words saying some of the work was left undone or problems exist, at the start of `rest`, or null. */
function remainderOrProblem(rest: string): string | null {
  return REMAINDER_OR_PROBLEM.exec(rest)?.[0] ?? null;
}

/** Verbs of doing the work (落实, 开展, 验收 …): negated after a contrast (但未落实) they take a 达成 back. */
const DOING: readonly string[] = [
  "落实",
  "实施",
  "执行",
  "开展",
  "建立",
  "建成",
  "验收",
  "拨付",
  "发放",
  "兑现",
  "开工",
  "完工",
  "竣工",
  "投入",
  "启动",
  "印发",
  "出台",
];
/** The first two characters of the 达成 words (完成, 合格, 按时 …) and the verbs of doing: what a negation after a
 *  contrast takes back. */
const REACH_STARTS: ReadonlySet<string> = new Set([
  ...[...ACHIEVED_WORDS, ...ACHIEVED_PHRASES].filter((w) => w.length >= 2).map((w) => w.slice(0, 2)),
  ...DOING,
]);

/** A negation before a 达成 word or two characters of the target (但未完成验收, 但不完整 against 规范完整), not one itself
 *  negated or said not to have occurred (但无不合格, 但未发现不合格): the words and their negation, or null. */
function negatedReach(rest: string, target: string): string | null {
  for (let i = 0; i + 2 < rest.length; i++) {
    if (!PLAIN_NEGATIONS.includes(rest[i]) || isNegated(rest, i)) continue;
    const next = rest.slice(i + 1, i + 3);
    // a negated word naming a measure (不合格率0) says no shortfall
    if ((REACH_STARTS.has(next) || target.includes(next)) && !namesMeasure(rest, i + 3)) return rest[i] + next;
  }
  return null;
}

/** Work waiting or under way in a clause, after at most a short subject (附属工程尚在施工): 待, 等待 before a 达成 word or
 *  two characters of the target (待验收, 等待验收 against 验收合格), 正在 before a verb of doing (正在验收, not 正在发挥
 *  作用), such a verb before 中 (验收中, 配套设施施工中), or building waiting or under way (二期待建, 配套设施在建). */
const WAITING = new RegExp(
  `^[\\u4e00-\\u9fff]{0,6}?(?:(?:${AWAITING})(.{2})|(?:${UNDER_WAY})(.{2})|(.{2})${IN_PROGRESS_END}|` +
    "([在待]建)(?:$|[,;。]))",
);

/** Work that 正在 before it says is not done yet (正在进行附属工程, 正在建设, 正在收尾): unlike a state (正在运行). */
const WORK_UNDER_WAY: readonly string[] = [
  "进行",
  "建设",
  "施工",
  "办理",
  "推进",
  "收尾",
  "整改",
  "调试",
  "编制",
  "修订",
  "审核",
  "审批",
  "招标",
  "采购",
];

/** The words of work still waiting for what the target asks (待验收 against 验收合格), or null. */
function pendingReach(rest: string, target: string): string | null {
  const m = WAITING.exec(rest);
  if (!m) return null;
  const [waiting, reach] = [m[1] ?? m[3], m[2] ?? m[3]];
  if (m[4] !== undefined || (reach !== undefined && DOING.includes(reach))) return m[0];
  if (reach !== undefined && WORK_UNDER_WAY.includes(reach)) return m[0];
  return waiting !== undefined && (REACH_STARTS.has(waiting) || target.includes(waiting)) ? m[0] : null;
}
