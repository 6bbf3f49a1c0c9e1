// Locating rows and cells in a worksheet's XML, and the bookkeeping attributes a write may widen.
import { a1, parseA1 } from "../core/grid";
import { findElement, findElements, getAttr, parseCellRef, setAttr, type ElementSpan, type Splice } from "./xml";

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
export function widenDimension(xml: string, p: string, edits: readonly CellAt[]): Splice | null {
  const dim = findElement(xml, p + "dimension");
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

