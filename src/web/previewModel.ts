// The preview of a scored table as plain data: the cells of the table's range as text, with what the run wrote
// and flagged. Built in the worker from the grid and the plan, rendered by PreviewTable on the page.
import { maxSeverity } from "../core";
import {
  a1,
  cellAt,
  columnLetters,
  formatAt,
  parseA1,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../core";
import { noteLine, type CellWrite, type Plan, type WriteKind } from "../core";
import type { Severity, TableReport } from "../core";

/** Largest preview drawn (rows, columns); the rest of a huge range is left out and counted. */
export const MAX_PREVIEW_ROWS = 400;
export const MAX_PREVIEW_COLS = 40;

/** One drawn cell (the anchor of a merge spans several). */
export interface PreviewCell {
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Set when the run wrote a value here (score, total, grade, funding). */
  written: WriteKind | null;
  /** The most severe finding on this cell, and every finding's text, one per line. */
  severity: Severity | null;
  note: string | null;
}

/** One sheet row of the preview; cells covered by a merge are absent. */
export interface PreviewRow {
  /** 1-based sheet row number. */
  number: number;
  cells: PreviewCell[];
}

/** The preview of one table. */
export interface PreviewTable {
  sheet: string;
  range: string;
  /** Column letters of the drawn columns, left to right. */
  columns: string[];
  rows: PreviewRow[];
  /** Rows and columns of the range that were not drawn (over the limits). */
  hiddenRows: number;
  hiddenCols: number;
}

/** The text a cell shows for its value and number format: 0.768 with "0.00%" → "76.80%". */
export function displayValue(value: CellValue | undefined, format: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  const fmt = format && format !== "General" ? format.replace(/"[^"]*"|\\./g, "") : "";
  const decimals = /0\.(0+)/.exec(fmt)?.[1].length ?? null;
  if (fmt.includes("%")) return `${(value * 100).toFixed(decimals ?? 0)}%`;
  if (decimals !== null) return value.toFixed(decimals);
  return String(Number(value.toFixed(10)));
}

/** Parses "A3:J40" into 0-based inclusive bounds; null when it is not a range. */
export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const [from, to = from] = range.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    r1: Math.min(a.row, b.row),
    c1: Math.min(a.col, b.col),
    r2: Math.max(a.row, b.row),
    c2: Math.max(a.col, b.col),
  };
}

/** Severity and note text per address from a table's findings (titles in `lang`). */
function flagsOf(table: TableReport, lang: "zh" | "en"): Map<string, { severity: Severity; note: string }> {
  const flags = new Map<string, { severity: Severity; note: string }>();
  for (const f of table.findings) {
    if (!f.cell) continue;
    const line = noteLine(f, lang);
    const old = flags.get(f.cell);
    flags.set(
      f.cell,
      old
        ? { severity: maxSeverity(old.severity, f.severity), note: `${old.note}\n${line}` }
        : { severity: f.severity, note: line },
    );
  }
  return flags;
}

/** The visible box of a preview: rows r1..lastRow, columns c1..lastCol (0-based). */
interface VisibleBox {
  r1: number;
  c1: number;
  lastRow: number;
  lastCol: number;
}

