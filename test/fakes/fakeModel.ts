// The fake Excel's document: sheets of cells (value, formula, number format, fill), merges, notes, comments.
import type { CellValue, MergedArea, WorkbookGrid } from "../../src/core/grid";
import { a1 } from "../../src/core/grid";
import { FakeOfficeError } from "./fakeCore";

/** One cell of the fake document. */
export interface FakeCell {
  value: CellValue;
  /** Formula text with "=", or null. */
  formula: string | null;
  format: string;
  /** "#RRGGBB" or null for no fill. */
  fill: string | null;
  /** The last formula overwritten by a value, to restore its cached result when the formula comes back. */
  shadow?: { formula: string; value: CellValue };
}

/** A rectangle, 0-based inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** A threaded comment and its replies. */
export interface FakeCommentModel {
  id: string;
  sheet: string;
  row: number;
  col: number;
  content: string;
  replies: { id: string; content: string }[];
}

/** One worksheet. */
export class FakeSheetModel {
  readonly rows: (FakeCell | undefined)[][] = [];
  merges: MergedArea[] = [];
  protected = false;
  /** Hidden rows (0-based). */
  readonly hiddenRows = new Set<number>();
  /** Hidden columns (0-based). */
  readonly hiddenColumns = new Set<number>();
  /** Notes by "row,col". */
  readonly notes = new Map<string, string>();

  constructor(public name: string) {}

  /** The cell at (row, col), or undefined when it was never touched. */
  peek(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell at (row, col), created empty when needed. */
  cell(row: number, col: number): FakeCell {
    const r = (this.rows[row] ??= []);
    return (r[col] ??= { value: null, formula: null, format: "General", fill: null });
  }

  /** Used range like Excel: cells with values (valuesOnly) or also with formats and fills; null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    this.rows.forEach((row, r) => {
      row?.forEach((c, col) => {
        if (!c) return;
        const used =
          c.value !== null || c.formula !== null || (!valuesOnly && (c.fill !== null || c.format !== "General"));
        if (!used) return;
        if (!rect) rect = { r1: r, c1: col, r2: r, c2: col };
        else {
          rect.r1 = Math.min(rect.r1, r);
          rect.r2 = Math.max(rect.r2, r);
          rect.c1 = Math.min(rect.c1, col);
          rect.c2 = Math.max(rect.c2, col);
        }
      });
    });
    return rect;
  }
}

/** The whole fake workbook. */
export class FakeDocument {
  readonly sheets: FakeSheetModel[] = [];
  activeSheet = "";
  selection: string | null = null;
  readonly comments: FakeCommentModel[] = [];
  private nextId = 1;

  constructor(public name: string) {}

  /** A fresh id for comments and replies. */
  newId(): string {
    return `fake-${this.nextId++}`;
  }

  /** The sheet by name, or ItemNotFound. */
  sheet(name: string): FakeSheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: sheet '${name}'.`);
    return s;
  }

  /** The comment on a cell, if any. */
  commentAt(sheet: string, row: number, col: number): FakeCommentModel | undefined {
    return this.comments.find((c) => c.sheet === sheet && c.row === row && c.col === col);
  }

  /** Builds a document from a WorkbookGrid (values, formats, formulas, merges, protection). */
  static fromGrid(grid: WorkbookGrid): FakeDocument {
    const doc = new FakeDocument(grid.name);
    for (const g of grid.sheets) {
      const sheet = new FakeSheetModel(g.name);
      sheet.merges = g.merges.map((m) => ({ ...m }));
      sheet.protected = Boolean(g.protected);
      for (const r of g.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of g.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
      g.values.forEach((row, i) => {
        row.forEach((v, j) => {
          const r = g.origin.row + i;
          const c = g.origin.col + j;
          const format = g.formats?.[i]?.[j];
          const formula = g.formulas?.[i]?.[j];
          if (v === null && !format && !formula) return;
          const cell = sheet.cell(r, c);
          cell.value = v === undefined ? null : v;
          if (format) cell.format = format;
          if (formula) cell.formula = "=" + formula;
        });
      });
      doc.sheets.push(sheet);
    }
    doc.activeSheet = doc.sheets[0]?.name ?? "";
    return doc;
  }
}

/** "A1" text of a rectangle ("G17" for a single cell). */
export function rectA1(r: Rect): string {
  return r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`;
}

/** Excel's quoting of a sheet name in addresses. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "B2:C9", optionally "Sheet!A1" (the sheet part is returned separately). */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let local = address.trim();
  const bang = local.lastIndexOf("!");
  if (bang >= 0) {
    sheet = local.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    local = local.slice(bang + 1);
  }
  const parts = local.split(":").map((p) => /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(p.toUpperCase()));
  if (parts.length < 1 || parts.length > 2 || parts.some((m) => !m)) {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: address '${address}'.`);
  }
  const coords = parts.map((m) => {
    let col = 0;
    for (const ch of m![1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m![2]) - 1, col: col - 1 };
  });
  const [p1, p2 = p1] = coords;
  return {
    sheet,
    rect: {
      r1: Math.min(p1.row, p2.row),
      c1: Math.min(p1.col, p2.col),
      r2: Math.max(p1.row, p2.row),
      c2: Math.max(p1.col, p2.col),
    },
  };
}
