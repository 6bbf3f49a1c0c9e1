// A completed value saying nothing happened (无, 未发生, 没有) against a number target that asks for few or none of a
// bad event (0起, ≤2次 有效投诉): read as 0 in the target's unit, and said (NONE_OCCURRED).
import { answerTo, badEventOf, mentionsBadEvent, noneStated } from "../absence";
import { inferTargetDirection } from "../direction";
import type { QuantityValue } from "../parse/types";
import type { Profile } from "../profile";
import type { IndicatorInput } from "../tables/readTable";

/** The completed text `actual` as the figure 0 in the target's unit, when it says that nothing happened and the
 *  target is 0 or an upper bound on a bad event; else null (the words decide as before). */
export function noneAsZero(
  row: IndicatorInput,
  t: QuantityValue,
  actual: string,
  profile: Profile,
): QuantityValue | null {
  // a no answering the name's question (是否发生安全事故: 否) says none happened too
  const said = noneStated(actual) ?? (answerTo(row.level3, actual) === "no" ? { subject: "" } : null);
  if (!said || t.high !== null) return null;
  const named = t.value === 0 || mentionsBadEvent(row.level3) || mentionsBadEvent(t.text);
  // what the words name must be what the row counts (无安全事故 does not answer 有效投诉)
  const head = said.subject === "" ? null : badEventOf(said.subject);
  if (!named || (head !== null && !row.level3.includes(head) && !t.text.includes(head))) return null;
  const duration = t.unit?.family === "duration";
  const cmp = t.comparator ?? inferTargetDirection(row.level2, row.level3, t.value, profile, duration).comparator;
  if (cmp !== "<=" && cmp !== "<" && !(cmp === "=" && t.value === 0)) return null;
  return {
    kind: "quantity",
    comparator: null,
    comparatorSource: null,
    value: 0,
    high: null,
    unit: t.unit,
    unitSource: t.unit ? "text" : null,
    approximate: false,
    text: actual,
  };
}
