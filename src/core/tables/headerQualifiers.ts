// Words in a header that say whose or which year's figures a column holds (spec §1 amendment 4: headers by rule). A
// reviewer's score (主管部门复核得分, 得分（复核）) is not the unit's own 得分, and must never be written over; last year's
// figures (上年实际值, 2022年完成值 beside 2023年完成值) lose to this year's; a target said adjusted (调整后目标值,
// 年度指标值（调整后）) is the adjusted target; a part of the year (1-6月, 上半年) loses to the whole year (1-12月, 全年).
// The bracketed words are read too: normalising drops them.
import { compactText } from "../text";
import type { ColumnRole } from "./headerTerms";

/** Words naming someone else's assessment: a reviewer's, the department in charge's or the finance bureau's. */
const OTHER_PARTY = /复核|审核|评审|复评|核定|主管部门|财政/;
/** Words naming an earlier year than the one reported. */
const EARLIER_YEAR = /上年|上一年|去年|前年/;
/** A year written in the header (2022年完成值). */
const YEAR = /(?:19|20)\d\d(?=年)/;

/** The role a header `text` (with its parent's, in a two-row header) gives its column: none for a score named as
 *  someone else's, the adjusted target for a target said adjusted, else `role`. */
export function qualifiedRole(role: ColumnRole, text: string): ColumnRole | null {
  if (role === "score" && OTHER_PARTY.test(text)) return null;
  if (role === "target" && /调整(?!前)/.test(text)) return "targetAdjusted";
  return role;
}

/** Whether a column headed `text` is of a later year than one headed `held` (本年实际值 after 上年实际值, 2023年完成值
 *  after 2022年完成值), so it takes their shared role; an earlier one never does. */
export function laterYear(text: string, held: string): boolean {
  if (EARLIER_YEAR.test(held) !== EARLIER_YEAR.test(text)) return EARLIER_YEAR.test(held);
  const [a, b] = [YEAR.exec(text), YEAR.exec(held)];
  return a !== null && b !== null && Number(a[0]) > Number(b[0]);
}

/** Whether a column headed `text` is of an earlier year than one headed `held`. */
export function earlierYear(text: string, held: string): boolean {
  return laterYear(held, text);
}

/** Words saying a column's figures are expected, not done (全年预计完成值, 预测完成数, 预期完成情况). */
const FORECAST = /预计|预测|预估|估计|预期/;

/** Whether a completed-value header `text` names a forecast (全年预计完成值): not a completed value. */
export function forecast(text: string): boolean {
  return FORECAST.test(text);
}

/** A month span (1-6月, 1月至12月) or the month up to which (截至6月底, 9月末), with the months it ends in. */
const MONTH_SPAN = /(\d{1,2})月?[-~～至到—–－](\d{1,2})月/;
const MONTH_END = /(?:截[至止]|到)(\d{1,2})月|(\d{1,2})月(?:底|末|\d{1,2}日)/;
/** Words naming part of the year (上半年, 一季度, 前三季度) or the whole of it (全年, 年度, 年底). */
const PART_WORDS = /半年|季度/;
const WHOLE_WORDS = /全年|年度|年底|年末/;

/** What part of the year a header says its figures cover: the whole year (全年, 全年度, 年度, 1-12月, 截至12月底),
 *  a part of it (上半年, 一季度, 1-6月, 截至6月底), or null when it says neither. */
export function periodOf(text: string): "whole" | "part" | null {
  const t = compactText(text);
  const span = MONTH_SPAN.exec(t);
  if (span) return Number(span[1]) === 1 && Number(span[2]) === 12 ? "whole" : "part";
  const end = MONTH_END.exec(t);
  if (end) return Number(end[1] ?? end[2]) === 12 ? "whole" : "part";
  return PART_WORDS.test(t) ? "part" : WHOLE_WORDS.test(t) ? "whole" : null;
}
