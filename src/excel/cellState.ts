// A cell's state exactly as the undo record keeps it, and the input that puts it back without Excel re-reading it.
// Excel reads a string written to `values`/`formulas` like typed input: "18" becomes a number, "2024-01-05" a date,
// "=x"/"+x"/"-x" a formula (Range.values reference, https://learn.microsoft.com/javascript/api/excel/excel.range), and
// reading `formulas` drops a leading apostrophe (office-js#6687). So a text cell is written back with an apostrophe.
import type { FormulaCell } from "./undoTypes";

/** One letter per cell: f formula, s text, n number, b Boolean, e empty, x error value. */
export type CellType = "f" | "s" | "n" | "b" | "e" | "x";

/** The type letter of a cell from what Excel returned for it (`formulas`, `values`, `valueTypes`). */
export function cellType(formula: unknown, value: unknown, valueType: unknown): CellType {
  if (typeof formula === "string" && formula.startsWith("=")) return "f";
  if (valueType === "Error") return "x";
  if (value === "" || value === null || value === undefined) return "e";
  if (typeof value === "number") return "n";
  if (typeof value === "boolean") return "b";
  return "s";
}

/** What the record keeps for a cell: the formula text for formulas, else the typed value. */
export function keptValue(type: CellType, formula: unknown, value: unknown): FormulaCell {
  if (type === "f") return String(formula);
  if (type === "e") return "";
  return value as FormulaCell;
}

/** True when Excel could read this text as something else than the same text (number, date, time, formula, Boolean). */
export function readsAsOtherThanText(text: string): boolean {
  const t = text.trimStart();
  return /^[-+='.(\d$¥￥€£]/.test(t) || /^(true|false)$/i.test(text.trim());
}

/** The `formulas` input that restores a kept cell exactly under the number format restored with it. */
export function restoreInput(kept: FormulaCell, type: CellType | undefined, format: string): FormulaCell {
  if (type === undefined || type === "f" || type === "n" || type === "b" || type === "x") return kept;
  if (type === "e") return "";
  const text = String(kept);
  if (format === "@") return text.startsWith("'") ? "'" + text : text;
  return readsAsOtherThanText(text) ? "'" + text : text;
}

/** Two cell contents are the same, type included (numbers within 1e-9). */
export function sameContent(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === null || v === undefined ? "" : v);
  const x = norm(a);
  const y = norm(b);
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) < 1e-9;
  return x === y;
}
