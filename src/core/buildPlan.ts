// Turns scored tables into the plan: value writes plus one fill-and-note mark per flagged cell.
import { a1Range, type WorkbookGrid } from "./grid";
import { findingOf, messageOf, messagesFor, type Issue } from "./messages";
import type { BandIndex } from "./messages/params";
import { noteLine, type CellWrite, type Plan } from "./plan";
import type { Profile } from "./profile";
import type { FileReport, TableReport } from "./report";
import type { TableOutcome } from "./score/scoreTable";
import { scoreTable } from "./score/scoreTable";
import { findTables } from "./tables/findTables";
import type { TableLayout } from "./tables/layout";
import { sideBySide } from "./tables/sideBySide";
import { headerMissingTarget } from "./tables/nearHeader";
import { MergeIndex } from "./tables/merges";
import { SheetWrites } from "./sheetWrites";

/** Which findings mark their cells in the workbook: errors and warnings (default), every finding, or none (a clean
 *  copy: scores, total and grade written, every earlier mark of ours taken off). */
export type MarkPolicy = "problems" | "all" | "none";

/** What a run asks of the core. */
export interface ScoreOptions {
  /** score: write scores; audit: keep existing 得分, flag differences; check: target review only, no writes. */
  mode: "score" | "audit" | "check";
  profile: Profile;
  /** The name the report gives the file (as given on the command line, or the workbook name in Excel). */
  fileName: string;
  /** Language of the messages in the report and notes. */
  lang?: "zh" | "en";
  /** Which findings are marked in the workbook (info findings are in the report only unless `all`). */
  marks?: MarkPolicy;
  /** Bands a person chose for rows the rules cannot decide (the pane's band buttons); ignored on other rows. */
  picks?: readonly BandPick[];
}

/** A person's band for one row waiting for a person: the sheet, the row's 1-based sheet row (as the report's), the band. */
export interface BandPick {
  sheet: string;
  row: number;
  band: BandIndex;
}

/** The picks on one sheet, by 0-based sheet row (a pick naming no band or no row is none). */
function picksOn(sheet: string, picks: readonly BandPick[] | undefined): ReadonlyMap<number, BandIndex> | null {
  const valid = (p: BandPick) => (p.band === 0 || p.band === 1 || p.band === 2) && Number.isInteger(p.row) && p.row > 0;
  const on = (picks ?? []).filter((p) => p.sheet === sheet && valid(p));
  return on.length ? new Map(on.map((p) => [p.row - 1, p.band])) : null;
}

/** Finds the tables of a workbook, scores them and returns the cells to write plus the report. */
export function scoreWorkbook(grid: WorkbookGrid, options: ScoreOptions): Plan {
  const lang = options.lang ?? "zh";
  const marks = options.marks ?? "problems";
  const tables: TableReport[] = [];
  const writes: CellWrite[] = [];
  const issues: Issue[][] = [];
  const examples: Issue<"EXAMPLE_TABLE_SKIPPED">[] = [];
  for (const sheet of grid.sheets) {
    const merges = new MergeIndex(sheet);
    const sheetWrites = options.mode !== "check" ? new SheetWrites(sheet, merges, writes) : null;
    const picks = picksOn(sheet.name, options.picks);
    for (const layout of sideBySide(sheet, merges).flatMap((part) => findTables(part, merges))) {
      if (layout.example !== null) {
        examples.push(exampleSkipped(layout, layout.example));
        continue;
      }
      const outcome = scoreTable(layout, merges, options.profile, options.mode, lang, sheetWrites, picks);
      tables.push(outcome.report);
      issues.push(outcome.findings.issues);
      if (sheetWrites && marks !== "none") markFindings(outcome, lang, sheetWrites, marks === "all");
    }
    if (sheetWrites && sheet.ownNotes?.length && !sheet.protected) sheetWrites.unmarkStale(sheet.ownNotes);
  }
  const report: FileReport = {
    file: options.fileName,
    output: null,
    tables,
    errors: tables.length ? [] : [{ code: "NO_TABLE_FOUND", message: noTableMessage(grid, lang, examples) }],
  };
  noteExamples(tables, issues, examples, lang);
  return { writes, report, issues };
}

/** A table marked as an example (`mark`), named by its sheet and range: not scored, not written. */
function exampleSkipped(t: TableLayout, mark: string): Issue<"EXAMPLE_TABLE_SKIPPED"> {
  const range = a1Range(t.firstRow, t.firstCol, t.lastRow, t.lastCol);
  return { code: "EXAMPLE_TABLE_SKIPPED", cell: null, params: { sheet: t.sheet.name, range, mark } };
}

/** Example tables skipped are said once each, table-level on the workbook's first table (EXAMPLE_TABLE_SKIPPED). */
function noteExamples(tables: TableReport[], issues: Issue[][], examples: Issue[], lang: "zh" | "en"): void {
  if (!tables.length) return;
  const m = messagesFor(lang);
  for (const e of examples) {
    issues[0].push(e);
    tables[0].findings.push(findingOf(e, m));
  }
}

/** Why no table was found: the header that lacks only its target column when there is one, else what a header needs;
 *  then the example tables skipped. */
function noTableMessage(grid: WorkbookGrid, lang: "zh" | "en", examples: Issue[]): string {
  const m = messagesFor(lang);
  const near = headerMissingTarget(grid);
  const said = [near ? m.noTableNearHeader(near) : m.noTableFound];
  for (const e of examples) said.push(messageOf(e, m));
  return said.join(m.stepSeparator);
}

/** Marks each finding's cell (and the cell it asks to be filled) with its severity's fill and a note line (the title,
 *  then the message); info findings only when asked. */
function markFindings(outcome: TableOutcome, lang: "zh" | "en", writes: SheetWrites, info: boolean): void {
  const { items, rows, cols, also } = outcome.findings;
  for (let i = 0; i < items.length; i++) {
    const f = items[i];
    if (rows[i] < 0 || (f.severity === "info" && !info)) continue;
    const line = noteLine(f, lang);
    writes.mark(rows[i], cols[i], f.severity, line);
    const second = also[i];
    if (second) writes.mark(second.row, second.col, f.severity, line);
  }
}
