// The Excel host against the fake on every workbook of the fixtures README (the project's copies): it writes exactly what the core planned.
import { FakeExcel } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { readmeWorkbooks } from "../helpers/fixtures";
import { central, fixtureGrid, hostOn, planCells, planMismatches, planOf } from "./harness";

describe.each(readmeWorkbooks())("Excel host on %s", (name) => {
  it("writes exactly the planned cells in 2 syncs (3 with a second sheet), then undoes exactly", async () => {
    const grid = fixtureGrid(name);
    const excel = FakeExcel.fromGrid(grid);
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);

    const outcome = await host.run({ mode: "score", profile: central });
    expect(outcome.refused).toBeNull();
    // The grid the host read through Office.js gives the same plan as the file read directly.
    expect(outcome.plan!.writes).toEqual(planOf(grid).writes);
    expect(planMismatches(excel, outcome.plan!, "notes")).toEqual([]);
    const changed = snapshotDiff(before, snapshotDocument(excel.doc))
      .filter((k) => k.startsWith("cells:"))
      .map((k) => k.slice(6));
    const planned = planCells(outcome.plan!);
    expect(changed.filter((c) => !planned.has(c))).toEqual([]);
    expect(outcome.written).toBe(planned.size);
    expect(outcome.syncs).toBe(grid.sheets.length > 1 ? 3 : planned.size > 0 ? 2 : 1);
    expect(excel.syncCount).toBe(outcome.syncs);
    expect(outcome.noteMode).toBe(outcome.plan!.writes.some((w) => w.mark) ? "notes" : "none");

    if (planned.size === 0) {
      expect(await host.canUndo()).toBe(false);
      return;
    }
    excel.resetStats();
    const undo = await host.undoLast();
    expect(undo).toMatchObject({ ok: true, restored: planned.size });
    expect(excel.syncCount).toBe(2);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
    expect(await host.canUndo()).toBe(false);
  });

  it("writes nothing in check mode", async () => {
    const grid = fixtureGrid(name);
    const excel = FakeExcel.fromGrid(grid);
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "check", profile: central });
    expect(outcome.written).toBe(0);
    expect(outcome.refused).toBeNull();
    expect(outcome.report.output).toBeNull();
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
    expect(excel.syncCount).toBe(grid.sheets.length > 1 ? 2 : 1);
  });
});

describe("the published figures arrive in the cells", () => {
  it("project-gansu-2021: G17 = 2.2 (11/15×3), G5 = 76.8 %, H5 = 7.68, G41 = 96.88, grade 优", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"));
    const outcome = await hostOn(excel).run({ mode: "score", profile: central });
    const sheet = excel.doc.sheets[0];
    expect(sheet.peek(16, 6)).toMatchObject({ value: 2.2, format: "0.00" });
    expect(sheet.peek(4, 6)).toMatchObject({ value: 0.768, format: "0.00%" });
    expect(sheet.peek(4, 7)).toMatchObject({ value: 7.68 });
    expect(sheet.peek(40, 6)).toMatchObject({ value: 96.88, format: "0.00" });
    expect(String(sheet.peek(40, 7)?.value)).toContain("优");
    expect(outcome.report.tables[0]).toMatchObject({ total: 96.88, grade: "优" });
    expect(outcome.report.output).toBe("project-gansu-2021.xlsx");
  });

  it("department-gansu-2021: funding 5.94, total 90.56", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("department-gansu-2021.xlsx"));
    const outcome = await hostOn(excel).run({ mode: "score", profile: central });
    const table = outcome.report.tables[0];
    expect(table.funding?.score).toBe(5.94);
    expect(table.total).toBe(90.56);
    const totalWrite = outcome.plan!.writes.find((w) => w.kind === "total")!;
    expect(excel.doc.sheets[0].peek(totalWrite.row, totalWrite.col)?.value).toBe(90.56);
  });
});
