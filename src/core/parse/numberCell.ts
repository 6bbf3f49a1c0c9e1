// Number cells (typed numbers with their number format) and the unit column: shared by the value reader.
import type { ReadFailure } from "../messages/params";
import type { Comparator, ParseContext, ParsedValue, QuantityValue, Unit, UnreadableValue } from "./types";
import { parseComparatorColumn, type ColumnComparator } from "./normalize";
import { monthDeadline } from "./deadline";
import { classifyNumberFormat, excelSerialToDate } from "./numberFormat";
import { multiplierExponent, normalizeUnitText, unitParts } from "./units";
import { scaleNumber } from "./numbers";
import { cellText } from "../text";

/** An unreadable reading with its reason. */
export function unreadable(text: string, reason: ReadFailure): UnreadableValue {
  return { kind: "unreadable", text, reason };
}

/** A qualitative reading. */
export function qualitative(text: string): ParsedValue {
  return { kind: "qualitative", text };
}

/** What a unit column (or a unit literal in a format) says: a unit and/or a 万-style multiplier. */
export interface ColumnUnit {
  unit: Unit | null;
  exp: number;
}

/** Reads a 度量单位 text: 万人次 → {exp: 4, unit: 人次}, 万 → {exp: 4, unit: null}; null when it is no unit. */
export function columnUnit(text: string | null | undefined): ColumnUnit | null {
  if (!text) return null;
  const t = normalizeUnitText(text);
  const parts = unitParts(t);
  if (parts) return parts;
  const exp = multiplierExponent(t);
  return exp === null ? null : { unit: null, exp };
}

/** Whether the unit column says 月 (a month deadline in a 时效指标 row, ≤ | 12 | 月). */
export function isMonthColumn(cu: ColumnUnit | null): boolean {
  return cu !== null && cu.unit !== null && cu.unit.text === "月";
}

/** A comparator sign at the start of a format's literal text (≤, ≥, <=, >=). */
const FORMAT_COMPARATOR = /^\s*(≤|≥|<=|>=)\s*/;

/** Reads a typed number: a date serial under a date format, a percent under a % format, else a plain quantity. */
export function parseNumberCell(n: number, ctx: ParseContext): ParsedValue {
  if (!Number.isFinite(n)) return unreadable(String(n), { code: "INVALID_NUMBER" });
  const fmt = classifyNumberFormat(ctx.numFmt);
  const column: ColumnComparator = parseComparatorColumn(ctx.comparatorColumn);
  if (fmt.date) return dateSerial(n, fmt.hasDay, column);
  if (column === "qualitative") return qualitative(String(n));
  if (fmt.percent) {
    const value = scaleNumber(n, 2);
    return numberQuantity(column, value, unitParts("%")?.unit ?? null, "format", `${value}%`);
  }
  // a comparator the format shows before the number ("≤"0"小时" shows ≤48小时), as a column's would be
  const shown = FORMAT_COMPARATOR.exec(fmt.literal);
  const comparator = shown ? (shown[1] === "≤" || shown[1] === "<=" ? "<=" : ">=") : column;
  const rest = shown ? fmt.literal.slice(shown[0].length) : fmt.literal;
  const literal = rest ? columnUnit(rest) : null;
  const cu = literal ?? columnUnit(ctx.unitColumn);
  if (!literal && cu && isMonthColumn(cu) && ctx.timeliness && Number.isInteger(n) && n >= 1 && n <= 12) {
    return monthDeadline(n, String(n), comparator, ctx.tableYear ?? null);
  }
  const value = cu && cu.exp !== 0 ? scaleNumber(n, cu.exp) : n;
  const unit = cu?.unit ?? null;
  const unitSource = unit ? (literal ? "format" : "column") : null;
  const text = shown ? `${shown[1]}${n}${rest}` : String(n);
  return numberQuantity(comparator, value, unit, unitSource, text);
}

/** A typed number's quantity: exact, its comparator from the column. Written out field by field, not spread from a
 *  shared part: in Node 20's V8 an object spread and then given more fields outlives the young generation's
 *  collections (docs/DECISIONS.md, "No object spread given more fields"). */
function numberQuantity(
  column: Comparator | null,
  value: number,
  unit: Unit | null,
  unitSource: QuantityValue["unitSource"],
  text: string,
): QuantityValue {
  const comparatorSource = column ? "column" : null;
  return {
    kind: "quantity",
    comparator: column,
    comparatorSource,
    value,
    high: null,
    unit,
    unitSource,
    approximate: false,
    text,
  };
}

/** A cell's text as a report shows it: a date serial under a date format as its date (45306 as 2024年1月15日), else
 *  the value's text. */
export function shownText(value: unknown, numFmt: string | null): string {
  if (typeof value !== "number" || !classifyNumberFormat(numFmt).date) return cellText(value);
  const read = parseNumberCell(value, { numFmt });
  return read.kind === "deadline" ? read.text : cellText(value);
}

/** A date serial under a date format, read as a deadline (a 截止 column's ≤ kept, anything else an exact date). */
function dateSerial(n: number, hasDay: boolean, column: ColumnComparator): ParsedValue {
  const d = excelSerialToDate(n);
  if (!d) return unreadable(String(n), { code: "DATE_SERIAL_OUT_OF_RANGE", serial: n });
  const day = hasDay ? d.day : null;
  const text = `${d.year}年${d.month}月` + (day === null ? "" : `${day}日`);
  const comparator = column === "<=" || column === "<" ? "<=" : "=";
  return { kind: "deadline", comparator, year: d.year, month: d.month, day, text };
}
