// A count or amount target answered with the share of it done (完成任务的60% against ≥100亩, 完成100% against ≥100户):
// the share of the target is the figure reached (60亩), said as a review. Words gave 完成任务的60% full marks by 完成,
// and 完成100% was a unit mismatch, not scored.
import { normalizeValueText } from "../parse/normalize";
import type { QuantityValue } from "../parse/types";
import { completionDegree } from "./completionDegree";

/** Words that say a percent is the share of the task done (a coverage or pass rate is not). */
const SHARE_WORDS: readonly string[] = ["完成", "达成", "实现"];

/** The figure a share done gives against a target of at least (or exactly) a figure in another unit than %, or null. */
export function shareOfTarget(t: QuantityValue, b: QuantityValue): QuantityValue | null {
  if (b.unit?.family !== "percent" || !t.unit || t.unit.family === "percent" || t.high !== null) return null;
  if (t.comparator !== ">=" && t.comparator !== ">" && t.comparator !== "=") return null;
  const s = normalizeValueText(b.text);
  const share = completionDegree(b.text);
  if (share === null || !SHARE_WORDS.some((w) => s.includes(w))) return null;
  return {
    kind: "quantity",
    comparator: null,
    comparatorSource: null,
    value: Math.round(t.value * share * 100) / 10000,
    high: null,
    unit: t.unit,
    unitSource: "text",
    approximate: b.approximate,
    text: b.text,
  };
}
