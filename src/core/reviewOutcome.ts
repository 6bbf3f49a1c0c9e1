// A review said failed and then passed (首次验收未通过，整改后验收合格): the later pass is the outcome, unless the target
// asked a pass at the first try (一次性验收合格).
import { FAILED_REVIEWS, PASSED_REVIEWS } from "./bandWords";
import { isNegated, negationStart } from "./negation";

/** What says a review was passed after all: a passed phrase, or 合格. */
const PASSES: readonly string[] = [...PASSED_REVIEWS, "合格"];

/** 不合格 put right and passed after it (1个标段不合格，返工整改后合格): a remedy, then 合格 in its clause. */
const REMEDIED = /(?:整改|返工|返修|复检|复验|复查)[^,，。;；]{0,6}?合格/;

/** A review failed, then passed (首次验收未通过，整改后验收合格; 1个标段不合格，返工整改后合格): the pass said after `failed`,
 *  not negated, or null. */
export function passedAfterFailing(text: string, failed: string | null): string | null {
  if (failed === "不合格") {
    const m = REMEDIED.exec(text.slice(text.indexOf(failed) + failed.length));
    return m && negationStart(m[0], m[0].length - 2) < 0 ? "合格" : null;
  }
  if (failed === null || !FAILED_REVIEWS.includes(failed)) return null;
  const from = text.indexOf(failed) + failed.length;
  for (const pass of PASSES) {
    const at = text.indexOf(pass, from);
    if (at >= 0 && negationStart(text, at) < 0) return pass;
  }
  return null;
}

/** A pass asked at the first try (一次性验收合格, 一次性通过验收, 首次验收合格, 一次合格率). */
const FIRST_TRY = /(?:一次性?|首次)[^,，。;；]{0,4}?(?:合格|通过|达标)/;
/** A pass after rework or at a later try (整改后合格, 复验合格, 第二次验收, 二次验收通过, 最终合格率); not 最终验收, a stage. */
const RETRIED =
  /整改|返工|返修|复[验检查测]|第[二三]次|[二再]次(?=验收|检|通过|合格|交验)|最终(?=合格|通过|达标)|重新验收/g;

/** The word saying a pass came after rework or a later try (整改 in 整改后验收合格) when `asked` (a target, a name) asks
 *  the first try and `text` says no first-try pass itself; null otherwise. */
export function retriedForFirstTry(text: string, asked: string): string | null {
  if (!FIRST_TRY.test(asked)) return null;
  const own = FIRST_TRY.exec(text);
  if (own && !/[未不没无]/.test(own[0]) && negationStart(text, own.index) < 0) return null;
  RETRIED.lastIndex = 0;
  // a few looks: a cell names rework once or twice
  for (let i = 0, m = RETRIED.exec(text); i < 4 && m; i++, m = RETRIED.exec(text))
    if (!asked.includes(m[0]) && !isNegated(text, m.index)) return m[0];
  return null;
}
