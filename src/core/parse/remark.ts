// A figure followed by a remark (11篇（受疫情影响）, 11篇，未达标, 98.5%【满意】): where the figure ends.

const CLOSERS: Readonly<Record<string, string>> = { ")": "(", "】": "【", "]": "[" };
const SEPARATORS = ",;。";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const TRAILING_PUNCTUATION = /[,;。.!！?？]+$/;

/** Splits normalised cell text into the figure and its remark: a bracketed remark at the end, else the text after the
 *  first comma, semicolon or full stop (not one between two digits, 1,000). Null when there is no remark. */
export function splitRemark(s: string): { head: string; note: string } | null {
  const closer = s[s.length - 1];
  const opener = CLOSERS[closer];
  if (opener) {
    let depth = 0;
    for (let i = s.length - 1; i > 0; i--) {
      if (s[i] === closer) depth++;
      else if (s[i] === opener && --depth === 0) return pair(s.slice(0, i), s.slice(i + 1, -1));
    }
    return null;
  }
  for (let i = 1; i < s.length - 1; i++) {
    if (SEPARATORS.includes(s[i]) && !(isDigit(s[i - 1]) && isDigit(s[i + 1])))
      return pair(s.slice(0, i), s.slice(i + 1));
  }
  return null;
}

function pair(head: string, rest: string): { head: string; note: string } | null {
  const note = rest.replace(TRAILING_PUNCTUATION, "");
  return head !== "" && note !== "" ? { head, note } : null;
}

/** Words that label a figure as the plan (计划1000人次, 目标95%, 预计, 应完成, 原计划, 原定, 批复, 确保, 要求, 报名, 指标值):
 *  the target said again, or those signed up. */
const PLAN_LABEL = /^(?:(?:年度|全年|原)?(?:计划|目标|预期|预计|任务|应完成|应|确保|要求|报名|指标值)|原定|批复)/;
/** Words that label a figure as the one reached (实际800人次, 实发498户, 完成800人次, 已完成, 实现, 达到, 累计800人次, 合计,
 *  本年96%; 达 and 为 right before it: 同比提高5个百分点，达96%). */
const DONE_WORDS =
  "实际|[实已][发到收拨付领缴有]|实(?:培训|参训|参加|开展|建设|招录)|已完成|完成|已?建成|已?完工|已?竣工|审定|(?:已|均已)?全部(?:完成|建成|发放|拨付|到位)|实现|达到|[达为](?=\\d)|累计|共计|总计|合计|本年度?|今年|当年";
const DONE_LABEL = new RegExp(`^(?:${DONE_WORDS})`);
/** Whether a figure's text opens with words labelling it reached (完成3个, 已建成100套, 实际800人次). */
export const labelsDone = (s: string): boolean => DONE_LABEL.test(s);
/** Words comparing with an earlier year (较上年, 比去年同期, 与上年相比, 同比, 环比), as a regular expression's source: a
 *  difference said with a change word after them (较上年增加50人次) is no figure reached. */
export const EARLIER_COMPARED = "(?:(?:较|比|与)(?:(?:上年度?|上一年度?|去年)(?:同期)?|同期)(?:相比)?|同比|环比)";

/** Words that label a figure as a difference from an earlier year, the budget, the plan or a standard (较上年增加50人次,
 *  超预算5万元, 超标准10元, 少于计划200人次, 超时5分钟, 缩短2天, 提前5分钟, 节约资金5万元, 超额完成50人次, 缺口50人次,
 *  还差50人次): the gap, not the figure reached. */
const DIFFERENCE = new RegExp(
  `^(?:(?:(?:较|比|与)(?:预算|计划|目标)(?:相比)?|${EARLIER_COMPARED})(?:增长|增加|提高|上升|提升|上涨|下降|降低|减少|多|少|超出|超过|高出|节约|节省)|超(?:出|过)?(?:预算|计划|目标|标准|定额|时限)|(?:少于|多于|低于|高于|不足)(?:预算|计划|目标|标准)|超时|缩短|压缩(?![至到为])|提前|超额(?:完成)?|超支|节约(?:资金)?|节省(?:资金)?|节余|结余|缺口|差额|相差|还差|尚差)了?(?=[\\d一二两三四五六七八九十约近])`,
);

