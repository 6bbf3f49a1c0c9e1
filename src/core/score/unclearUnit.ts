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
  if (!(al.a > 0 && al.b > 0)) return null;
  // a bare figure under a percent target has its own rules (points or a fraction), said by UNIT_ASSUMED; one just
  // above 1 (1.05, 1.2) against a high rate is a fraction over 100 % or a slip, not 1.05 %
  if (al.unit?.family === "percent") return taken && fractionAboveOne(al) ? unclear(al, "target") : null;
  const ratio = al.b / al.a;
  if (ratio < UNIT_DOUBT_FACTOR && ratio > 1 / UNIT_DOUBT_FACTOR) return null;
  return unclear(al, taken ? "target" : "column");
}

/** The least rate a figure just above 1 is set against before it is taken for a fraction (1.05 against ≥95%). */
const HIGH_RATE = 50;

/** Whether a bare percent figure is between 1 and 2 against a target of HIGH_RATE % or more. */
function fractionAboveOne(al: Aligned): boolean {
  return al.numB > 1 && al.numB <= 2 && al.numA >= HIGH_RATE;
}

/** The read failure saying how far apart the figure read in the unit `from` gave is from the target. */
function unclear(al: Aligned, from: "target" | "column"): ReadFailure & { code: "UNIT_UNCLEAR" } {
  const ratio = al.b / al.a;
  const times = Math.round(ratio >= 1 ? ratio : 1 / ratio);
  return { code: "UNIT_UNCLEAR", from, read: showActual(al), target: showTarget(al), times };
}
