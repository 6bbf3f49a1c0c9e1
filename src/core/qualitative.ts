// Qualitative bands (spec §3, 三档): a completed text → 达成 / 部分达成 / 未达成 by target match and vocabulary.
import { draftOnly, finishesOtherTask, finishesStageOnly } from "./otherTask";
import { passedAfterFailing } from "./reviewOutcome";
import { fewBefore, partOverNoun } from "./fewMissed";
import type { Profile } from "./profile";
import {
  doubtedAfter,
  dueSoonAfter,
  isAsked,
  isNegated,
  NEGATIONS,
  negationStart,
  saidAbsent,
  wordEndingAt,
} from "./negation";
import { NEXT_YEAR_DONE } from "./parse/deadline";
import { plannedAfter } from "./parse/remark";
import { toHalfWidth } from "./text";
import {
  ACHIEVED_PHRASES,
  ACHIEVED_WORDS,
  LATE_WORDS,
  MISSED_PHRASES,
  MISSED_WORDS,
  PARTIAL_PHRASES,
  PARTIAL_WORDS,
} from "./bandWords";
import { shortfallAfterContrast } from "./laterClause";
import { targetBand } from "./targetMatch";
import {
  lackAfter,
  modifiesNoun,
  namesAspect,
  namesMeasure,
  PARTIAL_QUALIFIERS,
  qualifierBefore,
  shareAfter,
} from "./wordContext";

export { ACHIEVED_PHRASES, ACHIEVED_WORDS, MISSED_WORDS, PARTIAL_PHRASES, PARTIAL_WORDS } from "./bandWords";
export { afterTargetVerb, TARGET_VERBS } from "./targetMatch";

/** Band 0 = 达成, 1 = 部分达成, 2 = 未达成. */
export type Band = 0 | 1 | 2;

/** How a band was decided. */
export type QualitativeRule = "equals-target" | "contains-target" | "vocabulary" | "contains-vocabulary";

/** The result of classifying one completed text. */
export interface QualitativeClass {
  band: Band | null;
  rule: QualitativeRule | null;
  /** The target text or vocabulary entry that decided, null when nothing matched. */
  matched: string | null;
}

/** Deadline met words (spec §3): a completed value saying the deadline was kept. */
export const MET_WORDS: readonly string[] = [
  "按时",
  "及时",
  "按期",
  "按期完成",
  "按时完成",
  "及时完成",
  "如期",
  "如期完成",
  "提前完成",
  "完成",
  "准时",
];

interface Entry {
  word: string;
  band: Band;
}

const builtIn: Entry[] = [
  ...[...ACHIEVED_WORDS, ...ACHIEVED_PHRASES].map((word) => ({ word, band: 0 as Band })),
  ...[...PARTIAL_WORDS, ...PARTIAL_PHRASES].map((word) => ({ word, band: 1 as Band })),
  ...[...MISSED_WORDS, ...MISSED_PHRASES].map((word) => ({ word, band: 2 as Band })),
];
const vocabularies = new WeakMap<Profile["qualitative"]["vocabulary"], Entry[]>();

function vocabulary(profile: Profile): Entry[] {
  const extra = profile.qualitative.vocabulary;
  if (extra.achieved.length + extra.partial.length + extra.missed.length === 0) return builtIn;
  let list = vocabularies.get(extra);
  if (!list) {
    const added: Entry[] = [
      ...extra.achieved.map((w) => ({ word: normalize(w), band: 0 as Band })),
      ...extra.partial.map((w) => ({ word: normalize(w), band: 1 as Band })),
      ...extra.missed.map((w) => ({ word: normalize(w), band: 2 as Band })),
    ].filter((e) => e.word !== "");
    list = [...builtIn, ...added];
    vocabularies.set(extra, list);
  }
  return list;
}

/** Half-width, no spaces, no quotes and no closing punctuation: the form texts are compared in. */
function normalize(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s"'“”‘’「」]/g, "")
    .replace(/[。.!！;；,，、]+$/, "");
}

/**
 * Puts a completed text into a band (spec §3 order): (1) equal to or containing the target, also without its
 * leading verb; (2) the whole text in the vocabulary; (3) the longest vocabulary entry contained, a tie going to
 * the lower band. A band-0/1 entry right after a negation (不及时, 未按期完成) counts as 未达成.
 */
