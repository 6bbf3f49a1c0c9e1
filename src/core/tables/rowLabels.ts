// Labels of a table's own rows: the total row (总分, 合计), the grade cell (自评等级), and the page marks a printed
// form carries between its pages (第 1 页，共 2 页).
import { labelKey } from "./headerTerms";

/** A bitmap over the BMP of the first characters of some labels (no string is made per cell tested). */
function firstChars(labels: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const k of labels) table[k.charCodeAt(0)] = 1;
  return table;
}

/** Cheap pre-check: could this text be one of the labels once normalised? (keeps the 30,000-row scan fast) */
function mayStartLabel(table: Uint8Array, text: string): boolean {
  const c = text.charCodeAt(0);
  return table[c] === 1 || c <= 0x20 || c === 0x3000 || (c >= 0xff01 && c <= 0xff5e);
}

/** 总分, 总计, 合计, a score word after 总 / 综合 / 自评 (总得分, 综合评分, 自评得分, 自评总分), or a sum (得分合计). */
const TOTAL = /^(总分|总计|合计|(总|综合|自评总?)(得|评)?分|得分合计|分值合计)/;
const TOTAL_FIRST = firstChars(["总", "合", "综", "自", "得", "分"]);
const GRADE = /^(?:(?:自评|评价|绩效|绩效评价)?(?:等级|等次)|等级评定|(?:自评|评价)(?:结论|结果))$/;
const GRADE_FIRST = firstChars(["自评", "评价", "绩效", "等级", "等次"]);
/** A page mark (blanks removed): 第1页, 第1页，共3页, 共3页, - 2 -, 2/3. */
const PAGE_MARK = /^(第\d+页([，,]?共\d+页)?|共\d+页|[-—–]\d+[-—–]|\d+\/\d+)$/;
const PAGE_MARK_FIRST = firstChars(["第", "共", "-", "—", "–", ..."0123456789".split("")]);

/** Whether a cell starts a total row (总分, 合计, 总计, 总得分, 综合得分, 自评得分). */
export function isTotalLabel(text: unknown): boolean {
  if (typeof text !== "string" || text.length === 0 || text.length > 20 || !mayStartLabel(TOTAL_FIRST, text))
    return false;
  const k = labelKey(text);
  return TOTAL.test(k) && k.length <= 12;
}

/** A total named as a score, the whole label (总分, 总得分, 自评得分, 自评总分, 综合评分, 得分合计); not 合计 or 总计, which
 *  also label the funding block's sums. */
const SCORE_TOTAL = /^(总分|(总|综合|自评总?)(得|评)?分|得分合计)$/;

/** Whether a cell outside the rows labels the table's total as a score (自评得分, 总分): an info block's label. */
export function isScoreTotalLabel(text: unknown): boolean {
  return isTotalLabel(text) && SCORE_TOTAL.test(labelKey(text));
}

/** Whether a cell labels a grade (等级, 自评等级, 评价等级, 等次, 绩效评价等次, 等级评定, 自评结论, 评价结果). */
export function isGradeLabel(text: unknown): boolean {
  return (
    typeof text === "string" &&
    text.length > 0 &&
    text.length < 12 &&
    mayStartLabel(GRADE_FIRST, text) &&
    GRADE.test(labelKey(text))
  );
}

/** What the grade is written with when it goes in a cell of the total row with no grade label (自评等级：优). */
export const GRADE_PREFIX = "自评等级：";

/** Whether a cell holds a grade this product wrote with GRADE_PREFIX (a copy scored again): that cell, not the next
 *  blank one, is where the grade goes again. */
export function isOwnGrade(text: unknown): boolean {
  return typeof text === "string" && text.length === GRADE_PREFIX.length + 1 && text.startsWith(GRADE_PREFIX);
}

/** An example's mark at the start of a cell, blanks and an opening bracket aside: 填报示例, 示例, 样表, 样例, 范例, 例：. */
const EXAMPLE = /^[(（【[「]?(?:(?:填报|填写)?(?:示例|样表|样例|范例)|例[:：])/;

/** The text of a cell that marks its table as an example (填报示例（请勿修改）, 【示例】, 例：), cut to 40 characters; or null. */
export function exampleMark(text: unknown): string | null {
  if (typeof text !== "string" || !/^\s*[填示样范例(（【[「]/.test(text)) return null;
  const head = text.slice(0, 40).replace(/\s+/g, "");
  return EXAMPLE.test(head) ? head : null;
}

/** Whether a text is a page mark (第 1 页，共 2 页, - 1 -, 2/3), blanks aside; tested on the name of every row, so the
 *  first character is looked up before the pattern runs. */
export function isPageMark(text: string): boolean {
  return mayStartLabel(PAGE_MARK_FIRST, text) && PAGE_MARK.test(text.replace(/\s+/g, ""));
}
