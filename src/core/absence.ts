// Statements that something bad did not happen (docs/DECISIONS.md, "Nothing happened"): a target asking that no
// accident, complaint or breach occur (无重大安全事故, 零投诉, 不发生安全事故) and a completed value saying none did
// (无, 未发生, 0起, 未发生重大安全事故, 安全事故零发生). The spec's bands have no word for it.
import { BAD_EVENTS, NONE_AFTER } from "./badEvents";
import { afterTargetVerb } from "./qualitative";
import { toHalfWidth } from "./text";

/** Words before a subject that say it did not (or must not) happen, or was not met with (未收到投诉), longest first. */
const NONE_BEFORE = [
  "没有收到",
  "没有接到",
  "没有发现",
  "没有出现",
  "未收到",
  "未接到",
  "未发现",
  "未发生",
  "未出现",
  "未造成",
  "未引发",
  "不发生",
  "不出现",
  "没有发生",
  "没有",
  "杜绝",
  "无",
  "零",
];
/** A whole completed value that says nothing happened, without naming what. */
const NONE_ALONE =
  /^(无|没有|零|0|未发生|未出现|没有发生|无发生|零发生|均未发生|从未发生|0(起|次|件|例|宗|个|人|人次))$/;
/** Words about when, dropped before reading (全年无事故). */
const WHEN = /^(全年度|全年|年内|本年度|本年|今年)/;

/** An inspection that found it, dropped before reading (检查未发现问题, 经抽检无不合格). */
const CHECKED = /^经?(?:检查|核查|抽检|抽查|检测|排查|巡查|监测|督查|审计)后?/;

