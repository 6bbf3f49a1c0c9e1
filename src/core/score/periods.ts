// Figures counted per period against figures for the year (每季度1次 against 4次; the spec is silent, see
// docs/DECISIONS.md). Months, quarters and half-years convert to the year (×12, ×4, ×2), each conversion said as
// PERIOD_CONVERTED; a day, a week or a term has no fixed count in a year, so such a figure against another period is a
// unit mismatch (the user writes the year's figure). Rates (percent) are compared as they are, whatever their period.
import type { FindingParams } from "../messages/params";
import type { Period, QuantityValue } from "../parse/types";
import { showQuantity } from "./quantities";

const PER_YEAR: Partial<Record<Period, number>> = {
  "half-month": 24,
  month: 12,
  "two-months": 6,
  quarter: 4,
  "half-year": 2,
  year: 1,
};
const PERIOD_TEXT: Record<Period, string> = {
  day: "日",
  workday: "工作日",
  week: "周",
  "two-weeks": "两周",
  "half-month": "半月",
  month: "月",
  "two-months": "两月",
  quarter: "季度",
  "half-year": "半年",
  year: "年",
  term: "学期",
};

/** A conversion to the year, on the target or the completed value. */
export interface PeriodConversion {
  side: "target" | "actual";
  params: FindingParams["PERIOD_CONVERTED"];
}

/** Both sides counted over the same period, and the conversions that made them so. */
export interface SamePeriod {
  t: QuantityValue;
  b: QuantityValue;
  converted: PeriodConversion[];
}

/** Whether `text`, with one figure, says it is per `per` in words around it (每人每月, 月人均, 月均, /人·月; 每季度,
 *  季均). Not with two figures (每季度1次，共3次): the period may be the other one's. */
function periodSaid(text: string, per: Period): boolean {
  const word = PERIOD_TEXT[per];
  if ((text.match(/\d+(?:\.\d+)?/g) ?? []).length !== 1) return false;
  return (
    text.includes(`每${word}`) ||
    text.includes(`${word}人均`) ||
    text.includes(`${word}均`) ||
    /[/·]/.test(text.split(word)[0].slice(-1))
  );
}

/** The unit with its period, as a message names it: 次/周 (每周 without a unit). */
function unitWithPeriod(v: QuantityValue): string {
  const unit = v.unit?.text ?? "";
  if (!v.per) return unit;
  return unit ? `${unit}/${PERIOD_TEXT[v.per]}` : `每${PERIOD_TEXT[v.per]}`;
}

/** The value counted over a year (`factor` periods in it), without its period. */
function yearly(v: QuantityValue, factor: number): QuantityValue {
  return Object.assign({}, v, {
    value: v.value * factor,
    high: v.high === null ? null : v.high * factor,
    per: undefined,
  });
}

/** Brings target and completed value to one period: as they are when they share it (or are rates), else to the year;
 *  a mismatch (for UNIT_MISMATCH) when a side's period does not convert. */
export function samePeriod(
  t: QuantityValue,
  b: QuantityValue,
): SamePeriod | { mismatch: FindingParams["UNIT_MISMATCH"] } {
  const pt = t.per ?? "year";
  // the target's period said in the completed value's words (按每人每月120元发放, 月人均120元): the same period
  const pb = b.per ?? (pt !== "year" && b.unit !== null && periodSaid(b.text, pt) ? pt : "year");
  if (pt === pb || t.unit?.family === "percent" || b.unit?.family === "percent") return { t, b, converted: [] };
  const ft = PER_YEAR[pt];
  const fb = PER_YEAR[pb];
  if (ft === undefined || fb === undefined)
    return { mismatch: { targetUnit: unitWithPeriod(t), actualUnit: unitWithPeriod(b) } };
  const converted: PeriodConversion[] = [];
  const tt = yearly(t, ft);
  const bb = yearly(b, fb);
  if (ft !== 1) converted.push({ side: "target", params: { side: "target", text: t.text, yearly: shown(tt) } });
  if (fb !== 1) converted.push({ side: "actual", params: { side: "actual", text: b.text, yearly: shown(bb) } });
  return { t: tt, b: bb, converted };
}

/** A converted value as a message shows it: 4次, 24-36次. */
function shown(v: QuantityValue): string {
  const low = showQuantity(v.value, v.unit);
  return v.high === null ? low : `${showQuantity(v.value, null)}-${showQuantity(v.high, v.unit)}`;
}
