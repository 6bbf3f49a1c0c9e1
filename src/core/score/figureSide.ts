// Which side of its figure an approximate completed value's true figure lies on (不到90%, 超过300元, 近千人, 300余元),
// and when that side leaves the figure unable to score the row.
import type { FigureRelation } from "../messages/params";
import type { Comparator, QuantityValue } from "../parse/types";
import type { Aligned } from "./quantities";
import { EQUAL_BAND, FLOAT_NOISE } from "./tolerances";

const ABOVE: ReadonlySet<FigureRelation> = new Set(["above", "at-least", "just-above"]);

/** How a completed value's words place its true figure against the figure written: above it (超过, >), at least it
 *  (以上, ≥), a little above (多, 余, +), below (不到, 低于, 未达到), at most (以内, 以下, ≤), a little below (近, 接近);
 *  null for an exact figure or one without a side (约, 左右). */
export function relationOf(b: QuantityValue): FigureRelation | null {
  if (b.reached) return null;
  if (b.comparatorSource === "prefix" || b.comparatorSource === "suffix") {
    if (b.comparator === ">") return "above";
    if (b.comparator === ">=") return "at-least";
    if (b.comparator === "<") return "below";
    if (b.comparator === "<=") return "at-most";
  }
  return b.lean === "over" ? "just-above" : b.lean === "under" ? "just-below" : null;
}

/** Whether the true figure, on the side `rel` puts it, may score lower than its figure does, so that the figure cannot
 *  score the row: the side leaves open, or decides against, what the figure meets. Scores rise with B under ≥, > and a
 *  range (不到90% against ≥90%), fall with B under ≤ and < (超过200元 against ≤300元), and peak at A under =. A side that
 *  can only score better is the cautious reading (超过800人 against ≥1000人 counts as 800). A little above or below
 *  (1000多, 近90%) counts as the figure itself, except at the target, where it decides (近90% does not meet ≥90%). */
export function figureLeftOpen(cmp: Comparator | "range", al: Aligned, rel: FigureRelation | null): boolean {
  if (rel === null) return false;
  const above = ABOVE.has(rel);
  const slight = rel === "just-above" || rel === "just-below";
  const atTarget = Math.abs(al.b - al.a) <= FLOAT_NOISE;
  if (cmp === "=") return !slight || Math.abs(al.b - al.a) <= Math.abs(al.a) * EQUAL_BAND + FLOAT_NOISE;
  const rising = cmp !== "<=" && cmp !== "<";
  if (above === rising) return false;
  return !slight || atTarget;
}
