// Two figures side by side in one completed value (上半年95%，下半年97%; 城区95%，农村90%): the scorer counts the first,
// and a person must confirm that it is the one that answers the target.
import { isCjkAt } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { sameFamily } from "../parse/units";
import type { DeadlineValue, QuantityValue } from "../parse/types";

/** The second of two labelled figures in one unit family (`下半年97%` after `上半年95%`), or null. Both must be named
 *  by words before them, so a part or an addition after a total (11篇，其中核心期刊3篇; 11篇，另有3篇在审) is none. */
export function parallelFigure(b: QuantityValue | DeadlineValue): string | null {
  if (b.kind !== "quantity" || !b.remark || !b.unit || !isCjkAt(b.remark.figure, 0)) return null;
  const note = b.remark.note;
  const other = parseValue(note);
  if (other.kind !== "quantity" || other.unit === null || other.unitSource !== "text") return null;
  if (!isCjkAt(note, 0) || !sameFamily(other.unit, b.unit)) return null;
  return note;
}
