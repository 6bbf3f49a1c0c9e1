// A target counted in either of two units (≥10台（套）, 10台/套, 10台套, 5个（处）): a completed figure in the second is
// counted in the first, said in blue (docs/DECISIONS.md, "A target in either of two units"). A completed value that
// gives the target's own count in its remark (1200人次（800人） against ≥1000人) is read by it.
import type { FindingParams } from "../messages/params";
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { PART_WORDS } from "../parse/remark";
import type { QuantityValue } from "../parse/types";
import { baseUnit } from "../parse/units";
import { peopleAgainstVisits } from "./quantities";

/** A figure, a one-character unit, then a second one after a slash, in brackets or right after it, ending the text. */
const TWO_UNITS = /\d\s*([\u4e00-\u9fff])\s*(?:\/|\(|（)?\s*([\u4e00-\u9fff])\s*[)）]?$/;

/** The target and the completed figure in the target's unit, when the target names two units and the completed figure
 *  is in either (≥10台（套） against 8套 or 8台), with what to say of the second (null for the first); null otherwise. */
export function inEitherUnit(
  t: QuantityValue,
  b: QuantityValue,
): { t: QuantityValue; b: QuantityValue; said: FindingParams["UNIT_ASSUMED"] | null } | null {
  if (t.unit?.family !== "count" || b.unit?.family !== "count") return null;
  const m = TWO_UNITS.exec(normalizeValueText(t.text));
  if (!m || m[1] !== t.unit.text || baseUnit(m[2])?.family !== "count") return null;
  const first = b.unit.text === t.unit.text;
  if (!first && m[2] !== b.unit.text) return null;
  // the second unit is the target's, not a remark beside it
  const target = Object.assign({}, t);
  delete target.remark;
  if (first) return { t: target, b, said: null };
  const said = { kind: "either-unit" as const, target: t.text, unit: t.unit.text, other: b.unit.text };
  return { t: target, b: Object.assign({}, b, { unit: t.unit }), said };
}

/** The completed value's remark read as its figure when that is in the target's own count (培训1200人次（800人） against
 *  ≥1000人: the 800人, not the 1200人次 taken as persons), the figure before it left as the remark; null otherwise. */
export function remarkInTargetCount(t: QuantityValue, b: QuantityValue): QuantityValue | null {
  if (t.unit?.family !== "count" || b.unit?.family !== "count" || !b.remark) return null;
  // only where one counts people and the other visits, which would be compared as one count; a part of it (其中女性
  // 800人, 含外县20人) is no figure of the whole
  const note = b.remark.note;
  if (!peopleAgainstVisits(t.unit.countKind, b.unit.countKind) || PART_WORDS.some((w) => note.startsWith(w)))
    return null;
  const other = parseValue(note);
  if (other.kind !== "quantity" || other.unitSource !== "text" || other.unit?.countKind !== t.unit.countKind)
    return null;
  return Object.assign({}, other, { text: b.text, remark: { figure: b.remark.note, note: b.remark.figure } });
}
