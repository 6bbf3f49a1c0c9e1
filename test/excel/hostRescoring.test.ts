// Re-scoring in Excel: cells an earlier run flagged and this one does not lose our note (a user's text stays) and
// get back the fill they had before (from the kept undo runs; none when unknown); undo puts our marks back.
import { FakeExcel } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { central, fixtureGrid, hostOn, planMismatches } from "./harness";

const REASON = "受疫情影响，期刊出版推迟";
const SHEET = "绩效自评表";

function excelWith(setup: (excel: FakeExcel) => void, api?: string): FakeExcel {
  const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), api ? { api } : {});
  setup(excel);
  return excel;
}

describe("notes (ExcelApi 1.18+)", () => {
  it("the reason filled in, a second run takes our notes off H17 and its score G17 and gives H17 back its yellow; undo puts the marks back", async () => {
    const excel = excelWith((e) => (e.doc.sheets[0].cell(16, 7).fill = "#FFFF00"));
    const sheet = excel.doc.sheets[0];
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    await host.run({ mode: "score", profile: central, marks: "all" }); // flagged twice: the newest undo run saw amber, not yellow
    expect(sheet.peek(16, 7)?.fill).toBe("#FFEB9C");
    expect(sheet.notes.get("16,7")).toContain("请填写偏差原因");
    expect(sheet.notes.get("16,6")).toContain("请填写偏差原因");
    const others = [...sheet.notes.keys()].filter((k) => k !== "16,7" && k !== "16,6");
    sheet.cell(16, 7).value = REASON;
    const typed = snapshotDocument(excel.doc);

    const second = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(second.plan!.writes.filter((w) => w.unmark).map((w) => w.address)).toEqual(["G17", "H17"]);
    expect(second.syncs).toBe(3); // read, locate our notes (needed before scoring), write
    expect(second.notices).toContain(
      "此工作簿曾评过分：已去掉上次在2个单元格留下的颜色和批注（这些单元格本次没有问题）。",
    );
    expect(sheet.peek(16, 7)).toMatchObject({ value: REASON, fill: "#FFFF00" });
    expect(sheet.notes.has("16,7")).toBe(false);
    expect(sheet.notes.has("16,6")).toBe(false);
    expect([...sheet.notes.keys()].sort()).toEqual(others.sort());
    expect(planMismatches(excel, second.plan!, "notes")).toEqual([]);

    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(typed, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("a user's own note before ours keeps the user's text and the user's fill", async () => {
    const excel = excelWith((e) => {
      e.doc.sheets[0].cell(16, 7).fill = "#123456";
      e.doc.sheets[0].notes.set("16,7", "科室备注：报告延期");
    });
    const sheet = excel.doc.sheets[0];
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(sheet.notes.get("16,7")).toMatch(/^科室备注：报告延期\n【绩效评分】/);
    sheet.cell(16, 7).value = REASON;
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(sheet.notes.get("16,7")).toBe("科室备注：报告延期");
    expect(sheet.peek(16, 7)?.fill).toBe("#123456");
  });

  it("marks left by the command line (no undo run kept): our note goes and the fill is cleared", async () => {
    const excel = excelWith((e) => {
      Object.assign(e.doc.sheets[0].cell(16, 7), { value: REASON, fill: "#FFEB9C" });
      e.doc.sheets[0].notes.set("16,7", "【绩效评分】未完成但未填写偏差原因：请填写偏差原因");
    });
    const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.plan!.writes.filter((w) => w.unmark).map((w) => w.address)).toEqual(["H17"]);
    expect(excel.doc.sheets[0].notes.has("16,7")).toBe(false);
    expect(excel.doc.sheets[0].peek(16, 7)?.fill ?? null).toBeNull();
  });
});

describe("threaded comments (ExcelApi 1.10–1.17)", () => {
  it("our comment is deleted, our reply under a user's comment is deleted, the user's comment stays; undo brings both back", async () => {
    const excel = excelWith((e) => {
      e.doc.comments.push({ id: "user-1", sheet: SHEET, row: 16, col: 7, content: "王科长：原因稍后补", replies: [] });
    }, "1.17");
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(excel.doc.commentAt(SHEET, 16, 7)!.replies).toHaveLength(1);
    excel.doc.sheets[0].cell(16, 7).value = REASON;
    const typed = snapshotDocument(excel.doc);
    const count = excel.doc.comments.length;
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(excel.doc.commentAt(SHEET, 16, 7)).toMatchObject({ content: "王科长：原因稍后补", replies: [] });
    expect(excel.doc.comments).toHaveLength(count - 1); // G17's comment, ours alone, is deleted too
    expect(excel.doc.commentAt(SHEET, 16, 6)).toBeFalsy();
    expect(excel.doc.sheets[0].peek(16, 7)?.fill ?? null).toBeNull();
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(typed, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("a comment that was ours alone is deleted, and undo adds it back", async () => {
    const excel = excelWith(() => undefined, "1.17");
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    const count = excel.doc.comments.length;
    expect(excel.doc.commentAt(SHEET, 16, 7)!.content).toContain("请填写偏差原因");
    excel.doc.sheets[0].cell(16, 7).value = REASON;
    const typed = snapshotDocument(excel.doc);
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(excel.doc.commentAt(SHEET, 16, 7)).toBeFalsy();
    expect(excel.doc.comments).toHaveLength(count - 2); // H17's and G17's (the score the missing reason explains)
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(typed, snapshotDocument(excel.doc))).toEqual([]);
  });
});

describe("清除标记（保留得分）: a run with marks 'none'", () => {
  it.each([
    ["notes", undefined],
    ["threaded comments", "1.17"],
  ])("in %s mode takes every mark of ours off, keeps the scores, and undo puts the marks back", async (_mode, api) => {
    const excel = excelWith(() => undefined, api);
    const sheet = excel.doc.sheets[0];
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    const marked = snapshotDocument(excel.doc);
    expect(sheet.peek(16, 7)?.fill).toBe("#FFEB9C");
    const clean = await host.run({ mode: "score", profile: central, marks: "none" });
    expect(clean.refused).toBeNull();
    expect(clean.plan!.writes.filter((w) => w.mark)).toEqual([]);
    expect(sheet.notes.size + excel.doc.comments.length).toBe(0);
    expect([sheet.peek(16, 6)?.value, sheet.peek(40, 6)?.value]).toEqual([2.2, 96.88]);
    expect([sheet.peek(16, 7)?.fill ?? null, sheet.peek(16, 6)?.fill ?? null]).toEqual([null, null]);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(marked, snapshotDocument(excel.doc))).toEqual([]);
  });
});