export function classifyQualitative(actual: string, target: string, profile: Profile): QualitativeClass {
  let memo = classified.get(profile);
  if (!memo || memo.size > 10000) classified.set(profile, (memo = new Map()));
  const key = `${actual}\u0001${target}`;
  let c = memo.get(key);
  if (!c) memo.set(key, (c = Object.freeze(classify(actual, target, profile))));
  return c;
}

const classified = new WeakMap<Profile, Map<string, QualitativeClass>>();

/** A question answered (是否按时完成：是, 能否按期交付：否), also as a checklist item (按时完成：否, 按时完成（是）): the
 *  question and the answer. */
const ANSWERED =
  /^(?:是否|能否|可否)?([^:：(（,，;；。]+)(?:[:：]|[(（](?=.*[)）]$))(是|否|能|不能|可以|不可以)[)）]?$/;

/** The band of a question answered: when the question asks whether the work was achieved (its words are 达成: 按时完成,
 *  达标), the answer is the verdict; a question about anything else (是否超标：否) is left to a person. */
function answeredBand(question: string, answer: string, target: string, profile: Profile): QualitativeClass {
  if (classifyQualitative(question, target, profile).band !== 0) return { band: null, rule: null, matched: null };
  return { band: /^(?:是|能|可以)$/.test(answer) ? 0 : 2, rule: "vocabulary", matched: answer };
}

/** A 达成 said of a text that goes on to a shortfall after a contrast (制度健全，但落实不够; 效果显著，但仍有差距) is no
 *  verdict: the words say both, and a person weighs them. A review failed and then passed is 达成. */
function classify(actual: string, target: string, profile: Profile): QualitativeClass {
  const a = normalize(actual);
  const t = normalize(target);
  const c = classifyWhole(a, t, profile);
  const passed = c.band === 2 ? passedAfterFailing(a, c.matched) : null;
  if (passed) return { band: 0, rule: c.rule, matched: passed };
  if (c.band !== 0 || c.rule === "equals-target" || c.rule === "vocabulary") return c;
  // 按时完成（计划）: a plan, whatever it says
  if (plannedAfter(a)) return { band: null, rule: c.rule, matched: c.matched };
  // 完成 of another task or of a stage (已完成招标 against 完成项目建设, 已完成立项 against 按期完成, 按计划完成前期工作 against
  // 按计划完成), or a draft (建立健全（草案）), says nothing of the target
  // (a target of 完成 alone asks no object: 已完成招标 may be it)
  const holds = c.rule === "contains-target";
  const some = holds ? c.matched !== "完成" : c.matched?.endsWith("完成");
  if (some && finishesPartOnly(a, t, holds))
    return holds ? { band: null, rule: c.rule, matched: c.matched } : { band: null, rule: null, matched: null };
  if (EXCEPTION.test(a) || someOfAll(a, c.matched)) return { band: 1, rule: c.rule, matched: c.matched };
  return shortfallAfterContrast(a, t) ? { band: null, rule: null, matched: null } : c;
}

/** Whether the 完成 of a text is of another task, a stage or a part of the work, or a draft, not of the target (only a
 *  stage or a draft when the text holds the target: another object may be the target's own). */
const finishesPartOnly = (a: string, t: string, holdsTarget: boolean) =>
  (!holdsTarget && finishesOtherTask(a, t)) || finishesStageOnly(a, t) || draftOnly(a, t);

/** An exception before what is said of the rest (除1项外均按时完成, 除个别项目外，其余均良好, 除屋面外达到合格标准): not all
 *  was, so 达成 words say 部分达成. 除…外，还 adds to it instead (除完成既定任务外，还超额完成). */
const EXCEPTION = /^除了?[^,，。;；]{1,16}?(?:之外|以外|外)(?![,，]?(?:还|也|另|又|更|同时|并))/;

/** Some of a counted whole in one clause, the 达成 word said of them (18个监测点中17个达标, 20家中有18家合格): fewer than
 *  all were. Not a group among them (12个项目中2个提前验收合格, 30所学校中5所新建，均达标). */
