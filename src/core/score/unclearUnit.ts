// A completed value without a unit, read in the target's unit, that lands a thousand times or more away from the target
// (1185000 against ≤120万元: written in 元): the unit is in doubt, so the figure is not scored.
import type { ReadFailure } from "../messages/params";
import { showActual, showTarget, type Aligned } from "./quantities";

/** How far apart, as a factor, a completed value read in the target's unit may be before its unit is in doubt. */
const UNIT_DOUBT_FACTOR = 1000;

/** The read failure of a completed value whose assumed unit puts it `UNIT_DOUBT_FACTOR` times or more from the target,
 *  or null (a unit written, a percent target, a zero on either side, or a figure within the factor). */
export function unclearUnit(al: Aligned): (ReadFailure & { code: "UNIT_UNCLEAR" }) | null {
  const kind = al.assumed?.params.kind;
  if (al.assumed?.on !== "actual" || (kind !== "actual-in-target-unit" && kind !== "actual-multiplied")) return null;
  // a bare figure under a percent target has its own rules (points or a fraction), said by UNIT_ASSUMED
  if (!(al.a > 0 && al.b > 0) || al.unit?.family === "percent") return null;
  const ratio = al.b / al.a;
  if (ratio < UNIT_DOUBT_FACTOR && ratio > 1 / UNIT_DOUBT_FACTOR) return null;
  const times = Math.round(ratio >= 1 ? ratio : 1 / ratio);
  return { code: "UNIT_UNCLEAR", read: showActual(al), target: showTarget(al), times };
}
