// What stands around a word in a completed text and changes what it says: a qualifier before it (基本完成), a shortfall
// (完成情况不理想), a share (完成一半) or work under way (完善中) after it, a noun it is part of (满意度).
import { BUILT_WORDS } from "./bandWords";
import { endsClause, isNegated, negationStart, wordEndingAt } from "./negation";
import { APPROX_PREFIXES } from "./parse/normalize";

/** Words saying a 达成 word is still to come (有待完善, 正在完善, 仍需进一步规范, 应当规范, 欠缺规范): work in progress,
 *  部分达成; the one-character ones (待完善, 欠规范, 需进一步健全) as modalHolds allows. */
const PENDING: readonly string[] = [
  "有待",
  "尚待",
  "亟待",
  "亟需",
  "仍需",
  "还需",
  "尚需",
  "需要",
  "正在",
  "逐步",
  "应当",
  "应该",
  "欠缺",
  "待",
  "欠",
  "需",
  "应",
  "要",
  "须",
];
/** One-character modals that say work is still to come only before 进一步 (需进一步完善; 应完成5项 is what was due). */
const ONLY_FURTHER = "需应要须";
/** A one-character modal negated, or part of another word (无需, 主要, 相应, 接待, 所需): no modal. */
const NOT_MODAL =
  /^(?:[不无毋未没].|[主重必只纲概摘首提简]要|[相对供响反适效回呼照顺]应|[接对招款看优期虐厚]待|[所按必]需|[拖亏赊]欠)$/;

/** Whether qualifier `q` ending at `at`, with `gap` after it, is one: a one-character modal (待, 需 …) as above. */
function modalHolds(text: string, at: number, q: string, gap: string): boolean {
  if (q.length > 1 || !PENDING.includes(q)) return true;
  if (ONLY_FURTHER.includes(q) && gap !== "进一步") return false;
  return !NOT_MODAL.test(text.slice(Math.max(0, at - 2), at));
}

/** Qualifiers that keep a contained target from deciding by itself (部分及时处置). */
export const QUALIFIERS: readonly string[] = ["部分", "基本", "尚未", "没有", ...PENDING];
/** Qualifiers that make a 达成 word partial (部分完成, 大部分完成, 基本达标, 初步完成, 较规范; 主体完工: the main works
 *  only; 大体合格, 暂时合格; 少数合格, 个别按时完成: a few were), as 基本完成 and 较好 are in the bands. */
export const PARTIAL_QUALIFIERS: readonly string[] = [
  "一小部分",
  "极个别",
  "极少数",
  "小部分",
  "少部分",
  "少数",
  "个别",
  "少量",
  "大部分",
  "大多数",
  "基本上",
  "多数",
  "大多",
  "大体",
  "暂时",
  "相对",
  "主体",
  "大部",
  "部分",
  "基本",
  "初步",
  "较为",
  "比较",
  "较",
  ...PENDING,
];

/** Words that may stand between a qualifier and its word: 进一步 (仍需进一步完善), a verb of reaching (基本实现全覆盖), a
 *  word of all (基本都按时完成, 基本全部合格), a manner (基本如期完成, 基本按计划完成) and 能 (基本能按时完成). */
const QUALIFIER_GAPS: readonly string[] = [
  "进一步",
  "实现",
  "达到",
  "做到",
  "全部",
  "都",
  "均",
  "如期",
  "按期",
  "按时",
  "按计划",
  "能够",
  "能",
];

/** A qualifier of `words` before `index`, also with a gap word between (仍需进一步完善, 基本实现全覆盖): the words as
 *  written, or null. */
export function qualifierBefore(text: string, index: number, words: readonly string[]): string | null {
  const gap = wordEndingAt(text, index, QUALIFIER_GAPS) ?? "";
  const q = wordEndingAt(text, index - gap.length, words);
  return q && modalHolds(text, index - gap.length, q, gap) ? q + gap : null;
}

/** Entries that are a verdict only where a clause ends (效果一般, 群众反映一般, 落实到位): before a noun they name a kind
 *  (一般性支出, 一般事故, 一般公共预算, 到位资金). */
const CLAUSE_FINAL: ReadonlySet<string> = new Set(["一般", "到位"]);

/** Nouns after a word of works finished that name a step or a paper of it (竣工验收, 竣工决算, 建成区), not the works done. */
const WORKS_PAPERS = /^(?:验收|决算|结算|审计|备案|资料|图|报告|手续|日期|时间|区)/;

/** Whether `word`, ending at `end`, is a clause-final entry that goes on into a noun instead, or a word of works
 *  finished naming a step of them (正在办理竣工验收). */
export function modifiesNoun(text: string, word: string, end: number): boolean {
  if (BUILT_WORDS.includes(word)) return WORKS_PAPERS.test(text.slice(end));
  return CLAUSE_FINAL.has(word) && !endsClause(text, end);
}

/** Whether the word ending at `end` is part of a noun it names (满意度, 合格率, 完成率): no verdict, as 合格率低 says. */
export function namesMeasure(text: string, end: number): boolean {
  return text[end] === "度" || text[end] === "率";
}

/** Whether the word ending at `end` names the aspect judged after it (及时性一般, 合规性差, 完整性较好): the judgement
 *  decides, not the word; a shortfall or work to come said of it (规范性不足, 规范性有待加强) is read with the word. */
export function namesAspect(text: string, end: number): boolean {
  return text[end] === "性" && lackAfter(text, end) === null && shareAfter(text, end) === null;
}