const SOME_OF = /(\d+)[^\d,，。;；]{0,8}?中[有的]?(\d+)([\u4e00-\u9fff]?)/;
function someOfAll(a: string, reached: string | null): boolean {
  const m = SOME_OF.exec(a);
  if (m === null || reached === null || Number(m[2]) >= Number(m[1])) return false;
  // the word right after the count, or after its measure word (17个达标, 17达标)
  const at = m.index + m[0].length;
  return a.startsWith(reached, at) || (m[3] !== "" && a.startsWith(reached, at - 1));
}

/** The spec's order on the completed text `a` and the target `t`, both normalised. */
function classifyWhole(a: string, t: string, profile: Profile): QualitativeClass {
  if (a === "") return { band: null, rule: null, matched: null };
  const answered = ANSWERED.exec(a);
  if (answered) return answeredBand(answered[1], answered[2], t, profile);
  if (t !== "") {
    const byTarget = targetBand(a, t);
    if (byTarget) return byTarget;
  }
  const vocab = vocabulary(profile);
  let whole: Entry | null = null;
  for (const e of vocab) if (e.word === a && (!whole || e.band > whole.band)) whole = e;
  if (whole) return { band: whole.band, rule: "vocabulary", matched: whole.word };
  const best = longestEntry(a, vocab);
  if (!best) return { band: null, rule: null, matched: null };
  // a shortfall of a few or a part (个别未完成, 部分不满意), and none said plainly elsewhere: the rest was done
  const few = best.band === 2 ? fewBefore(a, best.matched) : null;
  if (few && longestEntry(a.replace(few, "，"), vocab)?.band !== 2)
    return { band: 1, rule: "contains-vocabulary", matched: few };
  return { band: best.band, rule: "contains-vocabulary", matched: best.matched };
}

/** Step (3): the longest vocabulary entry in `a` (on a tie the lower band), or null. */
function longestEntry(a: string, vocab: readonly Entry[]): Match | null {
  let best: Match | null = null;
  for (const e of vocab) {
    const m = matchEntry(a, e);
    if (m && (!best || m.length > best.length || (m.length === best.length && m.band > best.band))) best = m;
  }
  return best;
}

interface Match {
  band: Band;
  length: number;
  matched: string;
}

/**
 * Where a vocabulary entry occurs in the text: a plain occurrence counts as the entry's band; a band-0/1 entry
 * right after a negation counts as 未达成 one character longer (不及时); a band-2 entry after a negation is a
 * double negative (无差错, 不差) and is skipped. One-character entries match only a whole text (spec §3, amendment 4).
 */
function matchEntry(text: string, e: Entry): Match | null {
  // a one-character entry (是, 好, 高, 未) holds no verdict inside a longer word (提高, 是否): it matches only the whole text
  if (e.word.length < 2) return degreeAdverbEnd(text, e);
  let negated: Match | null = null;
  for (let i = text.indexOf(e.word); i >= 0; i = text.indexOf(e.word, i + 1)) {
    const end = i + e.word.length;
    if (namesMeasure(text, end) || namesAspect(text, end) || modifiesNoun(text, e.word, end) || isAsked(text, i))
      continue;
    // 完成在即, 完成与否尚不确定, 完成有困难: about to be done or doubted, not said
    if (dueSoonAfter(text, end) || doubtedAfter(text, end)) continue;
    // a negative word said not to have occurred (未收到不满意反馈, 未发现不合格) is a double negative: none
    if (e.band === 2 && saidAbsent(text, i)) continue;
    const verb = verbBefore(text, i, e.word);
    const at = negationStart(text, i);
    const from = at >= 0 || verb === i ? at : negationStart(text, verb);
    // a negated negation is none (无不合格, 没有不满意): the word counts plainly
    if (from >= 0 && !isNegated(text, from)) {
      negated ??= { band: 2, length: end - from, matched: text.slice(from, end) };
      continue;
    }
    const lack = e.band === 2 ? null : lackAfter(text, end);
    if (lack) {
      negated ??= { band: 2, length: end + lack.length - i, matched: e.word + lack };
      continue;
    }
    const share = e.band === 0 ? shareAfter(text, end) : null;
    if (share) return { band: 1, length: e.word.length + share.length, matched: e.word + share };
    const partial = e.band === 0 ? partialStart(text, i, verb) : -1;
    if (partial < 0) return { band: e.band, length: e.word.length, matched: e.word };
    return { band: 1, length: end - partial, matched: text.slice(partial, end) };
  }
  return e.band === 2 ? null : negated;
}

