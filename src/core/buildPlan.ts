// Turns scored tables into the plan: value writes plus one fill-and-note mark per flagged cell.
import type { WorkbookGrid } from "./grid";
import { messagesFor } from "./messages";
import { noteLine, type CellWrite, type Plan } from "./plan";
import type { Profile } from "./profile";
import type { FileReport, TableReport } from "./report";
import type { TableOutcome } from "./score/scoreTable";
import { scoreTable } from "./score/scoreTable";
import { findTables } from "./tables/findTables";
import { MergeIndex } from "./tables/merges";
import { SheetWrites } from "./sheetWrites";

/** What a run asks of the core. */
export interface ScoreOptions {
  /** score: write scores; audit: keep existing 得分, flag differences; check: target review only, no writes. */
  mode: "score" | "audit" | "check";
  profile: Profile;
  /** The name the report gives the file (as given on the command line, or the workbook name in Excel). */
  fileName: string;
  /** Language of the messages in the report and notes. */
  lang?: "zh" | "en";
}

/** Finds the tables of a workbook, scores them and returns the cells to write plus the report. */
export function scoreWorkbook(grid: WorkbookGrid, options: ScoreOptions): Plan {
  const lang = options.lang ?? "zh";
  const tables: TableReport[] = [];
  const writes: CellWrite[] = [];
  for (const sheet of grid.sheets) {
    const merges = new MergeIndex(sheet);
    const sheetWrites = options.mode !== "check" ? new SheetWrites(sheet, merges, writes) : null;
    for (const layout of findTables(sheet, merges)) {
      const outcome = scoreTable(layout, merges, options.profile, options.mode, lang, sheetWrites);
      tables.push(outcome.report);
      if (sheetWrites) markFindings(outcome, lang, sheetWrites);
    }
    if (sheetWrites && sheet.ownNotes?.length && !sheet.protected) sheetWrites.unmarkStale(sheet.ownNotes);
  }
  const report: FileReport = {
    file: options.fileName,
    output: null,
    tables,
    errors: tables.length
      ? []
      : [{ code: "NO_TABLE_FOUND", message: messagesFor(lang).noTableFound }],
  };
  return { writes, report };
}

/** Marks every finding's cell with its severity's fill and a note line (the title, then the message). */
function markFindings(outcome: TableOutcome, lang: "zh" | "en", writes: SheetWrites): void {
  const { items, rows, cols } = outcome.findings;
  for (let i = 0; i < items.length; i++) {
    if (rows[i] >= 0) writes.mark(rows[i], cols[i], items[i].severity, noteLine(items[i], lang));
  }
}
