// The worksheet reader: one pass of the XML tokenizer over the sheet part (no DOM), values, formats and formulas
// into a grid. Comments, CDATA and processing instructions are read as an XML parser reads them, so a fake
// <c> inside a comment is no cell, and a part that is not well-formed XML is refused.
import type { CellValue, SheetGrid } from "../core";
import { xlsxError } from "./errors";
import { shiftFormula } from "./formula";
import type { ReadBudget } from "./limits";
import { isDateFormat } from "./numFmts";
import { ArrayFormulas, type ArrayRange } from "./sheetArrays";
import type { StyleTable } from "./styles";
import { layOut, type CellList } from "./sheetLayout";
import { closeRow, newRowTable, openRow, type RowTable } from "./rowScan";
import { OutlineBuilder, type SheetOutline } from "./sheetScan";
import { decodeAttr, decodeText, decodeXstring, getAttr, parseCellRef } from "./xml";
import { cdataText, TOKEN, XmlTokenizer } from "./xmlTokenizer";
import { cellRefAt, cellType, digitsAt, isPlain, REF_COLS } from "./cellAttrs";

/** Excel's last row (1-based). */
export const MAX_ROWS = 1048576;
/** Excel's column limit (XFD). */
export const MAX_COLUMNS = 16384;
const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Marks a shared-formula cell read before its master (resolved after the pass). */
const PENDING = "\u0000shared:";

/** What reading one sheet needs from the rest of the workbook. */
export interface SheetReadContext {
  name: string;
  fileName: string;
  sharedStrings: readonly string[];
  styles: StyleTable;
  date1904: boolean;
  budget: ReadBudget;
  /** Called for every <c> element (absolute 0-based coordinates, cellXfs index). */
  onCell?: (row: number, col: number, styleIndex: number) => void;
}

function isoToSerial(iso: string): number | null {
  const ms = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + "Z");
  return Number.isFinite(ms) ? (ms - EPOCH_1900) / DAY_MS : null;
}

