// A word target bounding by a quota (控制在预算内, 不超编, 在预算范围内) answered with a percent: a 控制率 is the amount
// against its quota (spec §2), so the percent is held against 100 %, not banded as a share of work done (102 % was
// 达成 by degree with full marks, 68.59 % 部分达成). docs/DECISIONS.md, "A quota's bound is 100 %".
import { parseValue } from "../parse/parseValue";
import { normalizeValueText } from "../parse/normalize";
import type { ParsedValue, QuantityValue } from "../parse/types";

/** Words bounding by a quota: a word of keeping within (控制在, 不超过) or of inside (内, 范围内) around a quota. */
const QUOTA_BOUND =
  /^(控制在|严格控制在|不超过?|不突破|未超过?|在)?(?:年初|年度|全年|批复的?|核定的?)?(?:预算|编制|编|定额)(?:数|总额|额度)?(内|以内|之内|范围内)?$/;

/** The quota a bound names (预算, 编制, 定额). */
const QUOTA = /预算|编|定额/;

/** The target `t` read as ≤100 % (its text kept) with the quota it names, when it is a word bound by a quota and `b` a
 *  lone percent; null otherwise. */
export function quotaBound(t: ParsedValue, b: ParsedValue): { bound: QuantityValue; quota: string } | null {
  if (t.kind !== "qualitative" || b.kind !== "quantity" || b.unit?.family !== "percent") return null;
  if (b.remark || b.high !== null || b.comparator !== null) return null;
  const m = QUOTA_BOUND.exec(normalizeValueText(t.text));
  // a quota alone (预算) bounds nothing; 编 is 编制 only after a word of keeping within (不超编)
  if (!m || (!m[1] && !m[2]) || (m[0].includes("编") && !m[0].includes("编制") && !m[1])) return null;
  const quota = QUOTA.exec(m[0])![0];
  const bound = Object.assign({}, parseValue("≤100%") as QuantityValue, { text: t.text });
  return { bound, quota: quota === "编" ? "编制" : quota };
}
