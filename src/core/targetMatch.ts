// Step (1) of the spec's qualitative order: the completed text equal to the target or containing it, also without the
// target's leading verb (获得表彰 → 表彰), and the target said negated (未达到预期, 验收未完成).
import { badEventAfter, NONE_AFTER, problemOfNot } from "./badEvents";
import { ACHIEVED_PHRASES, ACHIEVED_WORDS } from "./bandWords";
import { fewStartBefore, partOverNoun } from "./fewMissed";
import { negatedWithin } from "./parse/remark";
import {
  doubtedAfter,
  dueSoonAfter,
  endsClause,
  isAsked,
  isNegated,
  negationStart,
  PLAIN_NEGATIONS,
  wordEndingAt,
} from "./negation";
import type { QualitativeClass } from "./qualitative";
import { DOWN_WORDS } from "./score/changeWords";
import {
  aspectJudgement,
  isPlainlyNegated,
  lackAfter,
  namesAspect,
  namesMeasure,
  PARTIAL_QUALIFIERS,
  qualifierBefore,
  QUALIFIERS,
  shareAfter,
} from "./wordContext";

/** Leading verbs dropped from a target before looking for it in the completed text (获得表彰 → 表彰). */
export const TARGET_VERBS: readonly string[] = ["获得", "实现", "达到", "做到", "确保", "保持", "完成"];

/** What a target says after its leading verb (获得表彰 → 表彰), or null when it has none. */
export function afterTargetVerb(target: string): string | null {
  const verb = TARGET_VERBS.find((v) => target.startsWith(v) && target.length > v.length);
  return verb ? target.slice(verb.length) : null;
}

/** The target's leading verbs, and 达 for 达到 (未达预期), as they stand before its object in a completed text. */
const REACHING_BEFORE: readonly string[] = [...TARGET_VERBS, "达"];
/** Words saying the object was fallen short of (低于预期, 不及预期, 未及预期). */
const SHORT_OF: readonly string[] = ["低于", "不及", "未及", "少于"];

/** Verbs of handling an object (正在办理竣工验收, 未组织验收): a negation or a qualifier before them reaches the object. */
const HANDLING_VERBS: readonly string[] = ["办理", "进行", "开展", "组织"];
/** Verbs of setting out to do it (准备竣工验收, 已申请验收, 启动验收): the object is not yet reached. */
const STARTING_VERBS: readonly string[] = ["准备", "启动", "着手", "筹备", "申请"];

/** Budgets for a long cell (32,000 characters of one word repeated took 5 s): the occurrences of a target looked at,
 *  and how far after one its clause is read. A real completed value holds a target a few times, in short clauses. */
const OCCURRENCE_BUDGET = 32;
const CLAUSE_BUDGET = 64;

/** Qualifiers that say a target was reached in part: the partial ones but 正在, which before a state (正在正常运行,
 *  正在发挥作用) says it holds, and before work (正在办理竣工验收) that it is not done: a person tells which. */
const TARGET_IN_PART: readonly string[] = PARTIAL_QUALIFIERS.filter((q) => q !== "正在");

/** Where a target (or its object) occurs in a completed text: said plainly, only negated (未达到预期, 验收未完成), only
 *  in part (基本稳定, 初步建成, 有待完善 against 稳定, 建成, 完善), only open (planned, asked, doubted, under way or set
 *  as the target: 拟建立健全, 按时完成与否尚不确定, 正在建立健全, 目标12月底前), or nowhere. */
type TargetOccurrence = "plain" | "negated" | "partial" | "open" | null;

