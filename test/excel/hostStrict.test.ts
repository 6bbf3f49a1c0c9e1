// The host against the fake's strict rules: typed input (text numbers), note/comment exclusivity, non-transactional
// batches (partial writes), the settings byte limit and rollback, and reads above 5,000,000 cells.
import { builtInProfile } from "../../src/core";
import { PROFILE_SETTING, UNDO_SETTING } from "../../src/excel";
import { DocumentSettings } from "../../src/excel/settings";
import { UndoStore, UNDO_RECORD_MAX_BYTES, storedBytes } from "../../src/excel/undoStore";
import type { UndoEntry } from "../../src/excel/undoTypes";
import { FakeExcel, FakeSettings } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { central, fixtureGrid, hostOn } from "./harness";

const gansu = (options: ConstructorParameters<typeof FakeExcel>[1] = {}) =>
  FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), options);

describe("exact undo of text cells and formats", () => {
  it('gives a text "18" (General) and a text "0018" (@) back as text after score + undo', async () => {
    const excel = gansu();
    const sheet = excel.doc.sheets[0];
    Object.assign(sheet.cell(16, 6), { value: "18" });
    Object.assign(sheet.cell(17, 6), { value: "0018", format: "@" });
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(sheet.peek(16, 6)?.value).toBe(2.2);
    expect((await host.undoLast()).ok).toBe(true);
    expect(sheet.peek(16, 6)).toMatchObject({ value: "18", format: "General" });
    expect(sheet.peek(17, 6)).toMatchObject({ value: "0018", format: "@" });
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("refuses undo when a scored cell's number format was changed since the run", async () => {
    const excel = gansu();
    const host = hostOn(excel);
    await host.run({ mode: "score", profile: central, marks: "all" });
    excel.doc.sheets[0].cell(16, 6).format = "0.0";
    const undo = await host.undoLast();
    expect(undo.ok).toBe(false);
    expect(undo.message).toContain("绩效自评表!G17（数字格式已更改）");
  });
});

describe("a user's threaded comment where our note would go (ExcelApi 1.18+)", () => {
  it("adds our explanation as a reply, with no failed batch, and undo takes only the reply off", async () => {
    const excel = gansu();
    excel.doc.comments.push({
      id: "user-1",
      sheet: "绩效自评表",
      row: 16,
      col: 7,
      content: "王科长：原因稍后补",
      replies: [],
    });
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.noteMode).toBe("notes");
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    const comment = excel.doc.commentAt("绩效自评表", 16, 7)!;
    expect(comment.content).toBe("王科长：原因稍后补");
    expect(comment.replies.map((r) => r.content)).toEqual([
      expect.stringMatching(/^【绩效评分】未完成但未填写偏差原因/),
    ]);
    expect(excel.doc.sheets[0].notes.has("16,7")).toBe(false);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});

describe("a legacy note where our threaded comment would go (ExcelApi 1.10–1.17 cannot see notes)", () => {
  it("skips that cell in the comments batch, puts its explanation in the 评分说明 column, and undoes everything", async () => {
    const excel = gansu({ api: "1.17" });
    excel.doc.sheets[0].notes.set("16,7", "科室备注：报告延期");
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.refused).toBeNull();
    expect(outcome.notices).toContain(
      "1个单元格已有旧式批注（此版本Excel无法读取或修改），这些单元格的评分说明已写入“评分说明”列。",
    );
    expect(excel.doc.sheets[0].peek(16, 8)?.value).toMatch(/^H17：【绩效评分】未完成但未填写偏差原因/);
    expect(excel.doc.sheets[0].notes.get("16,7")).toBe("科室备注：报告延期");
    expect(excel.doc.comments.length).toBeGreaterThan(5);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});

describe("a write batch refused part-way (batches are not transactional)", () => {
  it("reports which sheet was written and which not, keeps an undo record, and undo restores the written sheet", async () => {
    // ExcelApi 1.1 has no protection API: the host cannot see that 附件2 is protected until Excel refuses the write.
    const excel = FakeExcel.fromGrid(fixtureGrid("two-sheets-gansu-2021.xlsx"), { api: "1.1" });
    excel.doc.sheets[1].protected = true;
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.refused).toBeNull();
    expect(outcome.partial).toBe(
      "写入未完成（AccessDenied）：工作表“附件1”已写入，工作表“附件2”未写入或未写完。已写入的部分可用“撤销评分”恢复。",
    );
    expect(outcome.notices?.[0]).toBe(outcome.partial);
    expect(outcome.written).toBeGreaterThan(30);
    expect(outcome.report.errors.map((e) => e.code)).toContain("WRITE_FAILED");
    expect(snapshotDiff(before, snapshotDocument(excel.doc)).every((k) => k.includes("附件1!"))).toBe(true);
    expect(await host.canUndo()).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});

const cjkEntry = (id: string, chars: number): UndoEntry => ({
  v: 1,
  id,
  at: new Date(Date.now() + Number(id.length)).toISOString(),
  file: "f",
  noteMode: "notes",
  partial: false,
  runs: [
    {
      sheet: "S",
      col: 0,
      row1: 0,
      before: { formulas: ["评".repeat(chars)], formats: ["General"], types: "s" },
      after: { values: [1] },
    },
  ],
  marks: [],
});

describe("undo records in the document settings (UTF-8 bytes, rollback)", () => {
  it("counts bytes, not characters: a 700,000-character Chinese record (2.1 MB) stays in memory and a profile still saves", async () => {
    const fake = new FakeSettings();
    const session = { undo: null };
    const store = new UndoStore(new DocumentSettings(fake, session), session);
    const entry = cjkEntry("a", 700_000);
    expect(storedBytes([entry])).toBeGreaterThan(2_000_000);
    expect(await store.push(entry)).toEqual({ persisted: false, reason: "too-large" });
    expect((await store.last())?.id).toBe("a");
    const settings = new DocumentSettings(fake, session);
    expect(await settings.write(() => new Map([[PROFILE_SETTING, { id: "x" }]]))).toEqual({ ok: true, reason: null });
    expect(Object.keys(fake.document.data)).toEqual([PROFILE_SETTING]);
  });

  it("rolls a failed save back in memory, so the next save (a profile) succeeds and holds no half record", async () => {
    const fake = new FakeSettings();
    fake.limitBytes = 600_000;
    const session = { undo: null };
    const store = new UndoStore(new DocumentSettings(fake, session), session);
    const result = await store.push(cjkEntry("b", 250_000));
    expect(storedBytes([cjkEntry("b", 250_000)])).toBeLessThan(UNDO_RECORD_MAX_BYTES);
    expect(result).toEqual({
      persisted: false,
      reason: "The argument is invalid or missing or has an incorrect format.",
    });
    expect(fake.get(UNDO_SETTING)).toBeNull();
    expect((await store.last())?.id).toBe("b");
    const excel = gansu();
    excel.pane.settings.limitBytes = 600_000;
    await hostOn(excel).saveDocumentProfile(builtInProfile("sichuan")!);
    expect(excel.persisted.data[PROFILE_SETTING]).toBeDefined();
  });
});

describe("a used range above what Excel reads in one range (RangeExceedsLimit)", () => {
  it("refuses with a Chinese message, writing nothing, when a sheet's used range counts 11 million formatted cells", async () => {
    const excel = gansu({ api: "1.1" });
    excel.doc.sheets[0].cell(999_999, 10).format = "0.00";
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.refused?.code).toBe("TOO_LARGE");
    expect(outcome.refused?.message).toBe(
      "工作表“绩效自评表”的已用区域过大（11,000,000个单元格），超出可读取的上限，未写入任何内容。请删除表格以外多余的行和列（包括只设置了格式的单元格）后再试。",
    );
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});
