// Splices written cells into a worksheet's XML: only the written <c> elements (and rows that must be created,
// the dimension, and formulas that depended on an overwritten shared-formula master) change.
import { a1 } from "../core/grid";
import { shiftFormula } from "./formula";
import { outlineChild, scanCells, scanRows, sheetOutline, widenDimension, widenSpans, type CellSpan, type RowSpan, type SheetOutline } from "./sheetScan";
import { applySplices, attrsOf, escapeText, findElement, findElements, getAttr, setAttr, textContent, type Splice } from "./xml";

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

/** The edited sheet and what the edit removed. */
export interface SheetEditResult {
  xml: string;
  /** Formulas replaced by values (a calcChain entry may now point at a value). */
  formulasRemoved: number;
}

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

  constructor(
    private readonly xml: string,
    private readonly p: string,
    private readonly written: ReadonlySet<string>,
    outline: SheetOutline,
  ) {
    const cols = outlineChild(outline, "cols");
    this.colStyles = cols && !cols.selfClosing
      ? findElements(xml, p + "col", cols.openEnd, cols.closeStart).map((s) => {
          const tag = xml.slice(s.start, s.openEnd);
          return { min: Number(getAttr(tag, "min")), max: Number(getAttr(tag, "max")), style: Number(getAttr(tag, "style") ?? 0) };
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
    if (typeof value === "number") return `<${p}c r="${a1(row, col)}"${s}${extra}><${p}v>${numberText(value)}</${p}v></${p}c>`;
    const text = escapeText(value);
    return `<${p}c r="${a1(row, col)}"${s} t="inlineStr"${extra}><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;
  }

  /** Rewrites an existing cell. */
  editCell(cell: CellSpan, row: number, edit: CellEdit): void {
    const tag = this.xml.slice(cell.start, cell.openEnd);
    const current = Number(getAttr(tag, "s") ?? 0) || 0;
    const style = edit.restyle ? edit.restyle(current) : current;
    if (edit.value === undefined) {
      if (style !== current) this.splices.push({ start: cell.start, end: cell.openEnd, text: setAttr(tag, "s", String(style)) });
      return;
    }
    const f = cell.selfClosing ? null : findElement(this.xml, this.p + "f", cell.openEnd, cell.closeStart);
    if (f) {
      this.formulasRemoved++;
      const fTag = this.xml.slice(f.start, f.openEnd);
      if (getAttr(fTag, "t") === "shared" && getAttr(fTag, "ref") !== null) {
        this.lostMasters.set(getAttr(fTag, "si") ?? "", { row, col: cell.col, text: textContent(this.xml, f.openEnd, f.closeStart) });
      }
    }
    const kept = attrsOf(tag)
      .filter(([name]) => !["r", "s", "t", "cm", "vm"].includes(name))
      .map(([name, value]) => ` ${name}="${value.replace(/"/g, "&quot;")}"`)
      .join("");
    this.splices.push({ start: cell.start, end: cell.end, text: this.newCell(row, cell.col, style, edit.value, kept) });
  }

  /** Applies the edits of one existing row. */
  editRow(row: RowSpan, edits: readonly CellEdit[]): void {
    const cells = scanCells(this.xml, this.p, row);
    const added: string[] = [];
    const applied: CellEdit[] = [];
    for (const edit of edits) {
      const cell = cells.find((c) => c.col === edit.col);
      if (cell) {
        this.editCell(cell, row.num, edit);
        applied.push(edit);
        continue;
      }
      if (edit.existingOnly) continue;
      applied.push(edit);
      const base = this.defaultStyle(row, edit.col);
      const text = this.newCell(row.num, edit.col, edit.restyle ? edit.restyle(base) : base, edit.value);
      if (row.selfClosing) added.push(text);
      else this.splices.push({ start: cells.find((c) => c.col > edit.col)?.start ?? row.closeStart, end: -1, text });
    }
    let tag = widenSpans(row.tag, applied);
    if (row.selfClosing && added.length) {
      tag = tag.replace(/\s*\/>$/, ">");
      this.splices.push({ start: row.start, end: row.end, text: `${tag}${added.join("")}</${this.p}row>` });
    } else if (tag !== row.tag) this.splices.push({ start: row.start, end: row.openEnd, text: tag });
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
  detachDependents(rows: readonly RowSpan[]): void {
    if (!this.lostMasters.size) return;
    for (const row of rows) {
      for (const cell of scanCells(this.xml, this.p, row)) {
        if (cell.selfClosing || this.written.has(`${row.num},${cell.col}`)) continue;
        const f = findElement(this.xml, this.p + "f", cell.openEnd, cell.closeStart);
        if (!f) continue;
        const fTag = this.xml.slice(f.start, f.openEnd);
        const master = this.lostMasters.get(getAttr(fTag, "si") ?? "\u0000");
        if (!master || getAttr(fTag, "t") !== "shared") continue;
        const text = shiftFormula(master.text, row.num - master.row, cell.col - master.col);
        this.splices.push({ start: f.start, end: f.end, text: `<${this.p}f>${escapeText(text)}</${this.p}f>` });
      }
    }
  }
}

/** Applies cell edits to a worksheet part's XML by splicing; everything not written stays byte for byte. */
export function editSheetCells(xml: string, edits: readonly CellEdit[]): SheetEditResult {
  const outline = sheetOutline(xml);
  const p = outline.prefix;
  const sheetData = outlineChild(outline, "sheetData");
  if (!sheetData) throw new Error("worksheet has no <sheetData>");
  const rows = scanRows(xml, p, sheetData);
  const rowByNum = new Map(rows.map((r) => [r.num, r]));
  const sorted = edits.filter((e) => !e.existingOnly || rowByNum.has(e.row)).sort((a, b) => a.row - b.row || a.col - b.col);
  const splicer = new SheetSplicer(xml, p, new Set(sorted.map((e) => `${e.row},${e.col}`)), outline);
  const created: string[] = [];
  let next = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].row === sorted[i].row) j++;
    const group = sorted.slice(i, j);
    const row = rowByNum.get(sorted[i].row);
    if (row) splicer.editRow(row, group);
    else if (sheetData.selfClosing) created.push(splicer.newRow(sorted[i].row, group));
    else {
      while (next < rows.length && rows[next].num < sorted[i].row) next++;
      const start = next < rows.length ? rows[next].start : sheetData.closeStart;
      splicer.splices.push({ start, end: -1, text: splicer.newRow(sorted[i].row, group) });
    }
    i = j;
  }
  if (created.length) {
    splicer.splices.push({ start: sheetData.start, end: sheetData.end, text: `<${p}sheetData>${created.join("")}</${p}sheetData>` });
  }
  splicer.detachDependents(rows);
  const dim = widenDimension(xml, outline, sorted);
  if (dim) splicer.splices.push(dim);
  return { xml: applySplices(xml, splicer.splices), formulasRemoved: splicer.formulasRemoved };
}
