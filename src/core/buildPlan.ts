// Turns scored tables into the plan: value writes plus one fill-and-note mark per flagged cell.
import { a1, type SheetGrid, type WorkbookGrid } from "./grid";
import { FINDING_CATALOGUE, maxSeverity } from "./findings";
import { NOTE_PREFIX, type CellWrite, type Plan } from "./plan";
import type { Profile } from "./profile";
import type { FileReport, TableReport } from "./report";
import type { TableOutcome } from "./score/scoreTable";
import { scoreTable } from "./score/scoreTable";
import { findTables } from "./tables/findTables";
import { MergeIndex } from "./tables/merges";

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
    const byCell = new Map<number, CellWrite>();
    for (const layout of findTables(sheet)) {
      const outcome = scoreTable(layout, merges, options.profile, options.mode, lang);
      tables.push(outcome.report);
      if (options.mode !== "check") collectWrites(sheet, merges, outcome, lang, byCell, writes);
    }
  }
  const report: FileReport = {
    file: options.fileName,
    output: null,
    tables,
    errors: tables.length
      ? []
      : [{ code: "NO_TABLE_FOUND", message: lang === "zh" ? "未找到绩效指标表：需要有“三级指标”（或“绩效指标”）和“年度指标值”等表头" : "No indicator table found (headers such as 三级指标 and 年度指标值 are needed)" }],
  };
  return { writes, report };
}

/** Adds a table's writes; `byCell` (row × 16384 + column of the merge anchor) merges writes to one cell of a sheet. */
function collectWrites(sheet: SheetGrid, merges: MergeIndex, outcome: TableOutcome, lang: "zh" | "en", byCell: Map<number, CellWrite>, out: CellWrite[]): void {
  const get = (row: number, col: number, kind: CellWrite["kind"]): CellWrite => {
    const m = merges.areaAt(row, col);
    const r = m ? m.r1 : row;
    const c = m ? m.c1 : col;
    const key = r * 16384 + c;
    let w = byCell.get(key);
    if (!w) {
      w = { sheet: sheet.name, row: r, col: c, address: a1(r, c), kind };
      byCell.set(key, w);
      out.push(w);
    }
    return w;
  };
  for (const v of outcome.values) {
    if (v.hasFormula) continue;
    const w = get(v.row, v.col, v.kind);
    w.kind = v.kind;
    w.value = v.value;
    if (v.numFmt) w.numFmt = v.numFmt;
  }
  const { items, rows, cols } = outcome.findings;
  for (let i = 0; i < items.length; i++) {
    if (rows[i] < 0) continue;
    const f = items[i];
    const w = get(rows[i], cols[i], "mark");
    const title = lang === "zh" ? FINDING_CATALOGUE[f.code].zh : FINDING_CATALOGUE[f.code].en;
    const line = `${NOTE_PREFIX}${title}：${f.message}`;
    w.mark = w.mark ? { severity: maxSeverity(w.mark.severity, f.severity), note: `${w.mark.note}\n${line}` } : { severity: f.severity, note: line };
  }
}