/** Merged areas cut to the visible box: the span at each area's top-left cell, and the cells the areas cover. */
function mergeLayout(
  merges: SheetGrid["merges"],
  box: VisibleBox,
): { covered: Set<string>; spans: Map<string, { rowSpan: number; colSpan: number }> } {
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of merges) {
    if (m.r2 < box.r1 || m.r1 > box.lastRow || m.c2 < box.c1 || m.c1 > box.lastCol) continue;
    const r1 = Math.max(m.r1, box.r1);
    const c1 = Math.max(m.c1, box.c1);
    const r2 = Math.min(m.r2, box.lastRow);
    const c2 = Math.min(m.c2, box.lastCol);
    spans.set(`${r1},${c1}`, { rowSpan: r2 - r1 + 1, colSpan: c2 - c1 + 1 });
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r},${c}`);
  }
  return { covered, spans };
}

/** What a preview cell is drawn from: the sheet, the plan's writes by "row,col", the flags by address, the merges. */
interface CellSources {
  sheet: SheetGrid;
  written: Map<string, CellWrite>;
  flags: Map<string, { severity: Severity; note: string }>;
  spans: Map<string, { rowSpan: number; colSpan: number }>;
}

/** The preview cell at row r, column c: the written value if the plan writes it, else the sheet's, with its flag. */
function previewCell(src: CellSources, r: number, c: number): PreviewCell {
  const key = `${r},${c}`;
  const address = a1(r, c);
  const w = src.written.get(key);
  const flag = src.flags.get(address);
  const span = src.spans.get(key) ?? { rowSpan: 1, colSpan: 1 };
  const text = w
    ? displayValue(w.value, w.numFmt ?? formatAt(src.sheet, r, c))
    : displayValue(cellAt(src.sheet, r, c), formatAt(src.sheet, r, c));
  return {
    address,
    text,
    ...span,
    written: w ? w.kind : null,
    severity: flag?.severity ?? null,
    note: flag?.note ?? null,
  };
}

/** The preview of one table of `sheet` with the plan's writes on that sheet. */
export function previewTable(
  sheet: SheetGrid,
  table: TableReport,
  writes: readonly CellWrite[],
  lang: "zh" | "en" = "zh",
): PreviewTable | null {
  const box = parseRange(table.range);
  if (!box) return null;
  const lastRow = Math.min(box.r2, box.r1 + MAX_PREVIEW_ROWS - 1);
  const lastCol = Math.min(box.c2, box.c1 + MAX_PREVIEW_COLS - 1);
  const written = new Map<string, CellWrite>();
  for (const w of writes) if (w.sheet === sheet.name && w.value !== undefined) written.set(`${w.row},${w.col}`, w);
  const { covered, spans } = mergeLayout(sheet.merges, { r1: box.r1, c1: box.c1, lastRow, lastCol });
  const src: CellSources = { sheet, written, flags: flagsOf(table, lang), spans };
  const rows: PreviewRow[] = [];
  for (let r = box.r1; r <= lastRow; r++) {
    const cells: PreviewCell[] = [];
    for (let c = box.c1; c <= lastCol; c++) if (!covered.has(`${r},${c}`)) cells.push(previewCell(src, r, c));
    rows.push({ number: r + 1, cells });
  }
  const columns: string[] = [];
  for (let c = box.c1; c <= lastCol; c++) columns.push(columnLetters(c));
  return {
    sheet: sheet.name,
    range: table.range,
    columns,
    rows,
    hiddenRows: box.r2 - lastRow,
    hiddenCols: box.c2 - lastCol,
  };
}

/** Previews of every table a plan reports, in report order (tables whose sheet is gone are skipped). */
export function buildPreviews(grid: WorkbookGrid, plan: Plan, lang: "zh" | "en" = "zh"): PreviewTable[] {
  const out: PreviewTable[] = [];
  for (const table of plan.report.tables) {
    const sheet = grid.sheets.find((s) => s.name === table.sheet);
    const preview = sheet ? previewTable(sheet, table, plan.writes, lang) : null;
    if (preview) out.push(preview);
  }
  return out;
}

/** The preview (index) of `tables` that holds `address` on `sheet`, or -1. */
export function previewIndexOf(tables: readonly PreviewTable[], sheet: string, address: string): number {
  const at = parseA1(address);
  if (!at) return -1;
  return tables.findIndex((t) => {
    const box = t.sheet === sheet ? parseRange(t.range) : null;
    return box !== null && at.row >= box.r1 && at.row <= box.r2 && at.col >= box.c1 && at.col <= box.c2;
  });
}
