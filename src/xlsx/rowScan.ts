// Rows and cells of a worksheet part as positions: the table of <row> elements the reading pass leaves for the
// writer, and the cells of one row scanned into arrays reused from row to row (no object per cell not written).
import { cellRefAt, REF_COLS } from "./cellAttrs";
import { parseCellRef, type ElementSpan } from "./xml";
import { scanPlainRow, type RowCellSink } from "./plainRowScan";
import { TOKEN, XmlTokenizer } from "./xmlTokenizer";

/** A <row> element with its 0-based number and start tag. */
export interface RowSpan extends ElementSpan {
  num: number;
  tag: string;
}

/** A <c> element with its 0-based column and its first <f> element (the formula), if any. */
export interface CellSpan extends ElementSpan {
  col: number;
  formula: ElementSpan | null;
}

/** The <row> elements of sheetData in document order: 0-based row numbers and positions, one array each (a sheet
 *  of 30,000 rows costs five arrays, not 30,000 objects). */
export interface RowTable {
  num: number[];
  start: number[];
  openEnd: number[];
  closeStart: number[];
  end: number[];
}

/** An empty row table. */
export function newRowTable(): RowTable {
  return { num: [], start: [], openEnd: [], closeStart: [], end: [] };
}

/** Adds a row's start tag (number and positions; the end is set by closeRow, a self-closing row needs none). */
export function openRow(rows: RowTable, num: number, start: number, openEnd: number): void {
  rows.num.push(num);
  rows.start.push(start);
  rows.openEnd.push(openEnd);
  rows.closeStart.push(openEnd);
  rows.end.push(openEnd);
}

/** Sets the end tag of the last row added. */
export function closeRow(rows: RowTable, closeStart: number, end: number): void {
  rows.closeStart[rows.closeStart.length - 1] = closeStart;
  rows.end[rows.end.length - 1] = end;
}

/** The i-th row of a table as a span with its start tag. */
export function rowSpanAt(xml: string, rows: RowTable, i: number): RowSpan {
  const start = rows.start[i];
  const openEnd = rows.openEnd[i];
  const end = rows.end[i];
  return {
    num: rows.num[i],
    start,
    openEnd,
    closeStart: rows.closeStart[i],
    end,
    selfClosing: end === openEnd,
    tag: xml.slice(start, openEnd),
  };
}

/** The column the current <c> start tag names in its r attribute, or null (no r, or not a reference). */
function cellColumn(t: XmlTokenizer): number | null {
  const a = t.attrs;
  const xml = t.xml;
  for (let k = 0, n = t.attrCount() * 4; k < n; k += 4) {
    if (a[k + 1] - a[k] !== 1 || xml.charCodeAt(a[k]) !== 114) continue;
    const from = a[k + 2];
    const to = a[k + 3];
    for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 38) return parseCellRef(t.attr("r") ?? "")?.col ?? null;
    const at = cellRefAt(xml, from, to);
    return at < 0 ? null : at % REF_COLS;
  }
  return null;
}

/** The cells of one row (its <c> children) with their 0-based columns and formulas, as numbers in arrays that are
 *  reused from row to row (a 30,000-row write makes no object per cell it does not change). */
export class RowCells implements RowCellSink {
  count = 0;
  private readonly starts: number[] = [];
  private readonly openEnds: number[] = [];
  private readonly closeStarts: number[] = [];
  private readonly ends: number[] = [];
  private readonly cols: number[] = [];
  /** The cell's first <f> element at any depth (as findElement finds it): its four positions, start -1 when none. */
  private readonly formulas: number[] = [];

  /** Reads the cells of `row`: a plain pass over its tags (plainRowScan.ts), the tokenizer for a row that holds
   *  comments, CDATA or processing instructions. */
  scan(xml: string, p: string, row: RowSpan): this {
    this.count = 0;
    if (row.selfClosing || scanPlainRow(xml, p + "c", p + "f", row.openEnd, row.closeStart, this)) return this;
    return this.scanTokens(xml, p, row); // starts the row over (count = 0)
  }

  /** Reads the cells of `row` with the tokenizer (one pass over it). */
  scanTokens(xml: string, p: string, row: RowSpan): this {
    this.count = 0;
    if (row.selfClosing) return this;
    const t = new XmlTokenizer(xml, row.openEnd, row.closeStart, true);
    const name = p + "c";
    const fName = p + "f";
    let open = false;
    let fDepth = 0;
    for (let k = t.next(); k !== TOKEN.eof; k = t.next()) {
      if (t.depth !== 1) {
        if (!open) continue;
        if (k === TOKEN.start && t.nameIs(fName) && this.formulaStart(t.start, t.end))
          fDepth = t.selfClosing ? 0 : t.depth;
        else if (k === TOKEN.end && t.depth === fDepth) {
          this.formulaEnd(t.start, t.end);
          fDepth = 0;
        }
      } else if (k === TOKEN.start && t.nameIs(name)) {
        this.openCell(t.start, t.end, cellColumn(t));
        open = !t.selfClosing;
      } else if (k === TOKEN.end && open) {
        this.closeCell(t.start, t.end);
        open = false;
      }
    }
    return this;
  }

  openCell(start: number, openEnd: number, col: number | null): void {
    const i = this.count++;
    this.starts[i] = start;
    this.openEnds[i] = this.closeStarts[i] = this.ends[i] = openEnd;
    this.cols[i] = col ?? (i ? this.cols[i - 1] : -1) + 1;
    this.formulas[4 * i] = -1;
  }

  closeCell(closeStart: number, end: number): void {
    this.closeStarts[this.count - 1] = closeStart;
    this.ends[this.count - 1] = end;
  }

  formulaStart(start: number, openEnd: number): boolean {
    const at = 4 * (this.count - 1);
    if (this.formulas[at] >= 0) return false;
    this.formulas[at] = start;
    this.formulas[at + 1] = this.formulas[at + 2] = this.formulas[at + 3] = openEnd;
    return true;
  }

  formulaEnd(closeStart: number, end: number): void {
    const at = 4 * (this.count - 1);
    this.formulas[at + 2] = closeStart;
    this.formulas[at + 3] = end;
  }

  /** The first cell in column `col`, or -1. */
  find(col: number): number {
    for (let i = 0; i < this.count; i++) if (this.cols[i] === col) return i;
    return -1;
  }

  /** The first cell right of column `col`, or -1. */
  firstAfter(col: number): number {
    for (let i = 0; i < this.count; i++) if (this.cols[i] > col) return i;
    return -1;
  }

  /** The i-th cell as a span. */
  span(i: number): CellSpan {
    const end = this.ends[i];
    const f = this.formulas;
    const fStart = f[4 * i];
    return {
      start: this.starts[i],
      openEnd: this.openEnds[i],
      closeStart: this.closeStarts[i],
      end,
      selfClosing: end === this.openEnds[i],
      col: this.cols[i],
      formula:
        fStart < 0
          ? null
          : {
              start: fStart,
              openEnd: f[4 * i + 1],
              closeStart: f[4 * i + 2],
              end: f[4 * i + 3],
              selfClosing: f[4 * i + 3] === f[4 * i + 1],
            },
    };
  }
}

/** The cells of one row with their 0-based columns. */
export function scanCells(xml: string, p: string, row: RowSpan): CellSpan[] {
  const cells = new RowCells().scan(xml, p, row);
  return Array.from({ length: cells.count }, (_v, i) => cells.span(i));
}
