// The funding block's figures as offices write them (spec §4): numbers, numbers typed as text with thousands
// separators (1,205.30), and figures with a money unit (120.5万元, 1,205,000元, 120.5万, 100（万元）) read in the block's
// unit.
import { lookupUnit } from "../parse/units";
import type { CellRef } from "../tables/readTable";
import { toHalfWidth } from "../text";

/** Yuan in one of a money unit written here (元, 千元, 万元, 亿元), from the units table. */
const yuan = (unit: string) => lookupUnit(unit)!.factor;
const FIGURE = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(千元|万元|亿元|元|千|万|亿)?$/;
/** A money unit in brackets after the figure (100（万元）): the unit. */
const UNIT_IN_BRACKETS = /[(（](千元|万元|亿元|元)[)）]$/;
/** A unit printed in a header: 项目资金（万元）, 全年预算数(万元), 单位：万元. */
const HEADER_UNIT = /[(（]\s*(千元|万元|亿元|元)\s*[)）]|单位[:：]\s*(千元|万元|亿元|元)/;

/** One figure: its value and the money unit written with it (null for a bare number). */
export interface FundingFigure {
  value: number;
  unit: string | null;
}

/** A cell's figure: a number, or text holding one with or without a money unit; null when it holds none. */
export function fundingFigure(ref: CellRef | null): FundingFigure | null {
  if (!ref || ref.isError) return null;
  const v = ref.value;
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, unit: null } : null;
  if (typeof v !== "string") return null;
  const m = FIGURE.exec(
    toHalfWidth(v)
      .replace(/[\s¥￥]/g, "")
      .replace(UNIT_IN_BRACKETS, "$1"),
  );
  // 95.5万 is 95.5万元: the multiplier alone names the money unit
  const unit = m?.[2] === undefined ? null : m[2].endsWith("元") ? m[2] : `${m[2]}元`;
  return m ? { value: Number(m[1].replace(/,/g, "")), unit } : null;
}

/** The money unit the block's header prints (项目资金（万元）), or null. */
export function headerUnitIn(texts: readonly string[]): string | null {
  for (const t of texts) {
    const m = HEADER_UNIT.exec(toHalfWidth(t));
    if (m) return m[1] ?? m[2];
  }
  return null;
}

/** Both figures in one unit: the header's, else the one both are written in; null when a unit is written on one side
 *  only and the header names none (which unit the bare figure is in would be a guess). */
export function inBlockUnit(
  budget: FundingFigure,
  executed: FundingFigure,
  headerUnit: string | null,
): { budget: number; executed: number } | null {
  if (budget.unit === null && executed.unit === null) return { budget: budget.value, executed: executed.value };
  const unit = headerUnit ?? (budget.unit && executed.unit ? budget.unit : null);
  if (unit === null) return null;
  const inUnit = (f: FundingFigure) => (f.value * yuan(f.unit ?? unit)) / yuan(unit);
  return { budget: inUnit(budget), executed: inUnit(executed) };
}
