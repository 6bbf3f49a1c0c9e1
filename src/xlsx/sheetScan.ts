// Locating rows and cells in a worksheet's XML, and the bookkeeping attributes a write may widen.
import { a1, parseA1 } from "../core/grid";
import { findElements, getAttr, parseCellRef, setAttr, type ElementSpan, type Splice } from "./xml";
import { TOKEN, XmlTokenizer } from "./xmlTokenizer";

/** A child of a worksheet's root element, with its name. */
export interface OutlineEntry extends ElementSpan {
  name: string;
}

/** A worksheet part's root prefix and top-level elements (sheetData, dimension, cols, mergeCells, legacyDrawing …). */
export interface SheetOutline {
  prefix: string;
  rootEnd: number;
  entries: OutlineEntry[];
}

/** Outlines known for texts being written (compared by identity first: no hashing of a large part); emptied by
 *  forgetOutlines() when a write is done, so no part's text outlives its workbook. */
const outlines: { xml: string; outline: SheetOutline }[] = [];

/** Keeps an outline for the text about to be written (the reading pass found it), so the writer needs no pass. */
export function rememberOutline(xml: string, outline: SheetOutline): void {
  if (outlines.length >= 4) outlines.shift();
  outlines.push({ xml, outline });
}

/** Drops every remembered outline (and with it the texts). */
export function forgetOutlines(): void {
  outlines.length = 0;
}

/** The outline of a worksheet part: one tokenizer pass (or none, when this text was read or outlined before). */
export function sheetOutline(xml: string): SheetOutline {
  const known = outlines.find((o) => o.xml.length === xml.length && o.xml === xml);
  if (known) return known.outline;
  const t = new XmlTokenizer(xml);
  const outline: SheetOutline = { prefix: "", rootEnd: xml.length, entries: [] };
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if (k === TOKEN.start && t.depth === 1) {
      const colon = xml.indexOf(":", t.nameStart);
      outline.prefix = colon >= 0 && colon < t.nameEnd ? xml.slice(t.nameStart, colon + 1) : "";
    } else if (k === TOKEN.start && t.depth === 2) {
      outline.entries.push({ name: t.name(), start: t.start, openEnd: t.end, closeStart: t.end, end: t.end, selfClosing: t.selfClosing });
    } else if (k === TOKEN.end && t.depth === 2) {
      const entry = outline.entries[outline.entries.length - 1];
      entry.closeStart = t.start;
      entry.end = t.end;
    } else if (k === TOKEN.end && t.depth === 1) outline.rootEnd = t.start;
  }
  rememberOutline(xml, outline);
  return outline;
}

/** The top-level element `local` (without prefix) of an outline, or null. */
export function outlineChild(outline: SheetOutline, local: string): OutlineEntry | null {
  return outline.entries.find((e) => e.name === outline.prefix + local) ?? null;
}

/** A cell position (0-based). */
export interface CellAt {
  row: number;
  col: number;
}

export interface RowSpan extends ElementSpan {
  num: number;
  tag: string;
}

export interface CellSpan extends ElementSpan {
  col: number;
}

/** The rows of sheetData with their 0-based numbers (implicit numbers follow the previous row). */
export function scanRows(xml: string, p: string, sheetData: ElementSpan): RowSpan[] {
  if (sheetData.selfClosing) return [];
  let prev = -1;
  return findElements(xml, p + "row", sheetData.openEnd, sheetData.closeStart).map((span) => {
    const tag = xml.slice(span.start, span.openEnd);
    const r = getAttr(tag, "r");
    prev = r === null ? prev + 1 : Number(r) - 1;
    const row = span as RowSpan;
    row.num = prev;
    row.tag = tag;
    return row;
  });
}

/** The cells of one row with their 0-based columns. */
export function scanCells(xml: string, p: string, row: RowSpan): CellSpan[] {
  if (row.selfClosing) return [];
  let prev = -1;
  return findElements(xml, p + "c", row.openEnd, row.closeStart).map((span) => {
    const ref = parseCellRef(getAttr(xml.slice(span.start, span.openEnd), "r") ?? "");
    prev = ref ? ref.col : prev + 1;
    const cell = span as CellSpan;
    cell.col = prev;
    return cell;
  });
}

/** The row's spans attribute widened to cover the edited columns. */
export function widenSpans(tag: string, edits: readonly CellAt[]): string {
  const spans = getAttr(tag, "spans");
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m) return tag;
  let lo = Number(m[1]);
  let hi = Number(m[2]);
  for (const e of edits) {
    lo = Math.min(lo, e.col + 1);
    hi = Math.max(hi, e.col + 1);
  }
  return `${lo}:${hi}` === spans ? tag : setAttr(tag, "spans", `${lo}:${hi}`);
}

/** The <dimension> element widened to cover the edited cells, as a splice; null when it already does. */
export function widenDimension(xml: string, outline: SheetOutline, edits: readonly CellAt[]): Splice | null {
  const dim = outlineChild(outline, "dimension");
  if (!dim || !edits.length) return null;
  const tag = xml.slice(dim.start, dim.openEnd);
  const [from, to] = (getAttr(tag, "ref") ?? "").split(":");
  const tl = parseA1(from ?? "");
  const br = parseA1(to ?? from ?? "");
  if (!tl || !br) return null;
  let [r1, c1, r2, c2] = [tl.row, tl.col, br.row, br.col];
  for (const e of edits) {
    r1 = Math.min(r1, e.row);
    c1 = Math.min(c1, e.col);
    r2 = Math.max(r2, e.row);
    c2 = Math.max(c2, e.col);
  }
  const ref = r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
  return ref === getAttr(tag, "ref") ? null : { start: dim.start, end: dim.openEnd, text: setAttr(tag, "ref", ref) };
}

