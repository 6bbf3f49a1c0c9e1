// Locating rows and cells in a worksheet's XML, and the bookkeeping attributes a write may widen.
import { a1, parseA1 } from "../core";
import { closeRow, newRowTable, openRow, type RowTable } from "./rowScan";

export type { CellSpan, RowSpan, RowTable } from "./rowScan";
import { getAttr, setAttr, type ElementSpan, type Splice } from "./xml";
import { TOKEN, XmlTokenizer } from "./xmlTokenizer";

/** A child of a worksheet's root element, with its name. */
export interface OutlineEntry extends ElementSpan {
  name: string;
}

/** A worksheet part's root prefix and top-level elements (sheetData, dimension, cols, mergeCells, legacyDrawing …),
 *  and the rows of its sheetData when the pass that made it listed them. */
export interface SheetOutline {
  prefix: string;
  rootEnd: number;
  entries: OutlineEntry[];
  rows?: RowTable;
}

/** Builds a worksheet's outline from its start and end tags at depths 1 and 2: one builder for the reader's pass and
 *  for sheetOutline's own. The caller handles what lies deeper (rows and cells while `inSheetData`). */
export class OutlineBuilder {
  readonly outline: SheetOutline;
  /** True between <sheetData> and </sheetData>. */
  inSheetData = false;

  constructor(xml: string) {
    this.outline = { prefix: "", rootEnd: xml.length, entries: [] };
  }

  /** A start tag at depth 1 (the root: its prefix) or 2 (a top-level element). */
  start(t: XmlTokenizer): void {
    if (t.depth === 1) {
      this.outline.prefix = t.prefix();
      return;
    }
    const { start, end, selfClosing } = t;
    this.outline.entries.push({ name: t.name(), start, openEnd: end, closeStart: end, end, selfClosing });
    this.inSheetData = !selfClosing && t.nameIs(this.outline.prefix + "sheetData");
  }

  /** An end tag at depth 1 (where the root's content ends) or 2 (closing the last top-level element). */
  end(t: XmlTokenizer): void {
    if (t.depth === 1) {
      this.outline.rootEnd = t.start;
      return;
    }
    const entry = this.outline.entries[this.outline.entries.length - 1];
    entry.closeStart = t.start;
    entry.end = t.end;
    this.inSheetData = false;
  }
}

/** Outlines known for texts being written (compared by identity first: no hashing of a large part); emptied by
 *  forgetOutlines() when a write is done, so no part's text outlives its workbook. */
const outlines: { xml: string; outline: SheetOutline }[] = [];

/** Keeps an outline for the text about to be written (the reading pass found it), so the writer needs no pass. */
export function rememberOutline(xml: string, outline: SheetOutline): void {
  if (outlines.length >= 4) outlines.shift();
  outlines.push({ xml, outline });
}

/** Drops the outline remembered for one text. */
export function forgetOutline(xml: string): void {
  const at = outlines.findIndex((o) => o.xml === xml);
  if (at >= 0) outlines.splice(at, 1);
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
  const builder = new OutlineBuilder(xml);
  const outline = builder.outline;
  const rows = (outline.rows = newRowTable());
  for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
    if ((k === TOKEN.start || k === TOKEN.end) && t.depth <= 2) {
      if (k === TOKEN.start) builder.start(t);
      else builder.end(t);
    } else if (k === TOKEN.start && t.depth === 3 && builder.inSheetData && t.nameIs(outline.prefix + "row")) {
      const r = t.attr("r");
      openRow(
        rows,
        r === null ? (rows.num.length ? rows.num[rows.num.length - 1] : -1) + 1 : Number(r) - 1,
        t.start,
        t.end,
      );
    } else if (k === TOKEN.end && t.depth === 3 && builder.inSheetData && t.nameIs(outline.prefix + "row")) {
      closeRow(rows, t.start, t.end);
    }
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