/** One-character judgements closing the clause after an aspect (及时性好, 合规性差): good, or bad. */
const ASPECT_GOOD = "好强高";
const ASPECT_BAD = "差弱低";

/** The one-character judgement closing its clause right after the aspect that ends at `end` (性 in 及时性好), or null. */
export function aspectJudgement(text: string, end: number): "good" | "bad" | null {
  if (!endsClause(text, end + 1)) return null;
  return ASPECT_GOOD.includes(text[end]) ? "good" : ASPECT_BAD.includes(text[end]) ? "bad" : null;
}

/** Whether the word at `index` is negated once (未达到), not twice (无不达到: a negated negation says it is so). */
export function isPlainlyNegated(text: string, index: number): boolean {
  const from = negationStart(text, index);
  return from >= 0 && !isNegated(text, from);
}

/** Words after a 达成 word saying it falls short (明显不足, 规范性不够, 及时性较差, 完成情况不理想): 未达成. */
export const LACKING: readonly string[] = [
  "不足",
  "不够",
  "欠缺",
  "不到位",
  "不强",
  "不高",
  "较弱",
  "偏弱",
  "较差",
  "不理想",
  "不佳",
  "欠佳",
  "较低",
  "偏低",
  "滞后",
];
/** The aspect of a 达成 word a shortfall may be said of (完成情况不理想, 满意程度不高), and adverbs before it (仍不理想). */
const LACK_ASPECTS: readonly string[] = ["性", "情况", "程度", "质量", "效果", "水平", "进度", "成效", "效率"];
const LACK_ADVERBS: readonly string[] = ["仍然", "依然", "还", "仍", "尚"];

/** A rate the word names with the action it is said of (及时拨付率, 按时完成率): an aspect a shortfall may be said of. */
const RATE_ASPECT = /^[\u4e00-\u9fff]{1,3}?率/;

/** The shortfall said right after the word ending at `end` (also of an aspect: 规范性不足, 完成情况仍不理想, 及时拨付率较低),
 *  or null. */
export function lackAfter(text: string, end: number): string | null {
  const aspect = LACK_ASPECTS.find((w) => text.startsWith(w, end)) ?? RATE_ASPECT.exec(text.slice(end))?.[0];
  let from = end + (aspect?.length ?? 0);
  from += LACK_ADVERBS.find((w) => text.startsWith(w, from))?.length ?? 0;
  const word = LACKING.find((w) => text.startsWith(w, from));
  if (word) return text.slice(end, from) + word;
  return SMALL_SHARE.exec(text.slice(end, end + SHARE_SPAN))?.[0] ?? null;
}

/** A share under half said right after a 达成 word, also after 了 (完成不到一半, 完成了少量, 完成小半): a shortfall. */
const SMALL_SHARE = /^了?(?:(?:不到|未到|没到|未达|未过)(?:一半|半数)|未过半|一?小(?:部分|半)|少部分|少量)/;
/** How far after a word a share is read. */
const SHARE_SPAN = 8;

/** Words after a 达成 word saying only a share was done (完成一半, 完成了大部分, 完成部分), or that it is under way
 *  (完善中, 规范性有待提高): 部分达成. */
const SHARES: readonly string[] = ["大部分", "一部分", "部分", "一半", "过半", "大半", "多半", "半数", "多数"];

/** The share said right after the word ending at `end` (also after 了 or about: 完成了部分, 完成约一半, 完成近半), or null. */
export function shareAfter(text: string, end: number): string | null {
  const after = text[end] === "了" ? end + 1 : end;
  const from = after + (APPROX_PREFIXES.find((w) => text.startsWith(w, after))?.length ?? 0);
  const word = SHARES.find((w) => text.startsWith(w, from)) ?? (from > after && text[from] === "半" ? "半" : null);
  if (word) return text.slice(end, from) + word;
  return inProgressAfter(text, end) ? "中" : pendingAfter(text, end);
}

/** Nouns a 达成 word may name before work still to come is said of it (规范化管理有待加强, 规范管理仍需加强). */
const PENDING_NOUNS: readonly string[] = [...LACK_ASPECTS, "化管理", "管理", "工作", "制度", "机制", "建设"];
/** Verbs of improving that work still to come may name (有待加强, 仍需进一步提高). */
const IMPROVE = /^(?:进一步)?(?:加强|提高|提升|完善|改进|改善|健全|规范|强化)/;

/** Work still to come said right after a 达成 word, of its aspect (规范性有待提高, 完善程度仍需加强) or with a verb of
 *  improving of a noun it names (规范管理仍需加强, 及时性要加强); or null. Not of what the word is said of (效果明显需提升). */
function pendingAfter(text: string, end: number): string | null {
  const noun = PENDING_NOUNS.find((w) => text.startsWith(w, end));
  if (!noun) return null;
  const pending = PENDING.find((w) => text.startsWith(w, end + noun.length));
  if (!pending) return null;
  const aspect = LACK_ASPECTS.includes(noun) && pending.length > 1;
  return aspect || IMPROVE.test(text.slice(end + noun.length + pending.length)) ? noun + pending : null;
}

/** Whether 中 ends the clause right after a 达成 word (完善中, 健全中，预计年底完成): still being done, as 正在完善 says;
 *  not 中期, 中心 (the word goes on). */
function inProgressAfter(text: string, end: number): boolean {
  return text[end] === "中" && endsClause(text, end + 1);
}
