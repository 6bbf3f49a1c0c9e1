// A completed value whose only figure is labelled as planned, expected or striven for (计划培训120人次, 预计达到95%,
// 力争完成120人次): the plan said again, not the figure reached. Scoring it gave full marks with, at most, a hint that
// the words were not counted; the row waits for a person (the figure reached, or a band).
import { normalizeValueText } from "../parse/normalize";
import { plannedLabel } from "../parse/remark";
import type { DeadlineValue, QuantityValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import { waitForPerson } from "./personScore";
import type { IndicatorResult, RowContext } from "./scoreIndicator";

/** The row waiting for a person when `b`'s figure is labelled as planned; null when it is not. */
export function plannedFigure(
  row: IndicatorInput,
  t: QuantityValue | DeadlineValue,
  b: QuantityValue | DeadlineValue,
  ctx: RowContext,
): IndicatorResult | null {
  const label = plannedLabel(normalizeValueText(b.text));
  if (label === null) return null;
  const at = row.actual ? { row: row.actual.row, col: row.actual.col } : null;
  return waitForPerson(at, row.row, { kind: "planned", actual: b.text, label, target: t.text }, ctx);
}
