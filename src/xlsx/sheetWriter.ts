// Splices written cells into a worksheet's XML: only the written <c> elements (and rows that must be created,
// the dimension, and formulas that depended on an overwritten shared-formula master) change.
import { a1 } from "../core";
import { shiftFormula } from "./formula";
import { RowCells, rowSpanAt, scanCells, type CellSpan, type RowSpan, type RowTable } from "./rowScan";
import { forgetOutline, outlineChild, sheetOutline, widenDimension, widenSpans, type SheetOutline } from "./sheetScan";
import { escapeText, findElements, getAttr, otherAttrs, setAttr, textContent, type Splice } from "./xml";

/** One cell to change. */
export interface CellEdit {
  row: number;
  col: number;
  /** New value (a formula in the cell is replaced); undefined = keep the value. */
  value?: number | string;
  /** Maps the cell's current style index to the one to set; undefined = keep. */
  restyle?: (current: number) => number;
  /** Restyle only a cell that exists (taking an old mark's fill off a cell that is gone creates nothing). */
  existingOnly?: boolean;
}

/** Attributes a rewritten cell sets itself (reference, style, type, metadata); the others are kept as they were. */
const REWRITTEN_ATTRS = new Set(["r", "s", "t", "cm", "vm"]);

function numberText(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
  return Object.is(v, -0) ? "0" : String(v);
}

class SheetSplicer {
  readonly splices: Splice[] = [];
  formulasRemoved = 0;
  /** Shared-formula masters that were overwritten: si → master cell and text. */
  readonly lostMasters = new Map<string, { row: number; col: number; text: string }>();
  private readonly colStyles: { min: number; max: number; style: number }[];
  private readonly cells = new RowCells();

  constructor(
    private readonly xml: string,
    private readonly p: string,
    outline: SheetOutline,
  ) {
    const cols = outlineChild(outline, "cols");
    this.colStyles =
      cols && !cols.selfClosing
        ? findElements(xml, p + "col", cols.openEnd, cols.closeStart).map((s) => {
            const tag = xml.slice(s.start, s.openEnd);
            return {
              min: Number(getAttr(tag, "min")),
              max: Number(getAttr(tag, "max")),
              style: Number(getAttr(tag, "style") ?? 0),
            };
          })
        : [];
  }

  defaultStyle(row: RowSpan | null, col: number): number {
    if (row) {
      const custom = getAttr(row.tag, "customFormat");
      if (custom === "1" || custom === "true") return Number(getAttr(row.tag, "s") ?? 0);
    }
    return this.colStyles.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0;
  }

