// Shared helpers of the Excel host tests: fixture grids, a host on the fake, and plan-vs-document checks.
import { builtInProfile, scoreWorkbook, type Plan, type WorkbookGrid } from "../../src/core";
import { a1 } from "../../src/core/grid";
import { MARK_FILLS } from "../../src/core/plan";
import { ExcelWorkbookHost, type ExcelHostOptions } from "../../src/excel";
import { readXlsx } from "../../src/xlsx/readWorkbook";
import { FakeExcel, type FakeRuntime } from "../fakes/fakeExcel";
import { workbookBytes } from "../helpers/fixtures";

/** The default profile. */
export const central = builtInProfile("central-2020")!;

/** A fixture workbook as a grid (read with the project's own xlsx reader). */
export function fixtureGrid(name: string): WorkbookGrid {
  return readXlsx(workbookBytes(name), name.replace(/^foreign\//, "")).grid;
}

/** A host working on a fake Excel, in a runtime (default: the pane's). */
export function hostOn(
  excel: FakeExcel,
  options: Omit<ExcelHostOptions, "environment"> = {},
  runtime?: FakeRuntime,
): ExcelWorkbookHost {
  return new ExcelWorkbookHost({ ...options, environment: excel.environment(runtime) });
}

/** The plan the core makes for a grid (the truth the host must apply). */
export function planOf(grid: WorkbookGrid, mode: "score" | "audit" | "check" = "score"): Plan {
  return scoreWorkbook(grid, { mode, profile: central, fileName: grid.name, lang: "zh" });
}

/** Differences between the plan and the fake document: value, number format, fill and (optionally) note per cell. */
export function planMismatches(excel: FakeExcel, plan: Plan, notes: "notes" | "comments" | "none"): string[] {
  const out: string[] = [];
  for (const w of plan.writes) {
    const sheet = excel.doc.sheets.find((s) => s.name === w.sheet)!;
    const cell = sheet.peek(w.row, w.col);
    const at = `${w.sheet}!${a1(w.row, w.col)}`;
    if (w.value !== undefined && cell?.value !== w.value)
      out.push(`${at} value ${JSON.stringify(cell?.value)} ≠ ${JSON.stringify(w.value)}`);
    if (w.numFmt !== undefined && cell?.format !== w.numFmt) out.push(`${at} format ${cell?.format} ≠ ${w.numFmt}`);
    if (w.mark) {
      const fill = "#" + MARK_FILLS[w.mark.severity].slice(2);
      if (cell?.fill !== fill) out.push(`${at} fill ${cell?.fill} ≠ ${fill}`);
      if (notes === "notes" && !sheet.notes.get(`${w.row},${w.col}`)?.endsWith(w.mark.note))
        out.push(`${at} note missing`);
      if (notes === "comments") {
        const c = excel.doc.commentAt(w.sheet, w.row, w.col);
        const texts = c ? [c.content, ...c.replies.map((r) => r.content)] : [];
        if (!texts.includes(w.mark.note)) out.push(`${at} comment missing`);
      }
    }
  }
  return out;
}

/** The cells a plan writes, as "Sheet!A1". */
export function planCells(plan: Plan): Set<string> {
  return new Set(plan.writes.map((w) => `${w.sheet}!${a1(w.row, w.col)}`));
}
