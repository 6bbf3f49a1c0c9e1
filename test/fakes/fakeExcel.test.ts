// The fake Excel itself: it must behave like Excel where the host depends on it, or the host tests prove nothing.
import type { WorkbookGrid } from "../../src/core/grid";
import { FakeExcel, FakeOfficeError } from "./fakeExcel";
import type { FakeRequestContext } from "./fakeSheets";

const grid: WorkbookGrid = {
  name: "fake.xlsx",
  sheets: [
    {
      name: "自评表",
      values: [
        ["标题", null, null],
        [null, "分值", 3],
        [null, "执行率", 0.768],
      ],
      formats: [
        [null, null, null],
        [null, null, "0.00"],
        [null, null, "0.00%"],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
        [null, null, "E5/D5"],
      ],
      merges: [{ r1: 3, c1: 1, r2: 3, c2: 3 }],
      origin: { row: 3, col: 1 },
    },
    { name: "My Sheet", values: [], merges: [], origin: { row: 0, col: 0 }, protected: true },
  ],
};

const run = <T>(excel: FakeExcel, f: (ctx: FakeRequestContext) => Promise<T>) => excel.run(f);

describe("fake Excel", () => {
  it("throws PropertyNotLoaded before load and sync, and has values only after sync", async () => {
    const excel = FakeExcel.fromGrid(grid);
    await run(excel, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("自评表").getRange("C5:D6");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load("values,numberFormat,address");
      expect(() => range.values).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(range.values).toEqual([
        ["分值", 3],
        ["执行率", 0.768],
      ]);
      expect(range.numberFormat).toEqual([
        ["General", "0.00"],
        ["General", "0.00%"],
      ]);
      expect(range.address).toBe("自评表!C5:D6");
      expect(() => range.formulas).toThrow(/formulas/);
    });
    expect(excel.syncCount).toBe(1);
  });

  it("computes used ranges, formulas, null objects and quoted addresses like Excel", async () => {
    const excel = FakeExcel.fromGrid(grid);
    await run(excel, async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("自评表").getUsedRangeOrNullObject(true).load("address,formulas");
      const empty = ctx.workbook.worksheets.getItem("My Sheet").getUsedRangeOrNullObject(true).load("address");
      const emptyOld = ctx.workbook.worksheets.getItem("My Sheet").getUsedRange().load("address");
      await ctx.sync();
      expect(used.address).toBe("自评表!B4:D6");
      expect(used.formulas[2]).toEqual(["", "执行率", "=E5/D5"]);
      expect(empty.isNullObject).toBe(true);
      expect(emptyOld.address).toBe("'My Sheet'!A1");
    });
  });

  it("reports merged areas (ExcelApi 1.13) and fails the batch above 512 areas", async () => {
    const excel = FakeExcel.fromGrid(grid);
    await run(excel, async (ctx) => {
      const areas = ctx.workbook.worksheets
        .getItem("自评表")
        .getRange()
        .getMergedAreasOrNullObject()
        .load("areas/items/address");
      await ctx.sync();
      expect(areas.areas.items.map((a) => a.address)).toEqual(["自评表!B4:D4"]);
    });
    excel.doc.sheets[0].merges = Array.from({ length: 513 }, (_, i) => ({ r1: 10 + i, c1: 0, r2: 10 + i, c2: 1 }));
    await expect(
      run(excel, async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange().getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const old = FakeExcel.fromGrid(grid, { api: "1.12" });
    await expect(
      run(old, async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange().getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("tells hidden rows: Range.rowHidden (1.2) true, false or null; getRowProperties (1.9) one object per row", async () => {
    const excel = FakeExcel.fromGrid(grid);
    excel.doc.sheets[0].hiddenRows.add(4);
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      const [some, all, none] = ["B4:D6", "B5:D5", "B6:D6"].map((a) => ws.getRange(a).load("rowHidden"));
      const rows = ws.getRange("B4:D6").getRowProperties({ rowIndex: true, rowHidden: true });
      await ctx.sync();
      expect([some.rowHidden, all.rowHidden, none.rowHidden]).toEqual([null, true, false]);
      expect(rows.value).toEqual([
        { rowIndex: 3, rowHidden: false },
        { rowIndex: 4, rowHidden: true },
        { rowIndex: 5, rowHidden: false },
      ]);
    });
  });

  it("tells hidden columns: Range.columnHidden (1.2) true, false or null; getColumnProperties (1.9) one per column", async () => {
    const excel = FakeExcel.fromGrid(grid);
    excel.doc.sheets[0].hiddenColumns.add(2);
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      const [some, all, none] = ["B4:D6", "C4:C9", "D4:E6"].map((a) => ws.getRange(a).load("columnHidden"));
      const cols = ws.getRange("B4:D6").getColumnProperties({ columnIndex: true, columnHidden: true, address: true });
      await ctx.sync();
      expect([some.columnHidden, all.columnHidden, none.columnHidden]).toEqual([null, true, false]);
      expect(cols.value).toEqual([
        { columnIndex: 1, columnHidden: false, address: "自评表!B:B" },
        { columnIndex: 2, columnHidden: true, address: "自评表!C:C" },
        { columnIndex: 3, columnHidden: false, address: "自评表!D:D" },
      ]);
    });
  });

  /** Range B4 of the fake's sheet, as a call below its version reaches it. */
  const b4 = (ctx: FakeRequestContext) => ctx.workbook.worksheets.getItem("自评表").getRange("B4");
  it.each([
    ["1.1", "Range.rowHidden", (ctx: FakeRequestContext) => b4(ctx).load("rowHidden")],
    ["1.1", "Range.columnHidden", (ctx: FakeRequestContext) => b4(ctx).load("columnHidden")],
    ["1.8", "Range.getRowProperties", (ctx: FakeRequestContext) => b4(ctx).getRowProperties({ rowHidden: true })],
    [
      "1.8",
      "Range.getColumnProperties",
      (ctx: FakeRequestContext) => b4(ctx).getColumnProperties({ columnHidden: true }),
    ],
  ] as const)("ExcelApi %s refuses %s (ApiNotFound), as Excel does below its version", async (api, _name, call) => {
    await expect(
      run(FakeExcel.fromGrid(grid, { api }), async (ctx) => {
        call(ctx);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("writes values, formats, fills; per-cell fills via getCellProperties; protection and read-only refuse", async () => {
    const excel = FakeExcel.fromGrid(grid);
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      const r = ws.getRange("E5:E6");
      r.values = [[2.2], [""]];
      r.numberFormat = [["0.00"], ["0.00"]];
      ws.getRange("E5").format.fill.color = "#ffc7ce";
      const props = ws.getRange("E5:E6").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      const fill = ws.getRange("E5:E6").format.fill.load("color");
      await ctx.sync();
      expect(
        props.value.map((row) => (row[0] as { format: { fill: { color: string; pattern: string } } }).format.fill),
      ).toEqual([
        { color: "#FFC7CE", pattern: "Solid" },
        { color: "#FFFFFF", pattern: "None" },
      ]);
      expect(fill.color).toBeNull();
    });
    expect(excel.doc.sheets[0].peek(4, 4)).toMatchObject({ value: 2.2, format: "0.00", fill: "#FFC7CE" });
    await expect(
      run(excel, async (ctx) => {
        ctx.workbook.worksheets.getItem("My Sheet").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.doc.sheets[1].peek(0, 0)).toBeUndefined();
    excel.readOnly = true;
    await expect(
      run(excel, async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("rejects every sync in cell-edit mode and over the payload limit, executing nothing", async () => {
    const excel = FakeExcel.fromGrid(grid, { editMode: true });
    await expect(
      run(excel, async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(excel.doc.sheets[0].peek(0, 0)).toBeUndefined();
    const limited = FakeExcel.fromGrid(grid, { payloadLimit: 1000 });
    await expect(
      run(limited, async (ctx) => {
        ctx.workbook.worksheets.getItem("自评表").getRange("A1:A10").values = Array.from({ length: 10 }, () => [
          "x".repeat(200),
        ]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(limited.syncs[0]).toMatchObject({ ok: false, error: "RequestPayloadSizeLimitExceeded" });
    expect(limited.syncs[0].requestBytes).toBeGreaterThan(2000);
  });

  it("keeps notes (1.18) and threaded comments with replies (1.10), refusing a second one on a cell", async () => {
    const excel = FakeExcel.fromGrid(grid);
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("自评表");
      ws.notes.add(ws.getRange("C5"), "说明");
      const c = ctx.workbook.comments.add(ws.getRange("D5"), "批注").load("id");
      await ctx.sync();
      ctx.workbook.comments.getItem(c.id).replies.add("回复");
      const notes = ctx.workbook.notes.load("items/content");
      const comments = ctx.workbook.comments.load("items/id,items/content,items/replies/items/content");
      const missing = ws.notes.getItemOrNullObject("E5").load("content");
      await ctx.sync();
      expect(notes.items.map((n) => n.content)).toEqual(["说明"]);
      expect(comments.items[0].replies.items.map((r) => r.content)).toEqual(["回复"]);
      expect(missing.isNullObject).toBe(true);
      const where = notes.items[0].getLocation().load("address");
      await ctx.sync();
      expect(where.address).toBe("自评表!C5");
      ws.notes.add("C5", "again");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.doc.sheets[0].notes.get("4,2")).toBe("说明");
    const old = FakeExcel.fromGrid(grid, { api: "1.17" });
    await expect(
      run(old, async (ctx) => {
        ctx.workbook.notes.add("自评表!C5", "x");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("persists settings only through saveAsync, and a reopened fake sees them", async () => {
    const excel = FakeExcel.fromGrid(grid);
    excel.settings.set("k", { a: 1 });
    const unsaved = excel.reopen();
    expect(unsaved.settings.get("k")).toBeNull();
    await new Promise<void>((resolve) => excel.settings.saveAsync(() => resolve()));
    expect(excel.reopen().settings.get("k")).toEqual({ a: 1 });
    expect(excel.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(FakeExcel.fromGrid(grid, { api: "1.7" }).isSetSupported("ExcelApi", "1.10")).toBe(false);
  });
});
