// The fake Excel's strict rules, each from Microsoft's documentation (sources in the fake's files): separate runtimes
// with their own settings copies, saveAsync replacing the stored bag, the byte limit, typed input and `formulas`
// without the apostrophe, a note and a threaded comment refused on one cell, RangeExceedsLimit, Office.actions only
// after Office.onReady, and the dialog API's rules.
import type { WorkbookGrid } from "../../src/core/grid";
import { FakeExcel } from "./fakeExcel";
import type { FakeRequestContext } from "./fakeSheets";

const grid: WorkbookGrid = {
  name: "f.xlsx",
  sheets: [{ name: "S", values: [["a", 1]], merges: [], origin: { row: 0, col: 0 } }],
};
const run = <T>(excel: FakeExcel, f: (ctx: FakeRequestContext) => Promise<T>) => excel.run(f);
const save = (s: { saveAsync(cb: (r: { status: string; error: { message: string } | null }) => void): void }) =>
  new Promise<{ status: string; error: { message: string } | null }>((resolve) => s.saveAsync(resolve));
const refresh = (s: { refreshAsync(cb: () => void): void }) => new Promise<void>((resolve) => s.refreshAsync(resolve));

describe("document settings in separate runtimes", () => {
  it("gives each runtime its own copy; saveAsync replaces the stored bag; refreshAsync reloads it", async () => {
    const excel = FakeExcel.fromGrid(grid);
    const ribbon = excel.openRuntime("ribbon");
    ribbon.settings.set("undo", [1]);
    await save(ribbon.settings);
    expect(excel.settings.get("undo")).toBeNull();
    excel.settings.set("profile", { id: "p" });
    await save(excel.settings);
    // The pane's stale copy had no "undo": its save dropped the ribbon's key from the document.
    expect(Object.keys(excel.persisted.data)).toEqual(["profile"]);
    ribbon.settings.set("undo", [2]);
    await save(ribbon.settings);
    await refresh(excel.settings);
    expect(excel.settings.get("undo")).toEqual([2]);
    expect(excel.settings.get("profile")).toBeNull();
  });

  it("limits the whole bag to 2 MB counted in UTF-8 bytes of its JSON", async () => {
    const settings = FakeExcel.fromGrid(grid).settings;
    settings.set("k", "a".repeat(1_900_000));
    expect((await save(settings)).status).toBe("succeeded");
    settings.set("k", "评".repeat(700_000));
    expect(await save(settings)).toEqual({
      status: "failed",
      error: { message: "The argument is invalid or missing or has an incorrect format." },
    });
  });
});

describe("writes read like typed input", () => {
  it("turns number-like strings into numbers, keeps text after an apostrophe or in @ cells, and drops the apostrophe from formulas", async () => {
    const excel = FakeExcel.fromGrid(grid);
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("D1").numberFormat = [["@"]];
      ws.getRange("A2:A9").values = [["18"], ["'18"], ["=B1*2"], ["-x"], ["2024-01-05"], ["50%"], ["TRUE"], ["优"]];
      ws.getRange("D1").values = [["0018"]];
      const r = ws.getRange("A2:A3").load("values,formulas,valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([[18], ["18"]]);
      expect(r.formulas).toEqual([[18], ["18"]]);
      expect(r.valueTypes).toEqual([["Double"], ["String"]]);
      ws.getRange("A3").formulas = r.formulas.slice(1);
      await ctx.sync();
    });
    const s = excel.doc.sheets[0];
    expect([2, 3, 4, 5, 6, 7, 8].map((r) => [s.peek(r, 0)?.value, s.peek(r, 0)?.formula])).toEqual([
      [18, null],
      [null, "=B1*2"],
      [null, "=-x"],
      [45296, null],
      [0.5, null],
      [true, null],
      ["优", null],
    ]);
    expect(s.peek(1, 0)?.value).toBe(18);
    expect(s.peek(0, 3)).toMatchObject({ value: "0018", format: "@" });
  });
});

describe("cell annotations", () => {
  it("refuses a note on a cell with a threaded comment, and a threaded comment on a cell with a note", async () => {
    const excel = FakeExcel.fromGrid(grid);
    excel.doc.comments.push({ id: "c", sheet: "S", row: 0, col: 0, content: "评论", replies: [] });
    excel.doc.sheets[0].notes.set("0,1", "备注");
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.notes.add(ws.getRange("A1"), "x");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ctx.workbook.comments.add(ws.getRange("B1"), "y");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.doc.sheets[0].notes.has("0,0")).toBe(false);
    expect(excel.doc.comments).toHaveLength(1);
  });
});

describe("reads above 5,000,000 cells", () => {
  it("fail with RangeExceedsLimit (values, formats, formulas, cell properties); the address alone is fine", async () => {
    const excel = FakeExcel.fromGrid(grid);
    for (const load of ["values", "numberFormat", "formulas", "valueTypes"]) {
      await expect(
        run(excel, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange("A1:E1000001").load(load);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    }
    await run(excel, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:E1000000").load("address");
      await ctx.sync();
      expect(r.address).toBe("S!A1:E1000000");
    });
  });
});

describe("the Office global", () => {
  it("has no Office.actions until Office.onReady has fired; Office.addin only with SharedRuntime 1.1", async () => {
    const excel = FakeExcel.fromGrid(grid);
    const office = excel.pane.office.global() as { actions?: unknown; addin?: unknown; onReady(): Promise<unknown> };
    expect(office.actions).toBeUndefined();
    await office.onReady();
    expect(office.actions).toBeDefined();
    expect(office.addin).toBeUndefined();
    const shared = FakeExcel.fromGrid(grid, { sharedRuntime: true }).pane.office.global() as typeof office;
    await shared.onReady();
    expect(shared.addin).toBeDefined();
  });

  it("opens dialogs only over HTTPS on the page's domain, one at a time", async () => {
    const excel = FakeExcel.fromGrid(grid);
    const office = excel.pane.office.global() as {
      context: {
        ui: {
          displayDialogAsync(
            u: string,
            o: unknown,
            cb: (r: { status: string; error?: { code: number } }) => void,
          ): void;
        };
      };
    };
    const open = (url: string) =>
      new Promise<{ status: string; error?: { code: number } }>((resolve) =>
        office.context.ui.displayDialogAsync(url, {}, resolve),
      );
    expect((await open("http://localhost:3000/dialog.html")).error?.code).toBe(12005);
    expect((await open("https://elsewhere.example/dialog.html")).error?.code).toBe(12004);
    expect((await open("dialog.html")).status).toBe("succeeded");
    expect((await open("dialog.html")).error?.code).toBe(12007);
    excel.pane.office.openDialog!.userCloses();
    expect((await open("dialog.html")).status).toBe("succeeded");
  });
});
