// Clean refusals: protected sheet, read-only workbook, cell-edit mode, too large — nothing is written.
import { FakeExcel } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { central, fixtureGrid, hostOn } from "./harness";

const EDIT_MODE_MESSAGE = "请先按Enter或Esc退出单元格编辑，再点击评分";

function gansu(options: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  return FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), options);
}

describe("refusals of the Excel host", () => {
  it("refuses a protected sheet it would write to, after one read sync, with the report still there", async () => {
    const excel = gansu();
    excel.doc.sheets[0].protected = true;
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central });
    expect(outcome.refused?.code).toBe("SHEET_PROTECTED");
    expect(outcome.refused?.message).toContain("工作表“绩效自评表”受保护");
    expect(outcome.report.errors).toEqual([{ code: "SHEET_PROTECTED", message: outcome.refused!.message }]);
    expect(outcome.report.tables[0].total).toBe(96.88);
    expect(outcome.written).toBe(0);
    expect(excel.syncCount).toBe(1);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("on ExcelApi 1.1 (no protection API) turns Excel's AccessDenied into the same clean refusal", async () => {
    const excel = gansu({ api: "1.1" });
    excel.doc.sheets[0].protected = true;
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central });
    expect(outcome.refused?.code).toBe("ACCESS_DENIED");
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
    expect(await hostOn(excel).canUndo()).toBe(false);
  });

  it("refuses a read-only workbook", async () => {
    const excel = gansu({ readOnly: true });
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central });
    expect(outcome.refused).toMatchObject({ code: "READ_ONLY" });
    expect(outcome.refused!.message).toContain("只读");
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("refuses in cell-edit mode at the first sync with the exact message", async () => {
    const excel = gansu({ editMode: true });
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central });
    expect(outcome.refused).toEqual({ code: "CELL_EDIT_MODE", message: EDIT_MODE_MESSAGE });
    expect(outcome.plan).toBeNull();
    expect(outcome.report.tables).toEqual([]);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("refuses cleanly when the user starts editing a cell between the read and the write", async () => {
    const excel = gansu();
    const before = snapshotDocument(excel.doc);
    excel.onBeforeSync = (n) => {
      if (n === 1) excel.editMode = true;
    };
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central });
    expect(outcome.refused).toEqual({ code: "CELL_EDIT_MODE", message: EDIT_MODE_MESSAGE });
    expect(outcome.report.tables[0].total).toBe(96.88);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
    expect(await host.canUndo()).toBe(false);
  });

  it("refuses changes that cannot be chunked under the request limit", async () => {
    const excel = gansu();
    const before = snapshotDocument(excel.doc);
    const outcome = await hostOn(excel, { writeLimitBytes: 200 }).run({ mode: "score", profile: central });
    expect(outcome.refused?.code).toBe("TOO_LARGE");
    expect(outcome.refused?.message).toMatch(/^要写入的内容过大（约0\.\d MB）/);
    expect(excel.syncCount).toBe(1);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});
