// Negation in a completed text (spec §3: a band-0/1 entry right after a negation counts as 未达成): which words negate,
// which may stand between a negation and its word, and where a clause ends the look.

/** Characters that negate the word right after them (不及时, 未按期完成): such a match counts as 未达成. */
export const NEGATIONS = "不未没无非否";
/** The negations of a verb or a comparison right after them (未完成, 不低于, 没达到), without 无, 非 and 否. */
export const PLAIN_NEGATIONS = "不未没";
/** Negations of two or three characters whose last is no negation itself (无法完成, 难以完成, 谈不上满意, 达不到有效提升,
 *  难言满意, 差一点合格: nearly is not). */
const NEGATION_WORDS: readonly string[] = [
  "无法",
  "难以",
  "不够",
  "谈不上",
  "称不上",
  "算不上",
  "达不到",
  "做不到",
  "难言",
  "难称",
  "差一点",
  "差点",
];
/** Words that may stand between a negation (and its modal, MODALS) and what it negates (未全部完成, 不能按时完成,
 *  不是很满意, 不怎么满意, 不尽满意; a degree after them: DEGREE_GAP). */
const NEGATION_GAPS: readonly string[] = [
  "全部",
  "完全",
  "全面",
  "如期",
  "按期",
  "按时",
  "太",
  "很",
  "十分",
  "大",
  "甚",
  "见",
  "见到",
  "是很",
  "是那么",
  "是",
  "怎么",
  "那么",
  "算",
  "尽",
];
/** Where the negation of the word at `index` starts: a negation right before it (不及时), a two-character one
 *  (无法完成), or one before words that bridge to it (未能完成, 没有完成, 未全部完成, 未按计划完成, 未能在规定时间内
 *  完成); -1 when the word is not negated. The nearest negation in the same clause decides. */
export function negationStart(text: string, index: number): number {
  return bridgedStart(text, index, (p) => {
    if (NEGATIONS.includes(text[p - 1]) && !asksWhether(text, p - 1)) return p - 1;
    const word = wordEndingAt(text, p, NEGATION_WORDS);
    return word ? p - word.length : -1;
  });
}

/** Looks back from the word at `index` through its clause for what `startAt(p)` finds ending at `p` (its start, or
 *  -1), where the words between bridge to the word (none, a modal, a gap word, a manner phrase); the nearest wins. */
function bridgedStart(text: string, index: number, startAt: (p: number) => number): number {
  const from = Math.max(0, index - BRIDGE_SPAN);
  for (let p = index; p > from; p--) {
    if (p < index && CLAUSE_ENDS.includes(text[p])) break;
    if (!bridges(text.slice(p, index))) continue;
    const start = startAt(p);
    if (start >= 0) return start;
  }
  return -1;
}

/** Question words: what follows them is asked, not said (能否达到预期尚不确定). */
const QUESTION_WORDS: readonly string[] = ["是否", "能否", "可否"];
/** Words of intent: what follows them in their clause is planned or yet to come, not done (预计12月完成, 力争年底前完成,
 *  力求达到合格标准, 有望效果明显, 即将竣工验收, 下一步持续开展). */
const INTENT =
  /(?:为了|预计|力争|力求|争取(?!到)|有望|即将|将要|下一?步|下阶段|明年|今后|将于|将在|拟于|拟在|拟将|计划(?:于|在|将|年底|年内|今年|明年|本年|下半年|\d))[^,，。;；、:：]{0,12}$/;
/** Words of a plan, an instruction or work about to be done right before a word, across a manner (将建立, 拟出台, 研究
 *  制定, 督促建立, 确保按时完成, 接近完工, 可投入使用); not after 已 or 按 (已推动建立, 按计划完成), nor 确保了. */
const PLAN_BEFORE = /(?:将|拟|探索|推动|督促|确保|尽快|接近|临近|快要|可以?|计划|要求|建议|研究)$/;
/** Characters before a word of a plan that make it none (已推动, 按计划, 依照要求, 原计划). */
const NOT_PLAN_AFTER = "已按照依据原";
/** Words of a plan that are nouns too (年度计划完成, 课题研究完成): a plan only where their clause starts, and not before
 *  完成 (研究完成: the study done). */
