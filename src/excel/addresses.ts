// A1 addresses as Excel returns them ("'自评 表'!B3:K40") and as the host builds them.
import { a1, parseA1 } from "../core";

/** A rectangle on a named sheet, 0-based inclusive coordinates. */
export interface SheetRect {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Splits "Sheet!A1:B2" into the unquoted sheet name and the local part; sheet "" when there is none. */
export function splitSheetAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses an Excel range address ("自评表!B3:K40", "A1") into a rectangle; null when it is not one. */
export function parseRangeAddress(address: string): SheetRect | null {
  const { sheet, local } = splitSheetAddress(address.trim());
  const [from, to = from] = local.split(":");
  const p1 = parseA1(from);
  const p2 = parseA1(to);
  if (!p1 || !p2) return null;
  return {
    sheet,
    r1: Math.min(p1.row, p2.row),
    c1: Math.min(p1.col, p2.col),
    r2: Math.max(p1.row, p2.row),
    c2: Math.max(p1.col, p2.col),
  };
}

/** Local A1 text of a rectangle: "G17" for one cell, "G17:G46" otherwise. */
export function localAddress(r1: number, c1: number, r2: number = r1, c2: number = c1): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

/** Quotes a sheet name the way Excel does in formulas when it needs quoting. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A sheet-qualified address for messages and workbook-level collections: "自评表!G17". */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${a1(row, col)}`;
}

/** The key the host uses for one cell across maps: sheet name + NUL + A1. */
export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${a1(row, col)}`;
}