/** Entries that complete the verb before them (落实到位, 拨付到位): a negation or a qualifier before that verb reaches
 *  them too. */
const COMPLEMENTS: ReadonlySet<string> = new Set(["到位", "完毕"]);

/** Where the verb a complement entry completes starts (落实 in 未落实到位: two characters before it), or `index` itself
 *  for any other entry: a negation or a qualifier before that verb reaches the entry. */
function verbBefore(text: string, index: number, word: string): number {
  return COMPLEMENTS.has(word) && index >= 2 ? index - 2 : index;
}

/** Where a partial qualifier of the entry at `index` starts (基本完成, 基本落实到位 before the verb at `verb`), or -1. */
function partialStart(text: string, index: number, verb: number): number {
  const q = qualifierBefore(text, index, PARTIAL_QUALIFIERS) ?? partOverNoun(text, index);
  if (q) return index - q.length;
  const v = verb < index ? qualifierBefore(text, verb, PARTIAL_QUALIFIERS) : null;
  return v ? verb - v.length : -1;
}

/** Degree adverbs, and the nouns a verdict is said of, that make a one-character verdict at the end of a text a phrase
 *  (很好, 非常好, 效果十分好; 效果好, 质量高, 反响好). */
const DEGREE_ADVERBS: readonly string[] = [
  "非常",
  "十分",
  "特别",
  "相当",
  "很",
  "极",
  "效果",
  "质量",
  "成效",
  "效益",
  "反响",
  "评价",
  "口碑",
];

/** A one-character entry (好, 高, 差) ending the text right after a degree adverb or the noun it is said of (效果很好,
 *  效果好): its band, as long as the two with it, 未达成 when negated (不是很好); or null (a single character still
 *  decides only a whole text or such a phrase, never 提高 or 好转). */
function degreeAdverbEnd(text: string, e: Entry): Match | null {
  const i = text.length - e.word.length;
  if (i <= 0 || !text.endsWith(e.word)) return null;
  // 不好, 效果不好, 质量不高: the verdict negated right before it, alone or after its noun
  if (NEGATIONS.includes(text[i - 1]) && (i === 1 || wordEndingAt(text, i - 1, DEGREE_ADVERBS)))
    return e.band === 2 ? null : { band: 2, length: e.word.length + 1, matched: text.slice(i - 1) };
  const adverb = wordEndingAt(text, i, DEGREE_ADVERBS);
  if (!adverb) return null;
  const from = negationStart(text, i - adverb.length);
  // 不是很好, 不很好: a negated 达成 is 未达成, as 不太满意 is; a negated 差 (不很差) says nothing
  if (from >= 0) return e.band === 2 ? null : { band: 2, length: text.length - from, matched: text.slice(from) };
  return { band: e.band, length: adverb.length + e.word.length, matched: adverb + e.word };
}

/** The first lateness word a completed text says plainly (延期 in 延期完成; not 未延期, 无逾期, 逾期率), or work
 *  finished the year after (次年完成) unless the deadline is in it (`nextYearDue`), or null. */
export function lateWordIn(actual: string, nextYearDue = false): string | null {
  const a = normalize(actual);
  for (const word of LATE_WORDS) {
    for (let i = a.indexOf(word); i >= 0; i = a.indexOf(word, i + 1)) {
      if (!isNegated(a, i) && a[i + word.length] !== "率") return word;
    }
  }
  const later = LATER_THAN.exec(a);
  if (later && !isNegated(a, later.index) && a[later.index - 1] !== "最") return later[0];
  const next = nextYearDue ? null : NEXT_YEAR_DONE.exec(a);
  return next && !isNegated(a, next.index) ? next[0] : null;
}

/** Later than planned, said with 晚 (晚于计划完成, 比计划晚2个月, 完成，晚了半个月, 较晚完成); not 最晚于 (at the latest). */
const LATER_THAN = /晚于|晚了|(?:比|较)[^，,；;。]{0,6}?晚/;

/** Whether a completed value is a deadline met word (按时, 及时, 按期完成, 已完成; also 均/已/全部 before them). */
export function isMetWord(text: string): boolean {
  const t = normalize(text).replace(/^(全部|均已|均|已|都已|都)/, "");
  return MET_WORDS.includes(t);
}