const NOUN_PLANS = /^(?:计划|要求|建议|研究)$/;
/** What 可 is a plan before (可按时完成, 可投入使用), not a word of its own (可控, 可查, 可持续). */
const CAN_BEFORE = /^(?:按|如期|于|在|投入|上线|完成|建成|竣工|完工|交付|实现|达到|通过)/;
/** How far back a word of a plan is looked for (the longest such word), and how far after 可 its verb is. */
const PLAN_SPAN = 2;
/** A purpose opening a clause: 为 before a verb of reaching (为达到预期目标; not 为企业减负效果明显). */
const PURPOSE = /^为(?=达到|实现|完成|确保)/;
/** How far into its clause a purpose reaches. */
const PURPOSE_SPAN = 14;

/** How far back a clause's start is looked for (a word of intent and its gap, or a purpose, are closer). */
const CLAUSE_SPAN = 24;

/** Where the clause of `text` holding `index` starts (after the last comma, full stop, semicolon, 、 or colon), or -1
 *  when it starts more than CLAUSE_SPAN characters back. */
function clauseStart(text: string, index: number): number {
  const from = Math.max(0, index - CLAUSE_SPAN);
  for (let p = index; p > from; p--) if (CLAUSE_ENDS.includes(text[p - 1])) return p;
  return from === 0 ? 0 : -1;
}

/** Whether the word at `index` is not said to be so: asked about (a question word before it, also across a modal or a
 *  manner phrase: 是否按时完成, 能否在年底前完成) or planned (a word of intent or a purpose earlier in its clause). */
export function isAsked(text: string, index: number): boolean {
  const start = clauseStart(text, index);
  const clause = text.slice(start < 0 ? index - CLAUSE_SPAN : start, index);
  if (INTENT.test(clause) || bridgedStart(text, index, (p) => planEndingAt(text, p)) >= 0) return true;
  if (start >= 0 && index - start <= PURPOSE_SPAN && PURPOSE.test(text.slice(start))) return true;
  return bridgedStart(text, index, (p) => (wordEndingAt(text, p, QUESTION_WORDS) ? p : -1)) >= 0;
}

/** Doubt said of a word in the rest of its clause: asked (按时完成与否, 按时完成？, 按时完成了吗), not sure (尚不确定, 待定,
 *  存疑, 待审计, 待核实) or hard to do (按时完成有困难, 难度较大). */
const DOUBT_AFTER =
  /^(?:[^,，。;；]{0,6}?(?:与否|[?？]|吗|不确定|待定|存疑|待(?:审计|检测|核实|核查|确认)|(?:有|存在)困难(?=$|[,，。;；)）])|(?:困难|难度)(?:较|很|比较)?大))/;

/** Whether the word ending at `end` is doubted in the rest of its clause (合规与否待审计, 按时完成有困难): not said. */
export function doubtedAfter(text: string, end: number): boolean {
  return DOUBT_AFTER.test(text.slice(end, end + CLAUSE_SPAN));
}

/** Whether the word ending at `end` is said to be about to be done (完成在即, 竣工在即), as 即将完成 is. */
export function dueSoonAfter(text: string, end: number): boolean {
  return text.startsWith("在即", end);
}

/** Where a word of a plan ending at `p` starts (PLAN_BEFORE: 将 in 将建立), or -1. */
function planEndingAt(text: string, p: number): number {
  const m = PLAN_BEFORE.exec(text.slice(Math.max(0, p - PLAN_SPAN), p));
  const start = m ? p - m[0].length : -1;
  if (!m || NOT_PLAN_AFTER.includes(text[start - 1] ?? "#")) return -1;
  const noun = NOUN_PLANS.test(m[0]);
  if (noun && ((start > 0 && !CLAUSE_ENDS.includes(text[start - 1])) || text.startsWith("完成", p))) return -1;
  return m[0][0] === "可" && !CAN_BEFORE.test(text.slice(p, p + PLAN_SPAN)) ? -1 : start;
}

