// How the fake Excel stores a string written to Range.values or Range.formulas: like text typed into the cell.
//
// Rules and their sources:
// - "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as
//   a formula." and "Locale-shaped strings ... are stored as text instead of as dates ... use a locale-neutral format
//   like ISO (YYYY-MM-DD)": Range.values, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
// - A number typed as text ("18") becomes the number 18 unless the cell is formatted as Text (@) or the entry starts
//   with an apostrophe, which is not stored (office-js#6687: reading `formulas` returns the text without the
//   apostrophe, so writing it back turns a text "18" into the number 18), https://github.com/OfficeDev/office-js/issues/6687
// - TRUE/FALSE become Booleans and "50%" the number 0.5 with a percent format, as typed input does in Excel.
import type { CellValue } from "../../src/core/grid";

/** What a typed string becomes: a constant (with a number format Excel applies to a General cell) or a formula. */
export type TypedInput = { kind: "value"; value: CellValue; format?: string } | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Excel's serial day number of a date (1900 date system; day 1 = 1900-01-01 with the 1900 leap-year quirk). */
function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A number typed as text ("1,000", "-3.5", "1e3"), or null. */
function typedNumber(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/** Interprets a string written to a cell whose number format is `format`. */
export function typedInput(text: string, format: string): TypedInput {
  if (text === "") return { kind: "value", value: null };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (format === "@") return { kind: "value", value: text };
  const trimmed = text.trim();
  const n = typedNumber(trimmed);
  if (n !== null) return { kind: "value", value: n };
  if (trimmed.endsWith("%")) {
    const p = typedNumber(trimmed.slice(0, -1));
    if (p !== null) return { kind: "value", value: p / 100, format: format === "General" ? "0%" : undefined };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { kind: "value", value: serial, format: format === "General" ? "yyyy/m/d" : undefined };
  }
  if (text.startsWith("=")) return { kind: "formula", formula: text };
  if (text.startsWith("+") || text.startsWith("-")) return { kind: "formula", formula: "=" + text };
  return { kind: "value", value: text };
}

/** Excel.RangeValueType of a stored cell (ExcelApi 1.1 `valueTypes`). */
export function valueTypeOf(value: CellValue): string {
  if (value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/.test(value) ? "Error" : "String";
}