/** A statement as read here: half-width, without spaces, quotes or punctuation. */
export function plainStatement(text: string): string {
  return toHalfWidth(String(text)).replace(/[\s"'“”‘’「」。.!！;；,，、]/g, "");
}

/** "There were", before a count of none (发生安全事故0起, 共出现投诉0次): says nothing by itself. */
const THERE_WERE = /^(?:共|累计)?(?:发生|出现)了?/;

/** A short setting before the word of none (安全生产零事故, 施工期间无安全事故): no figure, no bad event, no exception,
 *  nothing found or present (存在无序问题). */
const SETTING = /^(?!.*(?:存在|发现|出现|发生))[^\d一二两三四五六七八九十百千万有除仅只但外]{1,8}$/;

/** What after 零 or 无 makes one word with it, not "none of" (零星事故, 零散, 无序问题, 无理上访, 无证经营). */
const COMPOUND = /^[星散碎售件工序法效证照理故端主关偿线]/;

/** What a text says did not happen: its subject ("" when it names none), or null when it says no such thing. */
export function noneStated(text: string): { subject: string } | null {
  const plain = plainStatement(text);
  const t = (afterTargetVerb(plain) ?? plain).replace(WHEN, "").replace(CHECKED, "");
  if (NONE_ALONE.test(t)) return { subject: "" };
  const subject = subjectOfNone(t);
  if (subject === null) return null;
  const named = eventNamed(subject);
  return badEventOf(named) ? { subject: named } : null;
}

/** A name asking a yes-or-no question (是否发生安全事故, 有无违规, 能否按时完成), and a yes or a no alone. */
const ASKS = /是否|有无|有没有|能否|可否/;
const YES = /^(?:是|有|能|可以)$/;
const NO = /^(?:否|不是|不能|不可以)$/;

/** The answer `text` gives alone to the question a row's `name` asks: a yes (是, 有), a no (否, 不是), or none said to
 *  have happened (无, 没有, 0起); null when it gives none, or no question is asked. */
export function answerTo(name: string, text: string): "yes" | "no" | "none" | null {
  if (!ASKS.test(name)) return null;
  const s = plainStatement(text);
  return YES.test(s) ? "yes" : NO.test(s) ? "no" : noneStated(s)?.subject === "" ? "none" : null;
}

/** What a statement says did not happen: after the word of none (无事故, 安全生产零事故) or before it (安全事故0起). */
function subjectOfNone(t: string): string | null {
  const before = NONE_BEFORE.find((w) => t.startsWith(w) && t.length > w.length);
  if (before) return noneOf(t.slice(before.length));
  const after = NONE_AFTER.find((w) => t.endsWith(w) && t.length > w.length);
  if (after) return t.slice(0, t.length - after.length).replace(THERE_WERE, "");
  for (let i = 1; i <= 8 && i < t.length; i++) {
    const word = NONE_BEFORE.find((w) => t.startsWith(w, i) && t.length > i + w.length);
    const setting = t.slice(0, i);
    if (word) return SETTING.test(setting) && !mentionsBadEvent(setting) ? noneOf(t.slice(i + word.length)) : null;
  }
  return null;
}

/** The text after a word of none as its subject, or null when the two make one word (零星事故). */
function noneOf(rest: string): string | null {
  return COMPOUND.test(rest) ? null : rest;
}

/** The act or the case of an event (违规行为, 挪用现象, 欠薪情况, 事故发生) names the event itself. */
const ACT_OF = /(发生|现象|行为|情况|情形)$/;

/** A subject without the words naming the act or the case of it (违规行为 → 违规). */
function eventNamed(subject: string): string {
  return subject.replace(ACT_OF, "");
}

/** The bad event a name ends in (重大安全事故 → 事故), or null. */
export function badEventOf(name: string): string | null {
  return BAD_EVENTS.find((e) => name.endsWith(e)) ?? null;
}

/** Whether a name or text speaks of a bad event anywhere (安全事故发生次数, 有效投诉率). */
export function mentionsBadEvent(text: string): boolean {
  return BAD_EVENTS.some((e) => text.includes(e));
}

/** Whether a completed text says that what the target asks to be absent did not happen: it names nothing, or the
 *  same thing or a wider one (无事故 answers 无重大安全事故; 无重大安全事故 does not answer 无安全事故). */
export function answersNone(actual: string, target: string, name = ""): boolean {
  const wanted = askedAbsent(target, name);
  const said = wanted === null ? null : noneStated(actual);
  return wanted !== null && said !== null && wanted.endsWith(said.subject);
}

/** What a target asks to be absent (无重大安全事故 → 重大安全事故); for a target naming nothing (无, 零), the event the row's
 *  `name` ends in (安全事故); null when it asks no absence, or names nothing in a row about no bad event. */
function askedAbsent(target: string, name: string): string | null {
  const asked = noneStated(target);
  if (!asked) return null;
  if (asked.subject !== "") return asked.subject;
  return badEventOf(name) ? plainStatement(name) : null;
}

/** Words opening a text that says something happened (发生, 出现, 收到), and a count of events (1起, 两次). */
const HAPPENED = "^(?:发生|出现|收到|接到)了?";
const COUNT_OF_EVENTS = "([1-9]\\d{0,3}|[一两二三四五六七八九十]{1,3})(?:起|次|件|例|宗)";
/** A text saying a bad event happened, with its count: 发生重大安全事故1起, 全年出现2次投诉 (subject then count, or count then
 *  subject: 发生1起重大安全事故), or its count alone (发生1起: what the row counts). */
const OCCURRED = [
  new RegExp(`${HAPPENED}(.{1,12}?)${COUNT_OF_EVENTS}$`),
  new RegExp(`${HAPPENED}${COUNT_OF_EVENTS}(.{0,12})$`),
];
/** Words before an event's head that do not narrow it (安全事故, 安全生产事故, 各类投诉): any event with the same head is
 *  one of them (一般事故 is a 安全事故); 重大 or 有效 narrow it (一般事故 is no 重大安全事故). */
const WIDE_QUALIFIER = /^(?:各类|任何|安全|安全生产|生产安全)?$/;

/** Whether a completed text says that what the target asks to be absent happened: the same thing or a narrower one
 *  (发生重大安全事故1起 against 无安全事故 or 无重大安全事故; not 发生一般安全事故1起 against 无重大安全事故). A target naming
 *  nothing (无) asks it of the event the row's `name` ends in (安全事故); a count naming nothing (发生1起) answers only a
 *  target that does not narrow its event (not 无重大安全事故). */
export function reportsOccurred(actual: string, target: string, name = ""): boolean {
  const wanted = askedAbsent(target, name);
  if (wanted === null) return false;
  const plain = plainStatement(actual).replace(WHEN, "");
  if (plain.length > 32) return false;
  const [a, b] = OCCURRED;
  const m = a.exec(plain);
  const said = m ? m[1] : (b.exec(plain)?.[2] ?? null);
  const head = badEventOf(wanted) ?? "";
  const wide = head !== "" && WIDE_QUALIFIER.test(wanted.slice(0, -head.length));
  if (said === "") return wide;
  const subject = said === null ? null : eventNamed(said);
  if (subject === null || badEventOf(subject) === null) return false;
  return subject.endsWith(wanted) || (wide && subject.endsWith(head));
}