function cellValue(type: string | null, raw: string | null, inline: string | null, ctx: SheetReadContext): CellValue {
  switch (type) {
    case "s": {
      const s = raw === null ? undefined : ctx.sharedStrings[Number(raw)];
      return s === undefined || s === "" ? null : s;
    }
    case "inlineStr":
      return inline ?? (raw === null ? null : decodeXstring(raw)) ?? null;
    case "str":
    case "e":
      return raw === null || raw === "" ? null : decodeXstring(raw);
    case "b":
      return raw === null || raw === "" ? null : raw === "1" || raw === "true";
    case "d":
      return raw === null ? null : isoToSerial(raw);
    default: {
      if (raw === null || raw === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : decodeXstring(raw);
    }
  }
}

/** Where the reader is inside a <c>: which child's text it collects. */
const enum Field {
  None,
  Value,
  Formula,
  InlineText,
}

/** The state of one pass over a sheet: the current row, cell and the child whose text is collected. */
class SheetPass {
  readonly list: CellList = { rows: [], cols: [], values: [], formats: [], formulas: [] };
  readonly errors = new Set<string>();
  readonly masters = new Map<string, { row: number; col: number; text: string }>();
  readonly pending: { index: number; si: string }[] = [];
  readonly arrays = new ArrayFormulas();
  /** The <row> elements, for the writer. */
  readonly rows: RowTable = newRowTable();
  /** Rows whose <row> says hidden="1" (0-based). */
  readonly hidden = new Set<number>();
  /** Columns whose <col> says hidden="1" (0-based), and the steps spent on them (a budget: valid <col> ranges do not
   *  overlap, so they never take more than the sheet's columns). */
  readonly hiddenColumns = new Set<number>();
  columnSteps = 0;
  row = -1;
  col = -1;
  style = 0;
  type: string | null = null;
  raw: string | null = null;
  inline: string | null = null;
  formulaTag: string | null = null;
  formulaText = "";
  field = Field.None;
  inIs = false;
  phDepth = 0;

  constructor(private readonly ctx: SheetReadContext) {}

  startCell(xml: string, t: XmlTokenizer): void {
    let found = false;
    this.style = 0;
    this.type = null;
    const a = t.attrs;
    for (let k = 0, n = t.attrCount() * 4; k < n; k += 4) {
      if (a[k + 1] - a[k] !== 1) continue;
      const name = xml.charCodeAt(a[k]);
      if (name !== 114 && name !== 115 && name !== 116) continue;
      const [from, to] = [a[k + 2], a[k + 3]];
      // the usual attribute (no entity, tab or line end) is read in place, the rest decoded first
      const plain = isPlain(xml, from, to);
      if (name === 114)
        found = plain ? this.refAt(xml, from, to) : this.ref(parseCellRef(decodeAttr(xml.slice(from, to))));
      else if (name === 115) {
        const n = plain ? digitsAt(xml, from, to) : -1;
        this.style = n >= 0 ? n : Number(decodeAttr(xml.slice(from, to))) || 0;
      } else this.type = plain ? cellType(xml, from, to) : decodeAttr(xml.slice(from, to));
    }
    if (!found) this.col++;
    this.raw = this.inline = this.formulaTag = null;
    this.formulaText = "";
    this.field = Field.None;
    this.inIs = false;
    this.phDepth = 0;
  }

  /** Takes a parsed reference as the current cell; false when there is none. */
  private ref(at: { row: number; col: number } | null): boolean {
    if (!at) return false;
    this.row = at.row;
    this.col = at.col;
    return true;
  }

  /** Takes the reference written in xml[from, to) as the current cell; false when it is not one. */
  private refAt(xml: string, from: number, to: number): boolean {
    const at = cellRefAt(xml, from, to);
    if (at < 0) return false;
    this.row = Math.floor(at / REF_COLS);
    this.col = at % REF_COLS;
    return true;
  }

  append(text: string): void {
    if (this.field === Field.Value) this.raw = (this.raw ?? "") + text;
    else if (this.field === Field.Formula) this.formulaText += text;
    else if (this.field === Field.InlineText) this.inline = (this.inline ?? "") + text;
  }

  endCell(): void {
    const { ctx, list, row, col } = this;
    ctx.onCell?.(row, col, this.style);
    const formula = this.formulaTag === null ? null : this.readFormula();
    let value = cellValue(this.type, this.raw, this.inline === null ? null : decodeXstring(this.inline), ctx);
    const format = ctx.styles.xfFormat[this.style] ?? null;
    if (value === null && formula === null && format === null) return;
    ctx.budget.cell();
    if (this.type === "e" && value !== null) this.errors.add(`${row},${col}`);
    if (ctx.date1904 && typeof value === "number" && this.type !== "d" && isDateFormat(format)) value += 1462;
    list.rows.push(row);
    list.cols.push(col);
    list.values.push(value);
    list.formats.push(format);
    if (formula !== null && formula.startsWith(PENDING)) {
      this.pending.push({ index: list.formulas.length, si: formula.slice(PENDING.length) });
      list.formulas.push(null);
    } else list.formulas.push(formula);
  }

  private readFormula(): string | null {
    const tag = this.formulaTag!;
    const text = decodeXstring(this.formulaText);
    const kind = getAttr(tag, "t");
    if (kind === "array" || kind === "dataTable") this.arrays.add(getAttr(tag, "ref"), this.row, this.col, text);
    if (kind !== "shared") return text || null;
    const si = getAttr(tag, "si") ?? "";
    if (text && getAttr(tag, "ref") !== null) {
      this.masters.set(si, { row: this.row, col: this.col, text });
      return text;
    }
    const master = this.masters.get(si);
    if (master) return shiftFormula(master.text, this.row - master.row, this.col - master.col);
    return PENDING + si;
  }

  /** Resolves shared formulas read before their master, and marks the cells of multi-cell array formulas. */
  finish(): void {
    const list = this.list;
    for (const item of this.pending) {
      const master = this.masters.get(item.si);
      const at = item.index;
      list.formulas[at] = master
        ? shiftFormula(master.text, list.rows[at] - master.row, list.cols[at] - master.col)
        : null;
    }
    this.arrays.markCells(list, this.ctx.budget);
  }
}

/** A sheet as read: the core's grid, the ranges of its multi-cell array formulas (the writer keeps out) and the
 *  part's top-level elements (the writer starts from them). */
export interface SheetRead {
  grid: SheetGrid;
  arrays: readonly ArrayRange[];
  outline: SheetOutline;
}

/** Reads one worksheet part into a grid (origin = first used row and column); throws XmlSyntaxError on malformed XML. */
export function readSheet(xml: string, ctx: SheetReadContext): SheetRead {
  const t = new XmlTokenizer(xml);
  const pass = new SheetPass(ctx);
  const builder = new OutlineBuilder(xml);
  const outline = builder.outline;
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.text || k === TOKEN.cdata) {
      if (pass.field !== Field.None)
        pass.append(k === TOKEN.text ? decodeText(xml.slice(t.start, t.end)) : cdataText(xml, t.start, t.end));
    } else if (k === TOKEN.start) {
      if (t.depth <= 2) builder.start(t);
      else if (builder.inSheetData) startInSheetData(xml, t, pass, outline.prefix, ctx);
      else if (t.depth === 3 && t.nameIs(outline.prefix + "col")) readColumn(t, pass);
    } else if (k === TOKEN.end) {
      if (t.depth <= 2) builder.end(t);
      else if (builder.inSheetData) endInSheetData(t, pass, outline.prefix);
    }
  }
  pass.finish();
  outline.rows = pass.rows;
  const grid = layOut(xml, outline.prefix, outline.entries, ctx, pass.list, pass.errors);
  if (pass.hidden.size > 0) grid.hiddenRows = pass.hidden;
  if (pass.hiddenColumns.size > 0) grid.hiddenColumns = pass.hiddenColumns;
  return { grid, arrays: pass.arrays.ranges, outline };
}

