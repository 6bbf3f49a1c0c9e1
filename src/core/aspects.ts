// A target of two aspects or more (按时足额发放: on time and in full; 及时准确, 保质保量完成) answered by words that say
// some of them (足额发放): 达成 would vouch for the aspect left unsaid, so a person decides.
import { negationStart } from "./negation";

/** The words of each aspect a target may ask of its work: on time, in full, with quality, accurately. */
const ASPECTS: readonly (readonly string[])[] = [
  ["按时", "及时", "按期", "如期", "准时", "提前"],
  ["足额", "全额", "足量", "保量", "按量"],
  ["保质", "按质", "优质", "高质量"],
  ["准确", "精准", "无误"],
];

/** The first word of `words` in `text`; with `plain`, not negated (未按时 does not say 按时); or null. */
function saidIn(text: string, words: readonly string[], plain: boolean): string | null {
  for (const w of words)
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
      if (!plain || negationStart(text, i) < 0) return w;
  return null;
}

/** The target's words for the aspects a completed text leaves unsaid (按时 for 足额发放 against 按时足额发放), in the
 *  target's order, when the target asks two aspects or more and the text says at least one of them plainly; null
 *  otherwise (all said, or none: a verdict on the whole, 已完成, is read by the bands). */
export function aspectsUnsaid(actual: string, target: string): string[] | null {
  const unsaid: string[] = [];
  let asked = 0;
  for (const words of ASPECTS) {
    const word = saidIn(target, words, false);
    if (word === null) continue;
    asked++;
    if (saidIn(actual, words, true) === null) unsaid.push(word);
  }
  if (asked < 2 || unsaid.length === 0 || unsaid.length === asked) return null;
  return unsaid.sort((x, y) => target.indexOf(x) - target.indexOf(y));
}
