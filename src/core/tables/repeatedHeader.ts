// A header printed again inside its table: a page break of a printed or converted form, or pages pasted one under
// the other. The same header texts in the same columns, with nothing between the rows read and it but blank rows,
// page marks (第1页, - 2 -) and copies of rows above the header (a title repeated on each page). The rows under it
// continue the table (which says so: HEADER_REPEATED); anything else between starts a table of its own.
import { cellAt, type SheetGrid } from "../grid";
import { cellText } from "../text";
import type { HeaderBand } from "./headerBand";
import { isPageMark } from "./rowLabels";
import { isBlank, rowAt } from "./sheetRows";

/** A repeated header inside a table, its first and last row (they and the gap above them are not read). */
export interface RepeatedHeader {
  top: number;
  bottom: number;
}

/** Rows between a table's last row and a repeated header, and title rows compared, at most (a budget). */
const MAX_GAP = 12;
const MAX_TITLE_ROWS = 12;

/** True when every cell of `cols` on row `r` that holds something holds a page mark (a row that is no indicator). */
export function onlyPageMarks(sheet: SheetGrid, r: number, cols: readonly number[]): boolean {
  let marks = 0;
  for (const c of cols) {
    const v = cellAt(sheet, r, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string" || v.length > 16 || !isPageMark(v)) return false;
    marks++;
  }
  return marks > 0;
}

/** The texts of a row, whitespace removed, trailing blanks dropped. */
function rowTexts(sheet: SheetGrid, r: number): string[] {
  const row = rowAt(sheet, r);
  const out: string[] = [];
  for (let j = 0; j < row.length; j++) out.push(cellText(row[j] ?? null).replace(/\s+/g, ""));
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

/** Two rows with the same text in every column. */
function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** A row of the gap that holds nothing of its own: blank, a page mark, or a copy of a title row above the header. */
function isFiller(sheet: SheetGrid, r: number, titleRows: readonly string[][]): boolean {
  const texts = rowTexts(sheet, r);
  const words = texts.filter((t) => t !== "");
  if (words.length === 0) return true;
  if (words.length === 1 && isPageMark(words[0])) return true;
  return titleRows.some((t) => sameRow(t, texts));
}

/** Finds the repeats of one table's header: its header and title rows are read once. */
export class RepeatFinder {
  private readonly header: string[][] = [];
  private readonly titleRows: string[][] = [];

  constructor(
    private readonly sheet: SheetGrid,
    private readonly band: HeaderBand,
    regionStart: number,
  ) {
    for (let r = band.top; r <= band.bottom; r++) this.header.push(rowTexts(sheet, r));
    for (let r = Math.max(regionStart, band.top - MAX_TITLE_ROWS); r < band.top; r++) {
      const texts = rowTexts(sheet, r);
      if (texts.length) this.titleRows.push(texts);
    }
  }

  /** The repeat of the header at `next`, when the rows after `lastRead` up to it hold nothing of their own. */
  repeatAt(next: HeaderBand, lastRead: number): RepeatedHeader | null {
    const { sheet, header } = this;
    if (next.bottom - next.top !== this.band.bottom - this.band.top || next.top - lastRead - 1 > MAX_GAP) return null;
    for (let i = 0; i < header.length; i++) if (!sameRow(header[i], rowTexts(sheet, next.top + i))) return null;
    for (let r = lastRead + 1; r < next.top; r++) if (!isFiller(sheet, r, this.titleRows)) return null;
    return { top: next.top, bottom: next.bottom };
  }
}
