// What is said of a few or a part: a shortfall (部分未完成, 个别不符合, 少数群众不满意) leaves the rest done, so 部分达成,
// not 未达成 by the missed word (大部分未完成, most of it, stays 未达成); an achievement over a noun (部分项目完成,
// 部分群众满意) is 部分达成, not 达成 by the word.
import { wordEndingAt } from "./negation";

/** Words of a few or a part, longest first; 部分 after 大 is 大部分, most. */
const FEW: readonly string[] = ["一小部分", "极个别", "极少数", "小部分", "少部分", "少数", "个别", "部分", "少量"];
/** How far before the missed words a qualifier may stand (个别项目未完成: a noun between). */
const REACH = 8;
/** What ends a clause: a qualifier before it speaks of another. */
const CLAUSE_END = /[,，;；。、:：!！?？]/;

/** The qualifier of a few or a part before the missed words `missed` (the text from it to their end: 个别项目未完成),
 *  in the same clause and at most a short noun away, or null. */
export function fewBefore(text: string, missed: string): string | null {
  const at = text.indexOf(missed);
  const start = at < 0 ? -1 : fewStartBefore(text, at);
  return start < 0 ? null : text.slice(start, at + missed.length);
}

/** Where a qualifier of a few or a part starts before index `at` (个别项目 before 未完成), in the same clause and at most a
 *  short noun away, or -1. */
export function fewStartBefore(text: string, at: number): number {
  let window = text.slice(Math.max(0, at - REACH), at);
  const cut = lastClauseEnd(window);
  if (cut >= 0) window = window.slice(cut + 1);
  const start = at - window.length;
  for (let i = 0; i < window.length; i++) {
    const w = FEW.find((f) => window.startsWith(f, i));
    if (w && !(w === "部分" && text[start + i - 1] === "大")) return start + i;
  }
  return -1;
}

/** The index of the last clause end in `s`, or -1. */
function lastClauseEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_END.test(s[i])) return i;
  return -1;
}

/** Qualifiers of a part that stand before a noun (部分群众满意, 个别项目完成, 大部分项目已完成, 主体工程已完工). */
const PART_OVER_NOUN: readonly string[] = ["大部分", "大多数", "主体", ...FEW];
/** The longest noun between such a qualifier and its word. */
const NOUN_SPAN = 4;
/** What a noun between them cannot hold: a negation, an adverb of all or already, a contrast. */
const NOT_NOUN = /[^\u4e00-\u9fff]|[未不没无已均都全但]/;

/** The qualifier of a part before the noun the word at `index` is said of (部分群众 before 满意, 大部分项目已 before
 *  完成), with the noun: the text from the qualifier to `index`, or null. */
export function partOverNoun(text: string, index: number): string | null {
  const i = text[index - 1] === "已" || text[index - 1] === "均" ? index - 1 : index;
  for (let gap = 1; gap <= NOUN_SPAN && i - gap > 0; gap++) {
    if (NOT_NOUN.test(text[i - gap])) return null;
    const end = i - gap;
    const q = wordEndingAt(text, end, PART_OVER_NOUN);
    // 绝大多数, 绝大部分: nearly all
    if (q) return text[end - q.length - 1] === "绝" ? null : text.slice(end - q.length, index);
  }
  return null;
}
