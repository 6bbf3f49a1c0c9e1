// A completed value without a unit, read in the target's unit, that lands a thousand times or more away from the target
// (1185000 against ≤120万元: written in 元): the unit is in doubt, so the figure is not scored.
import type { ReadFailure } from "../messages/params";
import type { QuantityValue } from "../parse/types";
import { showActual, showTarget, type Aligned } from "./quantities";

/** How far apart, as a factor, a completed value read in the target's unit may be before its unit is in doubt. */
const UNIT_DOUBT_FACTOR = 1000;

/** The read failure of a completed value `b` whose unit, taken from the target or the 度量单位 column, puts it
 *  `UNIT_DOUBT_FACTOR` times or more from the target; or null (a unit written, a percent target, a zero on either side,
 *  or a figure within the factor). */
export function unclearUnit(al: Aligned, b: QuantityValue): (ReadFailure & { code: "UNIT_UNCLEAR" }) | null {
  const kind = al.assumed?.params.kind;
  const taken = al.assumed?.on === "actual" && (kind === "actual-in-target-unit" || kind === "actual-multiplied");
  if (!taken && b.unitSource !== "column") return null;
  // a bare figure under a percent target has its own rules (points or a fraction), said by UNIT_ASSUMED
  if (!(al.a > 0 && al.b > 0) || al.unit?.family === "percent") return null;
  const ratio = al.b / al.a;
  if (ratio < UNIT_DOUBT_FACTOR && ratio > 1 / UNIT_DOUBT_FACTOR) return null;
  const times = Math.round(ratio >= 1 ? ratio : 1 / ratio);
  const from = taken ? "target" : "column";
  return { code: "UNIT_UNCLEAR", from, read: showActual(al), target: showTarget(al), times };
}