/** A <col min max hidden> of the sheet's <cols>: its columns into the hidden set when it hides them (within one
 *  pass over the sheet's 16,384 columns, however many overlapping ranges a hostile part repeats). */
function readColumn(t: XmlTokenizer, pass: SheetPass): void {
  const hidden = t.attr("hidden");
  if (hidden !== "1" && hidden !== "true") return;
  const min = Number(t.attr("min"));
  const max = Math.min(Number(t.attr("max")), MAX_COLUMNS);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1) return;
  for (let c = min; c <= max && pass.columnSteps < MAX_COLUMNS; c++, pass.columnSteps++) pass.hiddenColumns.add(c - 1);
}

function startInSheetData(xml: string, t: XmlTokenizer, pass: SheetPass, p: string, ctx: SheetReadContext): void {
  const depth = t.depth;
  if (depth === 3) {
    if (!t.nameIs(p + "row")) return;
    const r = t.attr("r");
    pass.row = r === null ? pass.row + 1 : Number(r) - 1;
    pass.col = -1;
    const hidden = t.attr("hidden");
    if (hidden === "1" || hidden === "true") pass.hidden.add(pass.row);
    openRow(pass.rows, pass.row, t.start, t.end);
    if (!(pass.row < MAX_ROWS))
      throw xlsxError("sheetTooLarge", {
        file: ctx.fileName,
        sheet: ctx.name,
        limit: { kind: "rows", limit: MAX_ROWS },
      });
  } else if (depth === 4) {
    if (!t.nameIs(p + "c")) return;
    pass.startCell(xml, t);
    if (t.selfClosing) pass.endCell();
  } else if (depth === 5) {
    if (t.nameIs(p + "v")) pass.field = t.selfClosing ? Field.None : Field.Value;
    else if (t.nameIs(p + "f")) {
      pass.formulaTag = xml.slice(t.start, t.end);
      pass.field = t.selfClosing ? Field.None : Field.Formula;
    } else if (t.nameIs(p + "is")) {
      pass.inIs = !t.selfClosing;
      pass.inline = "";
    }
  } else if (pass.inIs && !pass.phDepth) {
    if (t.nameIs(p + "rPh")) pass.phDepth = t.selfClosing ? 0 : depth;
    else if (t.nameIs(p + "t") && !t.selfClosing) pass.field = Field.InlineText;
  }
}

function endInSheetData(t: XmlTokenizer, pass: SheetPass, p: string): void {
  const depth = t.depth;
  if (depth === 3) {
    if (t.nameIs(p + "row")) closeRow(pass.rows, t.start, t.end);
  } else if (depth === 4) {
    if (t.nameIs(p + "c")) pass.endCell();
  } else if (depth === 5) {
    pass.field = Field.None;
    pass.inIs = false;
  } else if (depth === pass.phDepth) pass.phDepth = 0;
  else if (pass.field === Field.InlineText && t.nameIs(p + "t")) pass.field = Field.None;
}
