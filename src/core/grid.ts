// The sheet grid: the one input shape every host hands to the core (values, number formats, merges).

/** A raw cell value as a host reads it: text, number, boolean or empty. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based inclusive sheet coordinates. */
export interface MergedArea {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One worksheet as a rectangle of values starting at `origin` (0-based sheet row/column). */
export interface SheetGrid {
  name: string;
  /** values[i][j] is the cell at sheet row origin.row+i, column origin.col+j. Rows may be ragged. */
  values: CellValue[][];
  /** Number format codes, same shape as values (missing or "General" = none). */
  formats?: (string | null | undefined)[][];
  /** Formula text without "=", same shape as values, where a cell holds a formula (values keep the cached result). */
  formulas?: (string | null | undefined)[][];
  /** Cells holding an Excel error value (#DIV/0!, #N/A...): keys "row,col" in absolute 0-based coordinates. */
  errors?: Set<string>;
  merges: MergedArea[];
  origin: { row: number; col: number };
  /** The sheet is protected: the hosts refuse to write to it. */
  protected?: boolean;
  /** Rows (absolute 0-based) hidden in the sheet, when the host can tell which. */
  hiddenRows?: ReadonlySet<number>;
  /** The host knows rows of the sheet are hidden but not which (Excel before ExcelApi 1.9). */
  someRowsHidden?: boolean;
  /** Columns (absolute 0-based) hidden in the sheet, when the host can tell which. */
  hiddenColumns?: ReadonlySet<number>;
  /** The host knows columns of the sheet are hidden but not which (Excel before ExcelApi 1.9). */
  someColumnsHidden?: boolean;
  /** Cells (absolute 0-based) whose note holds text an earlier run wrote (it contains NOTE_PREFIX). */
  ownNotes?: ReadonlyArray<{ row: number; col: number }>;
}

/** A workbook as the core sees it. */
export interface WorkbookGrid {
  name: string;
  sheets: SheetGrid[];
}

/** Reads one cell by absolute 0-based sheet coordinates. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

/** Reads one cell's number format by absolute 0-based sheet coordinates. */
export function formatAt(sheet: SheetGrid, row: number, col: number): string | null {
  const r = sheet.formats?.[row - sheet.origin.row];
  const f = r?.[col - sheet.origin.col];
  return f && f !== "General" ? f : null;
}

/** Reads one cell's formula (without "=") by absolute coordinates. */
export function formulaAt(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.formulas?.[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

/** Last used row (exclusive) and column (exclusive) in absolute coordinates. */
export function sheetBounds(sheet: SheetGrid): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.values) if (r.length > cols) cols = r.length;
  return { rows: sheet.origin.row + sheet.values.length, cols: sheet.origin.col + cols };
}

const LETTERS: string[] = [];

/** Converts a 0-based column index to letters (0 → A). */
export function columnLetters(col: number): string {
  if (col >= 0 && col < 1024) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of 0-based coordinates. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** A1 range text of 0-based inclusive coordinates. */
export function a1Range(r1: number, c1: number, r2: number, c2: number): string {
  return `${a1(r1, c1)}:${a1(r2, c2)}`;
}

/** Parses "B12" into 0-based coordinates; null when it is not an address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
