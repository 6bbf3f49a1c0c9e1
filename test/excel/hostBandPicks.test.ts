// The pane's band buttons in Excel: a run with a band picked for a row waiting for a person writes that band's score
// into the row's 得分 cell with the total and grade, in the same one read and one write as any run, and 撤销评分 puts
// back what the cells held before the pick (the earlier run's marks and the empty score cell).
import { pickFor, waitingRows } from "../../src/core";
import { FakeExcel } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { oneRowSeed, SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";
import { central, hostOn } from "./harness";

/** The one-row table (90 points, funding 10 of 10) whose completed value no band knows. */
function waitingExcel(): FakeExcel {
  const seed = oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual: "得到提升" });
  return FakeExcel.fromGrid(seedGrid(seed), { api: "1.18" });
}
const r = SEED_LAYOUT.firstRow;

describe("a band picked in the pane, in Excel", () => {
  it("writes the band's score, the total and the grade; the next run offers the row with what it counts", async () => {
    const excel = waitingExcel();
    const host = hostOn(excel);
    const first = await host.run({ mode: "score", profile: central });
    expect(first.report.tables[0].total).toBeNull();
    const [row] = waitingRows(first.plan!, central);
    expect(row).toMatchObject({ cell: `G${r + 1}`, bands: [90, 63, 0], counted: null });

    excel.resetStats();
    const picked = await host.run({ mode: "score", profile: central, picks: [pickFor(row, 1)] });
    // the pick is one run: read, locate the earlier run's notes, write
    expect([picked.syncs, excel.syncCount]).toEqual([3, 3]);
    expect(picked.report.tables[0].total).toBe(73);
    const sheet = excel.doc.sheets[0];
    expect(sheet.peek(r, 6)).toMatchObject({ value: 63, format: "0.00" });
    expect(sheet.peek(r + 1, 6)?.value).toBe(73);
    expect(picked.report.tables[0].grade).toBe("中");
    expect(waitingRows(picked.plan!, central)[0]).toMatchObject({ counted: 63, picked: 1 });

    const again = await host.run({ mode: "score", profile: central });
    expect(again.report.tables[0].total).toBe(73);
    expect(waitingRows(again.plan!, central)[0]).toMatchObject({ counted: 63, picked: null });
  });

  it("撤销评分 after a pick restores the cells as the earlier run left them", async () => {
    const excel = waitingExcel();
    const host = hostOn(excel);
    const first = await host.run({ mode: "score", profile: central });
    const before = snapshotDocument(excel.doc);
    await host.run({ mode: "score", profile: central, picks: [pickFor(waitingRows(first.plan!, central)[0], 0)] });
    expect(excel.doc.sheets[0].peek(r, 6)?.value).toBe(90);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
    expect(excel.doc.sheets[0].peek(r, 6)?.value ?? null).toBeNull();
  });
});