  /** A new <c> element. */
  newCell(row: number, col: number, style: number, value: number | string | undefined, extra = ""): string {
    const p = this.p;
    const s = style ? ` s="${style}"` : "";
    if (value === undefined || value === "") return `<${p}c r="${a1(row, col)}"${s}${extra}/>`;
    if (typeof value === "number")
      return `<${p}c r="${a1(row, col)}"${s}${extra}><${p}v>${numberText(value)}</${p}v></${p}c>`;
    const text = escapeText(value);
    return `<${p}c r="${a1(row, col)}"${s} t="inlineStr"${extra}><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;
  }

  /** Rewrites an existing cell. */
  editCell(cell: CellSpan, row: number, edit: CellEdit): void {
    const tag = this.xml.slice(cell.start, cell.openEnd);
    const current = Number(getAttr(tag, "s") ?? 0) || 0;
    const style = edit.restyle ? edit.restyle(current) : current;
    if (edit.value === undefined) {
      if (style !== current)
        this.splices.push({ start: cell.start, end: cell.openEnd, text: setAttr(tag, "s", String(style)) });
      return;
    }
    const f = cell.formula;
    if (f) {
      this.formulasRemoved++;
      const fTag = this.xml.slice(f.start, f.openEnd);
      if (getAttr(fTag, "t") === "shared" && getAttr(fTag, "ref") !== null) {
        this.lostMasters.set(getAttr(fTag, "si") ?? "", {
          row,
          col: cell.col,
          text: textContent(this.xml, f.openEnd, f.closeStart),
        });
      }
    }
    this.splices.push({
      start: cell.start,
      end: cell.end,
      text: this.newCell(row, cell.col, style, edit.value, otherAttrs(tag, REWRITTEN_ATTRS)),
    });
  }

  /** Applies the edits of one existing row (the row's start tag first, then its cells left to right). */
  editRow(row: RowSpan, edits: readonly CellEdit[]): void {
    const cells = this.cells.scan(this.xml, this.p, row);
    const found = edits.map((e) => cells.find(e.col));
    const applied = edits.filter((e, i) => found[i] >= 0 || !e.existingOnly);
    const tag = widenSpans(row.tag, applied);
    if (row.selfClosing) {
      if (!applied.length) return;
      const added = applied.map((e) => this.newCellIn(row, e));
      this.splices.push({
        start: row.start,
        end: row.end,
        text: `${tag.replace(/\s*\/>$/, ">")}${added.join("")}</${this.p}row>`,
      });
      return;
    }
    if (tag !== row.tag) this.splices.push({ start: row.start, end: row.openEnd, text: tag });
    edits.forEach((edit, i) => {
      if (found[i] >= 0) this.editCell(cells.span(found[i]), row.num, edit);
      else if (!edit.existingOnly) {
        const after = cells.firstAfter(edit.col);
        this.splices.push({
          start: after >= 0 ? cells.span(after).start : row.closeStart,
          end: -1,
          text: this.newCellIn(row, edit),
        });
      }
    });
  }

  /** A new cell for `edit` in an existing row, styled as the row or column says. */
  private newCellIn(row: RowSpan, edit: CellEdit): string {
    const base = this.defaultStyle(row, edit.col);
    return this.newCell(row.num, edit.col, edit.restyle ? edit.restyle(base) : base, edit.value);
  }

  /** A new <row> holding the edits. */
  newRow(num: number, edits: readonly CellEdit[]): string {
    const cells = edits.map((e) => {
      const base = this.defaultStyle(null, e.col);
      return this.newCell(num, e.col, e.restyle ? e.restyle(base) : base, e.value);
    });
    return `<${this.p}row r="${num + 1}">${cells.join("")}</${this.p}row>`;
  }

  /** Gives the dependents of overwritten shared-formula masters their own (shifted) formula. */
  detachDependents(rows: RowTable, edits: readonly CellEdit[]): void {
    if (!this.lostMasters.size) return;
    const written = new Set(edits.map((e) => `${e.row},${e.col}`));
    for (let i = 0; i < rows.num.length; i++) {
      const row = rowSpanAt(this.xml, rows, i);
      for (const cell of scanCells(this.xml, this.p, row)) {
        const f = cell.formula;
        if (!f || written.has(`${row.num},${cell.col}`)) continue;
        const fTag = this.xml.slice(f.start, f.openEnd);
        const master = this.lostMasters.get(getAttr(fTag, "si") ?? "\u0000");
        if (!master || getAttr(fTag, "t") !== "shared") continue;
        const text = shiftFormula(master.text, row.num - master.row, cell.col - master.col);
        this.splices.push({ start: f.start, end: f.end, text: `<${this.p}f>${escapeText(text)}</${this.p}f>` });
      }
    }
  }
}

/** Where each row number's last <row> element is in the table. */
function rowIndexByNum(rows: RowTable): Map<number, number> {
  const byNum = new Map<number, number>();
  for (let i = 0; i < rows.num.length; i++) byNum.set(rows.num[i], i);
  return byNum;
}

/** The outline of a sheet text with its row table (the reading pass's, or one pass now). */
function outlineWithRows(xml: string): SheetOutline {
  const outline = sheetOutline(xml);
  if (outline.rows) return outline;
  forgetOutline(xml);
  return sheetOutline(xml);
}

/** A sheet's cell edits as splices of its text, not yet applied. */
export interface SheetSplices {
  splices: Splice[];
  /** Formulas replaced by values (a calcChain entry may now point at a value). */
  formulasRemoved: number;
}

/** The splices that apply cell edits to a worksheet part's XML (everything not written stays byte for byte), from the
 *  outline and row table the reading pass left for this text, so a large sheet is not tokenized again. */
export function sheetEditSplices(xml: string, edits: readonly CellEdit[]): SheetSplices {
  const outline = outlineWithRows(xml);
  const rows = outline.rows!;
  const p = outline.prefix;
  const sheetData = outlineChild(outline, "sheetData");
  if (!sheetData) throw new Error("worksheet has no <sheetData>");
  const rowByNum = rowIndexByNum(rows);
  const sorted = edits
    .filter((e) => !e.existingOnly || rowByNum.has(e.row))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const splicer = new SheetSplicer(xml, p, outline);
  const created: string[] = [];
  let next = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].row === sorted[i].row) j++;
    const group = sorted.slice(i, j);
    const at = rowByNum.get(sorted[i].row);
    if (at !== undefined) splicer.editRow(rowSpanAt(xml, rows, at), group);
    else if (sheetData.selfClosing) created.push(splicer.newRow(sorted[i].row, group));
    else {
      while (next < rows.num.length && rows.num[next] < sorted[i].row) next++;
      const start = next < rows.num.length ? rows.start[next] : sheetData.closeStart;
      splicer.splices.push({ start, end: -1, text: splicer.newRow(sorted[i].row, group) });
    }
    i = j;
  }
  if (created.length) {
    const text = `<${p}sheetData>${created.join("")}</${p}sheetData>`;
    splicer.splices.push({ start: sheetData.start, end: sheetData.end, text });
  }
  splicer.detachDependents(rows, sorted);
  const dim = widenDimension(xml, outline, sorted);
  if (dim) splicer.splices.push(dim);
  return { splices: splicer.splices, formulasRemoved: splicer.formulasRemoved };
}