/** Whether the 否 at `at` ends a question word (是否, 能否, 可否, 与否): it asks, it does not negate. */
function asksWhether(text: string, at: number): boolean {
  return text[at] === "否" && at > 0 && "是能可与".includes(text[at - 1]);
}

/** Modal words a negation may take before its bridge (未能, 没有, 未曾). */
const MODALS: readonly string[] = ["能够", "能", "有", "曾"];
/** A manner phrase a negation reaches across (按计划, 按照合同约定, 在规定时间内, 于年底前, 100%). */
const MANNER = /^(?:(?:按照|按|依照|依据|根据|遵照|在|于)[^,，。;；、]{1,10}|\d+(?:\.\d+)?%)$/;
/** How far back a negation is looked for; characters that end a clause stop the look. */
const BRIDGE_SPAN = 16;
const CLAUSE_ENDS = ",，。;；、:：";

/** Whether a clause ends at `at` in `text`: the text's end, or a comma, full stop, semicolon, 、 or colon. */
export function endsClause(text: string, at: number): boolean {
  return at >= text.length || CLAUSE_ENDS.includes(text[at]);
}

/** Whether the words between a negation and a word leave it negated: none, a modal, a gap word, a manner phrase or a
 *  degree after an optional modal (能按计划, 有在规定时间内, 见明显, 得到有效, 能显著). */
function bridges(between: string): boolean {
  if (between === "") return true;
  if (DEGREE_GAP.test(between)) return true;
  const modal = MODALS.find((m) => between.startsWith(m));
  const rest = modal ? between.slice(modal.length) : between;
  return rest === "" || NEGATION_GAPS.includes(rest) || MANNER.test(rest) || DEGREE_GAP.test(rest);
}

/** A degree or manner between a negation and its word, after an optional verb of getting or seeing (未明显改善, 没有
 *  得到有效提升, 未见明显好转, 尚未大幅提升, 未能进一步提升, 没有很好地落实, 未得以解决): the word is still negated. */
const DEGREE_GAP =
  /^(?:得到|取得|得以|见到?|被|能够)?(?:(?:明显|显著|有效|大幅度?|较大|根本|彻底|充分|真正|进一步|持续|切实|及时|较好|很好)地?)?$/;

/** The first of `words` that ends right before `index` in `text` (未能 before 完成 in 未能完成), or null. */
export function wordEndingAt(text: string, index: number, words: readonly string[]): string | null {
  return words.find((w) => index >= w.length && text.startsWith(w, index - w.length)) ?? null;
}

/** Whether the word at `index` is negated: by a negation before it (negationStart), or said not to have occurred
 *  (saidAbsent: 未出现延期, 未收到不满意反馈). */
export function isNegated(text: string, index: number): boolean {
  return negationStart(text, index) >= 0 || saidAbsent(text, index);
}

/** A negation with a verb of occurring or of meeting with (未收到, 没有出现, 未发现过), or 无 and 没有 before 任何 or
 *  群众 (无 and 没有 alone before a word are negationStart's; with other words between they begin nouns: 无人机检测不合格),
 *  then words of its clause without a negation: what follows is said not to have occurred. */
const ABSENCE_BEFORE = new RegExp(
  "(?:(?:[未没]有?|从未|并未|均未)(?:收到|接到|发现|出现|发生|存在|产生)过?|(?:无|没有)(?:任何|群众))" +
    `[^${NEGATIONS}${CLAUSE_ENDS}]{0,6}$`,
);
/** How far back an absence is looked for. */
const ABSENCE_SPAN = 14;

/** Whether the word at `index` is said not to have occurred (不满意 in 未收到不满意反馈 and 无群众不满意, 不合格 in
 *  抽检未发现不合格产品): a negative word so said is a double negative, what it negates is so. */
export function saidAbsent(text: string, index: number): boolean {
  return index > 0 && ABSENCE_BEFORE.test(text.slice(Math.max(0, index - ABSENCE_SPAN), index));
}