/** Words saying a figure is what was not done (未完成10个, 没能完成10个, 无法完成10个, 10个尚未完工): the shortfall, not the
 *  figure reached. */
const UNDONE = "(?:尚|还|仍)?(?:(?:未|没有?)能?|无法|难以)(?:完成|实施|开展|建成|完工|验收|落实|到位|发放|拨付|达标)";
const UNDONE_BEFORE = new RegExp(`^(?:尚有|还有|仍有|有)?(${UNDONE})(?=[:：]?[\\d一二两三四五六七八九十])`);
const UNDONE_AFTER = new RegExp(`^${UNDONE}`);

/** A negation and 在 or 于 ending the words before a figure (未在5个工作日内办结, 未能于10日内拨付, 没有在): the phrase the
 *  figure opens is negated, so the figure is no figure reached (the words decide, as in 未在规定时间内办结). */
export const NEGATED_PHRASE = /(?:[未没不]能?|没有|无法|难以)[在于]$/;
/** A negation opening what is done within a limit (5个工作日内未办结, 10日内尚未拨付, 12月底前未下达): the limit was not
 *  kept, as 未在5个工作日内办结 says; not a bad event or act that did not occur (24小时内未发生事故, 年底前未拖欠). */
const NEGATED_ACTION =
  /^(?:尚|还|仍|均|都|并)?(?:[未没]有?能?|不能|无法|难以)(?!发生|出现|发现|收到|接到|存在|产生|超|逾|延|拖|滞|欠|违|误)/;

/** Whether the words after a time (`after`: 内未办结, 以内尚未拨付; right after a limit ending in its bound when `bounded`:
 *  未拨付 after 12月底前) say what was to be done within it was not. */
export function negatedWithin(after: string, bounded = false): boolean {
  const bound = bounded ? "" : /^(?:以内|之内|内)/.exec(after)?.[0];
  return bound !== undefined && NEGATED_ACTION.test(after.slice(bound.length));
}

/** The words labelling a completed value's figure, at its start, as not done (未完成, 尚未完工), or null. `s` is
 *  normalised text. */
export function undoneLabel(s: string): string | null {
  const m = UNDONE_BEFORE.exec(s);
  return m ? m[1] : null;
}

/** The words right after a figure (`after`: the text following its unit) saying it was not done (10个未完成), or
 *  null. */
export function undoneAfter(after: string): string | null {
  const m = UNDONE_AFTER.exec(after);
  return m ? m[0] : null;
}

/** Words that label a figure as an earlier year's (上年98%, 去年同期95%): a comparison, not the figure reached. */
const EARLIER_LABEL = /^(?:上年度?|上一年度?|去年|前一年|前年|上年同期|同期)/;

/** The words labelling a completed value's figure as an earlier year's (去年95%, 上年满意度95%), or null when the value
 *  does not start so, compares with that year (上年同期相比增长5%) or gives later a figure reached (上年98%，本年96%; not
 *  上年度95%，本年度未调查). 同期 alone may be this year's. `s` is normalised text. */