/** Words of the distance to a target (离合格标准差一点, 距有效提升尚远): it was not reached. */
const DISTANCE: readonly string[] = ["距离", "离", "距"];
/** The target set again as what was asked (目标12月底前, 任务为按时完成, 指标值：95%): a plan, not what was done. */
const RESTATED = /(?:^|[,，;；(（])(?:年度|全年)?(?:目标|任务|指标值)([为是]?)[:：]?$/;

/** Finds `needle` in `text` at a place not negated or qualified, nor naming a measure, said to fall short or to be
 *  done in part (完成一半). A verb of reaching right before it (未达到预期 for the object 预期) is read with it; a
 *  negation before it, or a 达成 word negated after it in its clause (验收未完成, 全覆盖尚未实现), makes it negated. */
function targetIn(text: string, needle: string): TargetOccurrence {
  let [negated, partial, open] = [false, false, false];
  let seen = 0;
  for (let i = text.indexOf(needle); i >= 0 && seen++ < OCCURRENCE_BUDGET; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    // 不合格率2% against 合格: the word names a measure (合格率), negated or not it is no verdict
    if (namesMeasure(text, end)) continue;
    if (namesAspect(text, end)) {
      // 及时性好 against 及时 is said so, 及时性差 is not; any other judgement of the aspect decides by its own words
      const judgement = aspectJudgement(text, end + 1);
      if (judgement === "good") return "plain";
      negated ||= judgement === "bad";
      continue;
    }
    // 完全覆盖 holds 全覆盖: the word 完全 opens the match, so a negation before it (未完全覆盖) is the match's
    const into = text[i] === "全" && text[i - 1] === "完" ? 1 : 0;
    const verb = wordEndingAt(text, i - into, REACHING_BEFORE) ?? wordEndingAt(text, i - into, HANDLING_VERBS);
    const head = i - into - (verb?.length ?? 0);
    // 低于预期, 不及预期 against 达到预期: short of it, 略低于预期 a little (不低于预期: not short of it)
    const below = wordEndingAt(text, head, SHORT_OF);
    const before = below ? head - below.length - 1 : -1;
    if (below && !(before >= 0 && PLAIN_NEGATIONS.includes(text[before]))) {
      if (/[略稍]$/.test(text.slice(0, head - below.length))) partial = true;
      else negated = true;
      continue;
    }
    const after = reachAfter(text, end);
    // 离合格标准差一点: short of it
    if (wordEndingAt(text, head, DISTANCE)) {
      negated = true;
      continue;
    }
    const event = badEventAfter(text, end);
    if (event) {
      // 无安全事故, 没有安全隐患 against 安全: the negation is the accident's and says the target was kept; 存在安全隐患,
      // 发生安全事故1起 speak of the bad event, not of the target
      if (eventAbsent(text, head, event) && !isAsked(text, head) && plainAfter(text, end, after)) return "plain";
      // 存在不规范问题, 不合格问题已整改 against 规范, 合格: a problem of not meeting the target, 未达成
      negated ||= problemOfNot(text, head) && !isAsked(text, head);
      continue;
    }
    if (
      isPlainlyNegated(text, head) ||
      negatedPhrase(text, head) ||
      after === "negated" ||
      undoneWithin(needle, text, end)
    ) {
      // said negated of a few or a part (部分不稳定, 个别项目验收未完成): the rest holds, as 基本稳定 says
      const from = negationStart(text, head);
      if (fewStartBefore(text, from >= 0 ? from : head) >= 0) partial = true;
      else negated = true;
    } else if (openAt(text, i, head, end)) open = true;
    else if (qualifierBefore(text, head, TARGET_IN_PART) ?? partOverNoun(text, head)) {
      // 基本稳定, 初步建成 against 稳定, 建成: 部分达成, as the bands' 基本完成 is (unless a measure or a lack follows)
      partial ||= plainAfter(text, end, after);
    } else if (qualifierBefore(text, head, QUALIFIERS)) open = true;
    // 明显改善不足, 效果明显下降 against 明显改善, 效果明显: said short or worse right after
    else if (after === null && (lackAfter(text, end) || worseAfter(needle, text, end))) negated = true;
    else if (plainAfter(text, end, after)) return "plain";
    // 有效提升目标仅部分实现: reached in part; 验收预计12月完成: open
    else if (after === "partial") partial = true;
    else if (after === "open") open = true;
  }
  return negated ? "negated" : partial ? "partial" : open ? "open" : null;
}

/** Whether the target at `i` (`head` with its verb, ending at `end`) is not said to be so: asked, planned or doubted
 *  (是否按时完成, 拟建立健全, 按时完成与否尚不确定), only set out on (准备竣工验收) or set again as the target (目标12月底前). */
function openAt(text: string, i: number, head: number, end: number): boolean {
  if (isAsked(text, head) || isAsked(text, i) || wordEndingAt(text, i, STARTING_VERBS)) return true;
  if (doubtedAfter(text, end)) return true;
  // a label before a figure or a date (目标12月底前), or with 为 before anything (目标为有效提升)
  const label = RESTATED.exec(text.slice(0, head));
  return label !== null && (label[1] !== "" || /\d/.test(text[head]));
}

/** Whether the target at `head` opens the phrase of 在 or 于 before it and a negation stands before that word (未能在
 *  12月底前完成, 没有在年底前完工, 未于上半年完成, 未在5个工作日内办结): the negation reaches the verb across the phrase. */
function negatedPhrase(text: string, head: number): boolean {
  return head > 0 && (text[head - 1] === "在" || text[head - 1] === "于") && isPlainlyNegated(text, head - 1);
}

/** Whether the target ending at `end` is a time limit whose work is said undone right after it (5个工作日内未办结,
 *  12月底前未拨付, 6月底未拨付; 5个工作日 before 内未办结): the negation reaches the verb, as 未在…内办结 does. */
function undoneWithin(needle: string, text: string, end: number): boolean {
  return negatedWithin(text.slice(end, end + CLAUSE_BUDGET), /[内前底末]$/.test(needle));
}

/** Words saying what a target names got worse (效果明显下降, 效果显著减弱). */
const WORSE: readonly string[] = [...DOWN_WORDS, "减弱", "变差", "恶化", "退步"];

/** Whether a fall is said right after a target ending at `end` (效果明显下降) that asks for none itself (明显下降) and
 *  names more than a degree: after 显著 or 明显 alone the fall may be the good way (成本显著下降). */
function worseAfter(needle: string, text: string, end: number): boolean {
  const asksNone = needle.length > 2 && !WORSE.some((w) => needle.includes(w));
  return asksNone && WORSE.some((w) => text.startsWith(w, end));
}

/** A count of none right after a problem of not meeting the target (不合格问题0个, 不规范问题为零): there is none. */
const NONE_COUNT = /^(?:为|共|有)?[0零](?![\d.])/;

/** Whether a bad event after a target at `head` is said not to have happened: negated before the target (无安全事故,
 *  未发生安全事故) or before the event (安全生产无事故), or said absent after it (安全事故零发生); not when the negation is
 *  the target's own (不规范问题: a problem of not being 规范) and no count of none follows. */
function eventAbsent(text: string, head: number, event: { start: number; end: number }): boolean {
  if (NONE_AFTER.some((w) => text.startsWith(w, event.end))) return true;
  if (problemOfNot(text, head)) return NONE_COUNT.test(text.slice(event.end));
  return isPlainlyNegated(text, head) || isNegated(text, head) || isNegated(text, event.start);
}

/** Whether nothing after a target ending at `end` takes it back: no word of reaching said otherwise (`after`), no
 *  measure named (稳定率), no lack, no share (完成一半), not about to be done (完成在即). */
function plainAfter(text: string, end: number, after: ReturnType<typeof reachAfter>): boolean {
  const shortOrSoon = lackAfter(text, end) || shareAfter(text, end) || dueSoonAfter(text, end);
  return after === null && !namesMeasure(text, end) && !shortOrSoon;
}

/** Words that say a target was reached when they follow it in its clause (验收已完成, 全覆盖已实现): the target's leading
 *  verbs, the 达成 words of two or more characters and the 达成 phrases (安全措施不到位: 到位 negated). */
const REACH_WORDS: readonly string[] = [
  ...TARGET_VERBS,
  ...ACHIEVED_WORDS.filter((w) => w.length >= 2),
  ...ACHIEVED_PHRASES,
];

/** What the rest of the clause after a target says of reaching it: "negated" (验收未完成, 安全措施不完善, 验收完成不到位),
 *  "partial" (qualified or done in part: 验收基本完成, 12月底前完成部分, 目标仅部分实现), "open" (planned or asked: 验收预计
 *  12月完成), or null (nothing, or reached plainly). */
function reachAfter(text: string, end: number): "negated" | "partial" | "open" | null {
  for (let j = end; j < end + CLAUSE_BUDGET && !endsClause(text, j); j++) {
    const word = REACH_WORDS.find((w) => text.startsWith(w, j));
    if (!word || namesMeasure(text, j + word.length)) continue;
    // negated after the target, and not twice (无不合格)
    const from = negationStart(text, j);
    if (from >= end && !isNegated(text, from)) return "negated";
    if (lackAfter(text, j + word.length)) return "negated";
    if (isAsked(text, j)) return "open";
    if (qualifierBefore(text, j, PARTIAL_QUALIFIERS) || shareAfter(text, j + word.length)) return "partial";
  }
  return null;
}

/** Verbs of setting something up that targets pair (建立健全, 建立完善长效机制): the first says it was set up. */
const PAIRED_VERBS: readonly string[] = ["建立", "健全", "完善", "制定", "出台", "形成", "建成"];

/** A target opening with two verbs of setting up (建立健全长效机制), with the first alone (建立长效机制), or null: work set
 *  up answers it as the pair does (已建立并运行, 初步建立, 尚未建立). */
function firstOfPair(t: string): string | null {
  const first = PAIRED_VERBS.find((v) => t.startsWith(v));
  const second = first && PAIRED_VERBS.find((v) => v !== first && t.startsWith(v, first.length));
  return first && second ? first + t.slice(first.length + second.length) : null;
}

/** A target that asks something not to happen (不超过上年, 不发生安全事故): 不 and what it negates. */
const ASKS_NOT = /^不(?=超|突破|高于|低于|少于|多于|大于|小于|发生|出现)/;

/** The ways a completed text may say a target: whole, without its leading verb (获得表彰 → 表彰), with the first of two
 *  paired verbs (建立健全 → 建立), with 未 or 没有 for a target's 不 (不超过上年 → 未超过上年: it did not). */
function targetForms(t: string): string[] {
  const forms = [t];
  const saidNot = ASKS_NOT.test(t) ? [`未${t.slice(1)}`, `没有${t.slice(1)}`] : [];
  for (const f of [afterTargetVerb(t), firstOfPair(t), ...saidNot]) if (f !== null && !forms.includes(f)) forms.push(f);
  return forms;
}

/** What a target's state in a completed text makes its band (plain 达成, negated 未达成, in part 部分达成, open none: a
 *  person decides), in that order. */
const STATE_BANDS: readonly (readonly [TargetOccurrence, 0 | 1 | 2 | null])[] = [
  ["plain", 0],
  ["negated", 2],
  ["partial", 1],
  ["open", null],
];

/** Step (1) of the spec's order: the completed text equal to the target or containing it (also without the target's
 *  leading verb, or with the first of its paired verbs) is 达成; containing it only negated (未达到预期, 验收未完成) is
 *  未达成, only in part (基本稳定) 部分达成, only open (拟建立健全) band null with the rule: no other word of the text
 *  decides (健全 inside 拟建立健全); otherwise null. */
export function targetBand(a: string, t: string): QualitativeClass | null {
  const forms = targetForms(t);
  return formsBand(a, forms) ?? (a.indexOf("了") >= 0 ? formsBand(withoutAspect(a), forms) : null);
}

/** 了 with the character before it: the particle after a verb (促进了产业发展, 改善了人居环境) unless the two are a word of
 *  their own (为了 a purpose, 除了 an exception), and not the 了 of 了解 or 了结. */
const ASPECT_LE = /([\s\S])了(?![解结])/g;
const NOT_ASPECT: ReadonlySet<string> = new Set(["为", "除"]);

/** Completed text `a` without the particle 了 after its verbs: it says the target with it (促进产业发展). */
function withoutAspect(a: string): string {
  return a.replace(ASPECT_LE, (both: string, before: string) => (NOT_ASPECT.has(before) ? both : before));
}

/** Step (1) for the target's forms in completed text `a`. */
function formsBand(a: string, forms: string[]): QualitativeClass | null {
  if (forms.includes(a)) return { band: 0, rule: "equals-target", matched: a };
  const found = forms.map((f) => targetIn(a, f));
  for (const [state, band] of STATE_BANDS) {
    const i = found.indexOf(state);
    if (i >= 0) return { band, rule: "contains-target", matched: forms[i] };
  }
  return null;
}
