// One worksheet of a new workbook as SpreadsheetML: shared strings, styled cells, column widths, a frozen bold
// header row with an autofilter, and external hyperlinks (their relationships are returned to the package writer).
import { a1, a1Range, columnLetters } from "../../core";
import { escapeText } from "../../xlsx/xml";
import { styleIndex, type CellStyle } from "./styles";

/** A cell: text or a number, with its style; null for an empty cell. */
export type SheetCell = { text: string; style: CellStyle } | { value: number; style: CellStyle } | null;

/** An external link on a cell (0-based coordinates). */
export interface SheetLink {
  row: number;
  col: number;
  target: string;
}

/** What one sheet holds. A header sheet prints landscape, one page wide, its header row on every page. */
export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
  /** Column widths in characters (Excel's unit). */
  widths: number[];
  /** Row heights in points (null: default), by row index. */
  heights: (number | null)[];
  /** True: row 1 is a header, frozen, under an autofilter that covers every row. */
  header: boolean;
  links: SheetLink[];
}

/** The workbook's shared string table: each distinct text once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  /** The index of `text`, added when new. */
  add(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** xl/sharedStrings.xml. */
  xml(): string {
    const items = this.texts
      .map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ` xml:space="preserve"` : ""}>${escapeText(t)}</t></si>`)
      .join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

function cellXml(cell: SheetCell, ref: string, strings: SharedStrings): string {
  if (cell === null) return "";
  const s = styleIndex(cell.style);
  if ("text" in cell) return `<c r="${ref}" s="${s}" t="s"><v>${strings.add(cell.text)}</v></c>`;
  return Number.isFinite(cell.value) ? `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>` : `<c r="${ref}" s="${s}"/>`;
}

function rowXml(cells: SheetCell[], r: number, height: number | null, strings: SharedStrings): string {
  const ht = height === null ? "" : ` ht="${height}" customHeight="1"`;
  return `<row r="${r + 1}"${ht}>${cells.map((c, col) => cellXml(c, a1(r, col), strings)).join("")}</row>`;
}

/** The last column index used by any row (0 for an empty sheet). */
export function lastColumn(sheet: SheetSpec): number {
  return Math.max(0, sheet.widths.length - 1, ...sheet.rows.map((r) => r.length - 1));
}

/** The range the autofilter covers: the header row to the last row, every column. */
export function filterRange(sheet: SheetSpec): string {
  return a1Range(0, 0, Math.max(0, sheet.rows.length - 1), lastColumn(sheet));
}

const FROZEN_HEADER = `<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>`;

/** The worksheet part and the hyperlinks' relationships (rId1…). */
export function sheetXml(
  sheet: SheetSpec,
  tabSelected: boolean,
  strings: SharedStrings,
): { xml: string; rels: { id: string; target: string }[] } {
  const lastCol = lastColumn(sheet);
  const lastRow = Math.max(1, sheet.rows.length);
  const view = sheet.header
    ? FROZEN_HEADER.replace(`<sheetView `, `<sheetView${tabSelected ? ` tabSelected="1"` : ""} `)
    : `<sheetView${tabSelected ? ` tabSelected="1"` : ""} workbookViewId="0"/>`;
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const rows = sheet.rows.map((cells, r) => rowXml(cells, r, sheet.heights[r] ?? null, strings)).join("");
  const rels = sheet.links.map((l, i) => ({ id: `rId${i + 1}`, target: l.target }));
  const links = sheet.links.map((l, i) => `<hyperlink ref="${a1(l.row, l.col)}" r:id="${rels[i].id}"/>`).join("");
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    (sheet.header ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${columnLetters(lastCol)}${lastRow}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows}</sheetData>` +
    (sheet.header && sheet.rows.length > 0 ? `<autoFilter ref="${filterRange(sheet)}"/>` : "") +
    (links ? `<hyperlinks>${links}</hyperlinks>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape"${sheet.header ? ` fitToWidth="1" fitToHeight="0"` : ""}/>` +
    `</worksheet>`;
  return { xml, rels };
}
