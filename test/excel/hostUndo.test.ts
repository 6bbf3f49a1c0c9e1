// 撤销评分: exact restore of value, number format, fill and note; refusal after user edits; survives reopening.
import { UNDO_SETTING } from "../../src/excel";
import { FakeExcel } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { layoutGrid, NATIONAL } from "../helpers/layoutGrid";
import { central, fixtureGrid, hostOn } from "./harness";

/** project-gansu-2021 with state on cells the run touches: an old score 1.5 with format and fill on G17, a user note and fill on H17. */
function preparedExcel(options: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), options);
  const sheet = excel.doc.sheets[0];
  Object.assign(sheet.cell(16, 6), { value: 1.5, format: "0.0", fill: "#00FF00" });
  sheet.cell(16, 7).fill = "#123456";
  sheet.notes.set("16,7", "科室备注：报告延期");
  return excel;
}

const marked = (excel: FakeExcel) => excel.doc.sheets[0];

describe("undo of the Excel host", () => {
  it("restores value, number format, fill and the user's own note exactly", async () => {
    const excel = preparedExcel();
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    // read + locate the existing note (the one undo-bookkeeping sync) + write.
    expect(outcome.syncs).toBe(3);
    const sheet = marked(excel);
    expect(sheet.peek(16, 6)).toMatchObject({ value: 2.2, format: "0.00", fill: "#FFEB9C" });
    // The user's note is kept, ours follows it; the fill becomes the warning colour.
    expect(sheet.notes.get("16,7")).toMatch(/^科室备注：报告延期\n【绩效评分】未完成但未填写偏差原因/);
    expect(sheet.peek(16, 7)?.fill).toBe("#FFEB9C");

    const undo = await host.undoLast();
    expect(undo.ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
    expect(sheet.peek(16, 6)).toMatchObject({ value: 1.5, formula: null, format: "0.0", fill: "#00FF00" });
    expect(sheet.notes.get("16,7")).toBe("科室备注：报告延期");
  });

  it("restores the cells right of 自评得分 and 自评等级 above a table without a total row (F3, H3) exactly", async () => {
    const sheet = layoutGrid(NATIONAL);
    sheet.values[sheet.values.length - 1] = [];
    sheet.values[2] = ["项目名称", "职业技能培训", null, null, "自评得分", null, "自评等级", null];
    const excel = FakeExcel.fromGrid({ name: "t.xlsx", sheets: [sheet] });
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(excel.doc.sheets[0].peek(2, 5)).toMatchObject({ value: 92.58, format: "0.00", fill: "#FFEB9C" });
    expect(excel.doc.sheets[0].peek(2, 7)).toMatchObject({ value: "优" });
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("refuses, writing nothing, when a scored cell was edited since; works again once it is put back", async () => {
    const excel = preparedExcel();
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    marked(excel).cell(16, 6).value = 5;
    const edited = snapshotDocument(excel.doc);
    excel.resetStats();
    const undo = await host.undoLast();
    expect(undo.ok).toBe(false);
    expect(undo.restored).toBe(0);
    expect(undo.message).toContain("绩效自评表!G17（评分写入2.2，现为5）");
    expect(undo.message).toContain("未撤销任何内容");
    expect(excel.syncCount).toBe(1);
    expect(snapshotDiff(edited, snapshotDocument(excel.doc))).toEqual([]);
    expect(await host.canUndo()).toBe(true);
    marked(excel).cell(16, 6).value = 2.2;
    expect((await host.undoLast()).ok).toBe(true);
  });

  it("refuses when a marked cell's fill or note was changed since", async () => {
    const excel = preparedExcel();
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    marked(excel).cell(16, 7).fill = null;
    marked(excel).notes.set("10,3", "我改过的批注");
    const undo = await host.undoLast();
    expect(undo.ok).toBe(false);
    expect(undo.message).toContain("绩效自评表!H17（填充色已更改）");
    expect(undo.message).toContain("绩效自评表!D11（评分说明批注已更改或删除）");
  });

  it("survives save and reopen: the inverse lives in the document settings", async () => {
    const excel = preparedExcel();
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.undoSaved).toBe(true);
    expect(excel.settings.saveCount).toBe(1);
    expect(excel.settings.document.data[UNDO_SETTING]).toBeDefined();
    const reopened = excel.reopen();
    const host = hostOn(reopened);
    expect(await host.canUndo()).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(reopened.doc))).toEqual([]);
    expect(await hostOn(reopened.reopen()).canUndo()).toBe(false);
  });

  it("keeps the last five runs: five undos step back, the sixth has nothing left", async () => {
    const excel = preparedExcel();
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    const afterFirst = snapshotDocument(excel.doc);
    for (let i = 0; i < 5; i++) await host.run({ mode: "score", profile: central, marks: "all" });
    const stored = excel.settings.get(UNDO_SETTING) as { parts: number };
    const entries = JSON.parse(
      Array.from({ length: stored.parts }, (_, i) => excel.settings.get(`${UNDO_SETTING}.${i}`) as string).join(""),
    ) as unknown[];
    expect(entries).toHaveLength(5);
    for (let i = 0; i < 5; i++) expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(afterFirst, snapshotDocument(excel.doc))).toEqual([]);
    expect(await host.undoLast()).toMatchObject({ ok: false, message: "没有可撤销的评分。" });
  });

  it("refuses undo in cell-edit mode and on a read-only workbook", async () => {
    const excel = preparedExcel();
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    const scored = snapshotDocument(excel.doc);
    excel.editMode = true;
    expect(await host.undoLast()).toMatchObject({ ok: false, message: "请先按Enter或Esc退出单元格编辑，再点击评分" });
    excel.editMode = false;
    excel.readOnly = true;
    expect((await host.undoLast()).message).toContain("只读");
    expect(snapshotDiff(scored, snapshotDocument(excel.doc))).toEqual([]);
  });
});
