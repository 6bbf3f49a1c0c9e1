// A review said failed and then passed (首次验收未通过，整改后验收合格): the later pass is the outcome.
import { FAILED_REVIEWS, PASSED_REVIEWS } from "./bandWords";
import { negationStart } from "./negation";

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
