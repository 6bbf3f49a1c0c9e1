// Words saying work was done within the day it came in (当日办结, 当天处理, 即时办结, 随到随办) against a time limit in
// days (≤3个工作日, ≤5天): at most one day, read as `1个工作日以内` would be and said (APPROXIMATE_VALUE). Against a limit
// in hours the words say too little; in weeks, months or years they go to a person as before.
import { parseValue } from "../parse/parseValue";
import { normalizeValueText } from "../parse/normalize";
import type { QuantityValue } from "../parse/types";

/** Done within the day, as a whole completed text (均当日办结, 当天即办结). */
const WITHIN_THE_DAY =
  /^(?:均|全部|已|均已|全部已)?(?:当天|当日|即时|立即|随到随办|随到随结|即来即办|即办即结|马上)(?:即|就)?(?:办结|办理|完成|处理|解决|受理|答复|回复|反馈|响应|拨付|发放)?(?:完毕)?$/;

/** The completed text `actual` as at most one day, when it says the work was done within the day and the target is a
 *  time limit in days; else null. */
export function withinTheDay(t: QuantityValue, actual: string): QuantityValue | null {
  if (t.unit?.family !== "duration" || t.unit.factor !== 1 || t.comparator === ">=" || t.comparator === ">")
    return null;
  if (!WITHIN_THE_DAY.test(normalizeValueText(actual))) return null;
  // one day in the target's own day unit (1个工作日以内 against ≤3个工作日)
  const day = parseValue(`1${t.unit.text}以内`);
  return day.kind === "quantity" ? Object.assign({}, day, { text: actual }) : null;
}
