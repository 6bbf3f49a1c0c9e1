// A score on a hundred-point scale beside a percent (满意度95分 against ≥90%, ≥90分 against 96%): offices write a survey's
// result either way, so the points are read as percentage points and said (UNIT_ASSUMED points-as-percent).
import type { FindingParams } from "../messages/params";
import type { QuantityValue, Unit } from "../parse/types";
import { lookupUnit } from "../parse/units";

/** The percent unit the points are read in. */
const PERCENT = lookupUnit("%")!;
/** A figure on a hundred-point scale: above 10 (a five- or ten-point scale's 4.5分 is none) and at most 100. */
const onHundredScale = (q: QuantityValue) => q.value > 10 && q.value <= 100 && (q.high === null || q.high <= 100);

/** Both sides in percent, with the side in points said, when one side is in 分 and the other in %, both on a
 *  hundred-point scale; null otherwise. */
export function pointsAsPercent(
  t: QuantityValue,
  b: QuantityValue,
  tu: Unit,
  bu: Unit,
): { tu: Unit; bu: Unit; assumed: { on: "target" | "actual"; params: FindingParams["UNIT_ASSUMED"] } } | null {
  const tPoints = tu.family === "count" && tu.countKind === "分";
  const bPoints = bu.family === "count" && bu.countKind === "分";
  // a percent proper (not ‰ or ‱, whose figures are no points)
  const percent = (u: Unit) => u.family === "percent" && u.factor === PERCENT.factor;
  const percents = (tPoints && percent(bu)) || (bPoints && percent(tu));
  if (!percents || !onHundredScale(t) || !onHundredScale(b)) return null;
  const on = tPoints ? "target" : "actual";
  return {
    tu: PERCENT,
    bu: PERCENT,
    assumed: { on, params: { kind: "points-as-percent", side: on, text: (tPoints ? t : b).text } },
  };
}