export function earlierLabel(s: string): string | null {
  const m = EARLIER_LABEL.exec(s);
  const rest = m ? s.slice(m[0].length) : "";
  // the label right before the figure's words (去年满意度95%, 上年培训1100人次), not before a noun of its own (去年欠款
  // 偿还120万元: this year's repayment)
  if (!m || m[0] === "同期" || COMPARED.test(rest) || !NEAR_FIGURE.test(rest)) return null;
  const later = DONE_LATER.exec(s) ?? YEAR_LATER.exec(s);
  return later && HOLDS_DIGIT.test(s.slice(later.index)) ? null : m[0];
}
/** After an earlier year's label: a comparison with it (同期相比, 增长8%), not its figure. */
const COMPARED = /^(?:同期)?(?:相比|比较|对比)|^(?:增长|增加|提高|提升|上升|下降|降低|减少)/;
const HOLDS_DIGIT = /\d/;
/** The figure's own words after the label, three characters at most (满意度, 培训), then the figure. */
const NEAR_FIGURE = /^[\u4e00-\u9fff]{0,3}[:：]?\d/;
/** A later clause labelled as this year's (全年培训1200人次). */
const YEAR_LATER = /[,;。(（【[]全年/;

/** Words that label a figure as the budget (预算130万元, 年初预算数为130万元): the sum planned, not spent. Not a measure of
 *  it (预算执行率95%): a figure follows right after. */
const BUDGET_LABEL =
  /^(?:年初|全年|调整后|批复)?预算(?:数|资金|金额|总额)?(?:为|是)?(?=[\d一二两三四五六七八九十约近])/;

/** Whether a text starts with words labelling a plan figure (计划1000人次) or the budget (预算130万元), a difference from
 *  an earlier year, the budget or the plan (同比提高5%, 较预算节约2万元) or an earlier year's figure (上年98%): the target
 *  said again, a difference or a comparison, not a figure reached. */
export function labelsPlanOrChange(s: string): boolean {
  if (PLAN_LABEL.test(s) || BUDGET_LABEL.test(s) || EARLIER_LABEL.test(s)) return true;
  // a change may follow the rate it is of (覆盖率较上年提高2个百分点)
  if (DIFFERENCE.test(s)) return true;
  const rate = RATE_BEFORE_CHANGE.exec(s);
  return rate !== null && DIFFERENCE.test(s.slice(rate[0].length));
}

/** A rate named before a comparison (覆盖率 in 覆盖率较上年提高2个百分点, 满意度 in 满意度同比提高). */
const RATE_BEFORE_CHANGE = /^[\u4e00-\u9fff]{0,10}?(?:率|度)(?=较|比|与|同比|环比)/;

/** Words that say a figure is planned, expected, striven for, asked or signed up for, not reached (计划培训120人次, 预计
 *  达到95%, 力争完成120人次, 将培训120人次, 确保完成120人次, 应参训120人次, 要求100%, 报名120人次,
 *  指标值50万元). */
const PLANNED =
  /^(?:年度|全年|原)?(?:(?:计划(?![外内生免单])|原定|预计|预期(?!寿命)|力争|争取(?!到)|拟(?![定订])|应|即?将(?!近)|确保|要求|有望|报名)[^,;。]{0,12}?|(?:(?:目标|任务)(?:数|值)?|指标值)(?:为|是)?)(?=[:：]?[\d一二两三四五六七八九十百千万≥≤><约近超达])/;
/** A bracket after the figure saying only that it is planned or expected (2021年11月（预计）, 120人次（计划）). */
const PLANNED_AFTER = /[(（【[]((?:预计|计划|预期|拟|预估|暂估|估计)(?:数|值|时间)?|待定)[)）】\]]$/;
/** Whether a text ends with a bracket saying only that it is planned or expected (按时完成（计划）, 有效提升（预计）). */
export function plannedAfter(s: string): boolean {
  return PLANNED_AFTER.test(s);
}

/** A later clause or bracket labelled as reached (计划1000人次，实际800人次; 计划1000人次（实际800人次）): the plan is not
 *  the whole value. */
const DONE_LATER = new RegExp(`[,;。(（【[](?:${DONE_WORDS})`);

/** A text of one clause: the budget alone (预算130万元) is no figure reached; after it another clause may say what was
 *  (预算100万元，执行95万元，执行率95%). */
const ONE_CLAUSE = /^[^,;。，；]*$/;

/** The words labelling a completed value's only figure as planned or expected (计划培训, 预计达到), or null when the
 *  value does not start so or says later what was reached. `s` is normalised text. */
export function plannedLabel(s: string): string | null {
  const m = PLANNED.exec(s) ?? PLANNED_AFTER.exec(s);
  return m && !DONE_LATER.test(s) ? (m[1] ?? m[0]) : null;
}

/** The words labelling a whole completed value of one clause as the budget (预算130万元), or null. `s` is normalised
 *  text. */
export function budgetLabel(s: string): string | null {
  return ONE_CLAUSE.test(s) ? (BUDGET_LABEL.exec(s)?.[0] ?? null) : null;
}

/** The words labelling a completed value's figure as a difference (较上年增加, 超预算), or null when the value does not
 *  start so or says later what was reached. `s` is normalised text. */
export function differenceLabel(s: string): string | null {
  const m = DIFFERENCE.exec(s);
  return m && !DONE_LATER.test(s) ? m[0] : null;
}

/** Whether a figure labelled as planned, as a change on an earlier year or as work not done, is followed by one
 *  labelled as reached (计划1000人次，实际800人次; 同比提高5%，达到95%; 在建1个，已建成3个), the budget by a sum spent
 *  (预算130万元，支出125.6万元), or a bare figure by one labelled reached (20个，完成18个), or a change by the level it
 *  reached (增加80人，达520人): the second is the completed value. */
export function reachedAfter(head: string, note: string): boolean {
  if (BUDGET_LABEL.test(head) && SPENT_LABEL.test(note)) return true;
  // a bare figure, then one labelled reached (20个，完成18个): the labelled one, and a person confirms (parallelFigure)
  if (BARE_FIGURE.test(head)) return DONE_LABEL.test(note) && !NAMES_RATE.test(note);
  return (labelsPlanOrChange(head) || labelsUndone(head) || CHANGE_HEAD.test(head)) && DONE_LABEL.test(note);
}

/** A change word alone before a figure (增加80人): with the level reached after it (增加80人，达520人), that level. */
const CHANGE_HEAD = /^(?:增加|减少|降低|下降|提高|增长|上升|提升)了?(?=\d)/;

/** The change word alone labelling a completed value's figure (减少100吨, 增加200人次: the size of a change), unless a
 *  level reached follows (增加80人，达520人); null otherwise. `s` is normalised text. */
export function changeHeadLabel(s: string): string | null {
  const m = CHANGE_HEAD.exec(s);
  return m && !DONE_LATER.test(s) ? m[0] : null;
}

/** A rate named at a clause's start (完成率105%): a measure of the figure before it, not the figure reached. */
const NAMES_RATE = /^[\u4e00-\u9fff]{0,6}率/;
/** A figure with no words before it (20个, 1000人次). */
export const BARE_FIGURE = /^[\d.]/;

/** Words labelling a sum as spent (支出125.6万元, 执行数95万元, 到位资金): after the budget, the sum reached. */
const SPENT_LABEL = /^(?:实际)?(?:支出|执行|使用|花费|拨付|到位|决算)/;

/** Work under way or not done, labelling a figure (在建1个, 正在建设1个, 开工100套, 送审55万元, 未完成1个; 尚有2个未完工 is
 *  undoneAfter's). */
const UNDONE_STATE = /^(?:在建|在审|在办|正在|开工|动工|送审)/;

/** Whether a text starts with words labelling its figure as work not done or under way (未完成1个, 在建1个). */
export function labelsUndone(s: string): boolean {
  return UNDONE_STATE.test(s) || UNDONE_BEFORE.test(s);
}

/** A rate named negated (不满意率, 不合格率, 未达标率): the opposite of the measure it negates. */
export const NEGATED_MEASURE = /[不未][\u4e00-\u9fff]{1,3}率/;

/** Words that open a part of the figure before, or an addition to it (其中女性60人, 含外县20人, 另有线上30人). */
export const PART_WORDS: readonly string[] = ["其中", "含", "包括", "包含", "另有", "另", "此外", "占"];

/** Words that label a figure as the total of those before it (上半年500人次，下半年600人次，合计1100人次). */
const TOTAL_LABEL = /^(?:全年)?(?:合计|共计|总计|累计|总共|共)/;

/** Whether a figure's text is labelled as a total (合计1100人次): the parts beside it are its breakdown. */
export function labelsTotal(s: string): boolean {
  return TOTAL_LABEL.test(s);
}

/** The last clause of a remark when it is labelled as a total (合计1100人次 in 下半年600人次，合计1100人次, or the remark
 *  alone), with the clauses before it; null otherwise. */
export function totalAfter(note: string): { total: string; before: string[] } | null {
  let i = note.length - 1;
  while (i > 0 && !SEPARATORS.includes(note[i])) i--;
  const total = i > 0 ? note.slice(i + 1) : note;
  return TOTAL_LABEL.test(total) ? { total, before: i > 0 ? note.slice(0, i).split(/[,;。]/) : [] } : null;
}
