// The bad things a text may say did not happen (无安全事故, 未发生违规): accidents, complaints, breaches, losses.
// absence.ts reads absences with them, targetMatch.ts the negation that belongs to them.
import { endsClause, isNegated, negationStart } from "./negation";

/** Heads of the things a target asks to be absent: the subject must end in one (无障碍, 无纸化 are no absence). */
export const BAD_EVENTS: readonly string[] = [
  "事故",
  "事件",
  "投诉",
  "违规",
  "违纪",
  "违法",
  "违法违纪",
  "纠纷",
  "上访",
  "信访",
  "案件",
  "差错",
  "误差",
  "失误",
  "损失",
  "伤亡",
  "死亡",
  "污染",
  "火灾",
  "隐患",
  "舆情",
  "问题",
  "返工",
  "逾期",
  "欠薪",
  "处罚",
  "通报",
  "泄密",
];

/** Words after a bad event that say it did not happen (安全事故零发生, 投诉为0). */
export const NONE_AFTER: readonly string[] = [
  "零发生",
  "未发生",
  "没有发生",
  "为零",
  "为0",
  "0起",
  "0次",
  "0件",
  "0例",
];

/** A bad event's word beginning within `span` characters after `at` in the same clause (事故 in 安全生产事故 after
 *  安全): where it starts and ends; null when there is none. */
export function badEventAfter(text: string, at: number, span = 4): { start: number; end: number } | null {
  for (let i = at; i <= at + span && !endsClause(text, i); i++) {
    const word = BAD_EVENTS.find((e) => text.startsWith(e, i));
    if (word) return { start: i, end: i + word.length };
  }
  return null;
}

/** Words before a problem that say there is none of it (不存在, 杜绝, 避免): 不存在不规范问题 says no such problem. */
const NONE_OF_IT = /(?:不存在|杜绝|避免|消除)了?$/;

/** Whether the target's word at `head`, before a bad event, is negated by its own 不 or 未 (不规范问题, 未及时处理问题),
 *  not by a word of none (无, 没有, 未有, 未发现, 不存在): a problem of falling short of the target, said to be there. */
export function problemOfNot(text: string, head: number): boolean {
  const from = negationStart(text, head);
  if (from < 0 || !"不未".includes(text[from]) || text[from + 1] === "有") return false;
  return !isNegated(text, from) && !NONE_OF_IT.test(text.slice(Math.max(0, from - 4), from));
}
