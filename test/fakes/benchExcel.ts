// Measures the Excel host on the fake: round trips and payload of a run and an undo, against a naive row-by-row add-in.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { ExcelWorkbookHost } from "../../src/excel/ExcelWorkbookHost";
import { argbToHex } from "../../src/excel/writeSet";
import { MARK_FILLS } from "../../src/core/plan";
import { FakeExcel } from "./fakeExcel";
import { generateProjectGrid } from "./generateTable";

/** Round trips and bytes of one approach. */
export interface ExcelRunFigures {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** Largest single request or response, bytes (the 5 MB limit applies to each). */
  largestPayload: number;
  ms: number;
}

/** The figures for one table size. */
export interface ExcelBench {
  rows: number;
  cellsWritten: number;
  host: ExcelRunFigures;
  undo: ExcelRunFigures;
  naive: ExcelRunFigures;
}

function figures(excel: FakeExcel, ms: number): ExcelRunFigures {
  const s = excel.syncs;
  return {
    syncs: s.length,
    requestBytes: s.reduce((a, x) => a + x.requestBytes, 0),
    responseBytes: s.reduce((a, x) => a + x.responseBytes, 0),
    largestPayload: s.reduce((a, x) => Math.max(a, x.requestBytes, x.responseBytes), 0),
    ms: Math.round(ms),
  };
}

/** A naive add-in: one sync per row read, then one sync per row it writes to. */
async function naiveRowByRow(excel: FakeExcel): Promise<void> {
  const profile = builtInProfile("central-2020")!;
  await excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(excel.doc.sheets[0].name);
    const used = ws.getUsedRange(true).load("rowCount,columnCount");
    await ctx.sync();
    for (let r = 0; r < used.rowCount; r++) {
      ws.getRangeByIndexes(r, 0, 1, used.columnCount).load("values,numberFormat");
      await ctx.sync();
    }
    const plan = scoreWorkbook(generateProjectGrid(excel.doc.sheets[0].rows.length - 9), {
      mode: "score",
      profile,
      fileName: "naive",
    });
    const rows = [...new Set(plan.writes.map((w) => w.row))].sort((a, b) => a - b);
    for (const row of rows) {
      for (const w of plan.writes.filter((x) => x.row === row)) {
        const cell = ws.getCell(w.row, w.col);
        if (w.value !== undefined) cell.values = [[w.value]];
        if (w.numFmt) cell.numberFormat = [[w.numFmt]];
        if (w.mark) {
          cell.format.fill.color = argbToHex(MARK_FILLS[w.mark.severity]);
          ws.notes.add(cell, w.mark.note);
        }
      }
      await ctx.sync();
    }
  });
}

/** Runs the host (score, then undo) and the naive baseline on a generated table of `rows` indicators. */
export async function measureExcelRuns(rows: number): Promise<ExcelBench> {
  const grid = generateProjectGrid(rows);
  const excel = FakeExcel.fromGrid(grid);
  const host = new ExcelWorkbookHost({ environment: excel.environment() });
  let t = performance.now();
  const outcome = await host.run({ mode: "score", profile: builtInProfile("central-2020")! });
  const hostFigures = figures(excel, performance.now() - t);
  excel.resetStats();
  t = performance.now();
  const undo = await host.undoLast();
  if (!undo.ok) throw new Error(undo.message);
  const undoFigures = figures(excel, performance.now() - t);

  const naiveExcel = FakeExcel.fromGrid(grid);
  t = performance.now();
  await naiveRowByRow(naiveExcel);
  return {
    rows,
    cellsWritten: outcome.written,
    host: hostFigures,
    undo: undoFigures,
    naive: figures(naiveExcel, performance.now() - t),
  };
}

/** A plain-text table of bench results. */
export function formatExcelBench(results: ExcelBench[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const line = (r: ExcelBench, name: string, f: ExcelRunFigures) =>
    `${String(r.rows).padStart(6)} rows  ${name.padEnd(6)} syncs ${String(f.syncs).padStart(6)}  request ${kb(f.requestBytes).padStart(9)}  response ${kb(f.responseBytes).padStart(9)}  largest ${kb(f.largestPayload).padStart(8)}  ${f.ms} ms`;
  return results
    .flatMap((r) => [line(r, "host", r.host), line(r, "undo", r.undo), line(r, "naive", r.naive)])
    .join("\n");
}
