// A score on a hundred-point scale beside a percent (满意度95分 against ≥90%, ≥90分 against 96%): offices write a survey's
// result either way, so the points are read as percentage points and said (UNIT_ASSUMED points-as-percent).
import type { FindingParams } from "../messages/params";
import type { DeadlineValue, QuantityValue, Unit } from "../parse/types";
import { lookupUnit } from "../parse/units";

/** The percent unit the points are read in. */
const PERCENT = lookupUnit("%")!;
/** Whether a unit is a percent proper (not ‰ or ‱, whose figures are no points). */
const percentProper = (u: Unit | null) => u !== null && u.family === "percent" && u.factor === PERCENT.factor;
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
  const percents = (tPoints && percentProper(bu)) || (bPoints && percentProper(tu));
  const ofFull = percents ? pointsOfFullMark(tPoints ? t : b) : null;
  if (ofFull) {
    const on: "target" | "actual" = tPoints ? "target" : "actual";
    const params = { kind: "points-of-full" as const, side: on, text: (tPoints ? t : b).text, full: ofFull.full };
    return tPoints
      ? { tu: ofFull.unit, bu: PERCENT, assumed: { on, params } }
      : { tu: PERCENT, bu: ofFull.unit, assumed: { on, params } };
  }
  if (!percents || !onHundredScale(t) || !onHundredScale(b)) return null;
  const on = tPoints ? "target" : "actual";
  return {
    tu: PERCENT,
    bu: PERCENT,
    assumed: { on, params: { kind: "points-as-percent", side: on, text: (tPoints ? t : b).text } },
  };
}

/** The full mark a remark gives points (4.6分（满分5分）, 92分（满分100分）). */
const FULL_MARK = /^满分(?:为)?(\d{1,3}(?:\.\d+)?)分?$/;

/** Points out of the full mark their remark states (4.6分（满分5分）): a unit reading them as a share of it, in percent;
 *  null without one. */
function pointsOfFullMark(q: QuantityValue): { unit: Unit; full: number } | null {
  const m = q.remark ? FULL_MARK.exec(q.remark.note) : null;
  const full = m ? Number(m[1]) : 0;
  if (!(full > 0) || q.value > full || (q.high !== null && q.high > full)) return null;
  return { unit: { text: "分", family: "percent", factor: 1 / full, countKind: "" }, full };
}

/** Whether `v`'s remark is the full mark its points were read against, beside `other`, a percent (4.6分（满分5分）
 *  against ≥90%): no remark left out. */
export function fullMarkCounted(v: QuantityValue | DeadlineValue, other: QuantityValue | DeadlineValue): boolean {
  if (v.kind !== "quantity" || other.kind !== "quantity" || v.unit?.countKind !== "分") return false;
  return percentProper(other.unit) && pointsOfFullMark(v) !== null;
}
