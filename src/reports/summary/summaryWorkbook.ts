// The reviewer's summary workbook (汇总表.xlsx): one row per table, from the JSON report; its figures are the
// report's numbers (formatted 0.00 / 0.00%, never rounded again), the file cell links to the scored copy.
import type { Report } from "../../core";
import { gradeLabel } from "../gradeLabels";
import type { CellStyle } from "../xlsx/styles";
import type { SheetCell, SheetSpec } from "../xlsx/sheetXml";
import { textWidth, wrappedLines } from "../xlsx/textWidth";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { summaryRows, type SummaryRow, type SummarySource } from "./rows";
import { SUMMARY_COLUMNS, summaryStrings, type SummaryColumn, type SummaryStrings } from "./strings";

export type { SummarySource } from "./rows";

/** What the summary is made of. */
export interface SummaryInput {
  /** Generator and profile of the run (the report's own fields). */
  report: Pick<Report, "generator" | "profile">;
  files: readonly SummarySource[];
  lang: "zh" | "en";
  /** When it was made (document properties); fixed in tests. */
  created: Date;
}

/** Widest a column grows (characters); the problems column wraps at its width. */
const MAX_WIDTH: Partial<Record<SummaryColumn, number>> = { file: 40, project: 36, unit: 28, problems: 60 };
const MIN_WIDTH = 6;
const LINE_POINTS = 17;
const MAX_LINES = 12;

const STATUS_STYLE: Record<SummaryRow["attention"], CellStyle> = {
  failed: "error",
  errors: "error",
  warnings: "warning",
  clean: "clean",
};

/** An empty cell that keeps its column's border (written as a style-only cell). */
const blank = (style: CellStyle): SheetCell => ({ value: NaN, style });
const text = (value: string | null, style: CellStyle = "text"): SheetCell =>
  value === null || value === "" ? blank(style) : { text: value, style };
const num = (value: number | null, style: CellStyle): SheetCell => (value === null ? blank(style) : { value, style });

/** The cells of one row, in SUMMARY_COLUMNS order. */
function rowCells(row: SummaryRow, words: SummaryStrings, lang: "zh" | "en"): SheetCell[] {
  const cells: Record<SummaryColumn, SheetCell> = {
    file: text(row.label, row.link ? "link" : "text"),
    sheet: text(row.sheet),
    status: { text: words.status[row.attention], style: STATUS_STYLE[row.attention] },
    unit: text(row.unit),
    project: text(row.project),
    year: num(row.year, "integer"),
    kind:
      row.kind === null
        ? blank("text")
        : { text: words.kind[row.kind] + (row.checkOnly ? words.checkOnly : ""), style: "text" },
    total: num(row.total, "score"),
    grade: row.grade === null ? blank("text") : { text: gradeLabel(row.grade, lang), style: "text" },
    rate: num(row.rate, "percent"),
    errors: num(row.errors, "integer"),
    warnings: num(row.warnings, "integer"),
    notMet: num(row.notMet, "integer"),
    withoutReason: num(row.withoutReason, "integer"),
    problems: text(row.problems.join("\n").slice(0, 32000), "wrap"),
  };
  return SUMMARY_COLUMNS.map((c) => cells[c]);
}

/** Shown width of a cell (numbers as formatted). */
function cellWidth(cell: SheetCell): number {
  if (cell === null) return 0;
  if ("text" in cell) return textWidth(cell.text);
  if (!Number.isFinite(cell.value)) return 0;
  return cell.style === "percent"
    ? (cell.value * 100).toFixed(2).length + 1
    : cell.style === "score"
      ? cell.value.toFixed(2).length
      : String(cell.value).length;
}

/** Column widths that fit the header and the values (full-width characters count two), within the caps. */
function columnWidths(rows: SheetCell[][]): number[] {
  return SUMMARY_COLUMNS.map((c, i) => {
    const widest = rows.reduce((w, r) => Math.max(w, cellWidth(r[i])), 0);
    return Math.min(MAX_WIDTH[c] ?? 40, Math.max(MIN_WIDTH, widest + 2));
  });
}

/** Row heights: the header and any row whose wrapped text needs more than one line. */
function rowHeights(rows: SheetCell[][], widths: number[]): (number | null)[] {
  return rows.map((cells) => {
    const lines = cells.reduce(
      (n, cell, i) =>
        cell && "text" in cell && (cell.style === "wrap" || cell.style === "header")
          ? Math.max(n, wrappedLines(cell.text, widths[i] - 1))
          : n,
      1,
    );
    return lines > 1 ? Math.min(MAX_LINES, lines) * LINE_POINTS : null;
  });
}

function summarySheet(rows: SummaryRow[], words: SummaryStrings, lang: "zh" | "en"): SheetSpec {
  const header: SheetCell[] = SUMMARY_COLUMNS.map((c) => ({ text: words.headers[c], style: "header" }));
  const cells = [header, ...rows.map((r) => rowCells(r, words, lang))];
  const widths = columnWidths(cells);
  const fileCol = SUMMARY_COLUMNS.indexOf("file");
  const links = rows.flatMap((r, i) => (r.link ? [{ row: i + 1, col: fileCol, target: r.link }] : []));
  return { name: words.sheetName, rows: cells, widths, heights: rowHeights(cells, widths), header: true, links };
}

function aboutSheet(input: SummaryInput, rows: SummaryRow[], words: SummaryStrings): SheetSpec {
  const a = words.about;
  const tables = rows.filter((r) => r.sheet !== null).length;
  const pairs: [string, SheetCell][] = [
    [a.generator, text(input.report.generator)],
    [a.profile, text(input.report.profile)],
    [a.files, num(input.files.length, "integer")],
    [a.tables, num(tables, "integer")],
    [a.order, text(a.orderText, "wrap")],
    [a.links, text(a.linksText, "wrap")],
    [a.columns, text(a.columnsText, "wrap")],
  ];
  const cells: SheetCell[][] = [
    [{ text: a.title, style: "title" }],
    ...pairs.map(([k, v]) => [{ text: k, style: "header" } as SheetCell, v]),
  ];
  const widths = [14, 70];
  return {
    name: words.aboutSheetName,
    rows: cells,
    widths,
    heights: rowHeights(cells, widths),
    header: false,
    links: [],
  };
}

/** The summary workbook's bytes and the rows it holds (sorted as written). */
export function buildSummaryWorkbook(input: SummaryInput): { bytes: Uint8Array; rows: SummaryRow[] } {
  const words = summaryStrings(input.lang);
  const rows = summaryRows(input.files, input.lang, words);
  const bytes = writeWorkbook({
    sheets: [summarySheet(rows, words, input.lang), aboutSheet(input, rows, words)],
    creator: input.report.generator,
    created: input.created,
  });
  return { bytes, rows };
}

/** The summary's default file name in `lang` (汇总表.xlsx, summary.xlsx). */
export function summaryFileName(lang: "zh" | "en"): string {
  return summaryStrings(lang).fileName;
}
