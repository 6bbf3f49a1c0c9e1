// A completed value against a deviation either way (±10%): its size is compared, said as DIRECTION_INFERRED (the ±
// target has no direction; a deviation of -12% is 12% from where it should be).
import type { QuantityValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import { cellAt } from "./findingSink";
import type { RowContext } from "./scoreIndicator";

/** `b` as the size of its deviation when `t` bounds a deviation either way (said once, on the target), else `b`. */
export function sizeOfDeviation(
  row: IndicatorInput,
  t: QuantityValue,
  b: QuantityValue,
  ctx: RowContext,
): QuantityValue {
  if (!t.deviation) return b;
  const said = { target: t.text, comparator: "<=" as const, basis: "deviation" as const, keyword: null };
  ctx.sink.add("DIRECTION_INFERRED", cellAt(row.target), said, row.row);
  const size = b.high === null ? Math.abs(b.value) : Math.max(Math.abs(b.value), Math.abs(b.high));
  return size === b.value && b.high === null ? b : Object.assign({}, b, { value: size, high: null });
}
