// Round trips do not grow with the table: 2 syncs for 30 rows and for 30,000 rows; the naive add-in needs one per row.
import { storedBytes, UNDO_RECORD_MAX_BYTES } from "../../src/excel/undoStore";
import { FakeExcel } from "../fakes/fakeExcel";
import { formatExcelBench, measureExcelRuns } from "../fakes/benchExcel";
import { generateProjectGrid } from "../fakes/generateTable";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { central, hostOn, planMismatches } from "./harness";

describe.each([30, 30_000])("a generated table of %i indicator rows", (rows) => {
  it("is scored in exactly 2 syncs (read, write) and undone exactly in 2", async () => {
    const excel = FakeExcel.fromGrid(generateProjectGrid(rows));
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central });
    expect(outcome.refused).toBeNull();
    expect(outcome.syncs).toBe(2);
    expect(excel.syncCount).toBe(2);
    expect(outcome.writeChunks).toBe(1);
    // The inverse of a 30,000-row run is over the 1 MB budget: kept in this runtime's memory,
    // undoable until the workbook closes (not after reopening), and the user is told so.
    expect(outcome.undoSaved).toBe(rows === 30);
    if (rows === 30_000) {
      expect(outcome.notices).toContain("撤销记录过大，无法保存在工作簿中，仅在本次打开期间可撤销。");
      expect(storedBytes([excel.pane.session.undo!])).toBeGreaterThan(UNDO_RECORD_MAX_BYTES);
      expect(await hostOn(excel.reopen()).canUndo()).toBe(false);
    }
    expect(outcome.report.tables[0].indicators).toHaveLength(rows);
    expect(planMismatches(excel, outcome.plan!, "notes")).toEqual([]);
    excel.resetStats();
    expect((await host.undoLast()).ok).toBe(true);
    expect(excel.syncCount).toBe(2);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  }, 60_000);
});

describe("measureExcelRuns", () => {
  it("reports host vs naive figures for 30 and 3,000 rows", async () => {
    const results = [await measureExcelRuns(30), await measureExcelRuns(3000)];
    console.log(formatExcelBench(results));
    for (const r of results) {
      expect(r.host.syncs).toBe(2);
      expect(r.undo.syncs).toBe(2);
      // The naive add-in: a sync for the shape, one per used row, one per row it writes.
      expect(r.naive.syncs).toBeGreaterThan(r.rows + 9);
    }
    expect(results[1].cellsWritten).toBeGreaterThan(3000);
  }, 60_000);
});
