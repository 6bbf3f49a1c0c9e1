// selectCell, the document profile, the real-globals path and formula-exact undo.
import { builtInProfile, type Plan, type WorkbookGrid } from "../../src/core";
import { createExcelWorkbookHost, PROFILE_SETTING } from "../../src/excel";
import { FakeExcel } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { central, fixtureGrid, hostOn, planOf } from "./harness";

describe("selectCell", () => {
  it("activates the sheet and selects the cell, with or without a sheet prefix", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("two-sheets-gansu-2021.xlsx"));
    const host = hostOn(excel);
    await host.selectCell("附件2", "G12");
    expect(excel.doc.activeSheet).toBe("附件2");
    expect(excel.doc.selection).toBe("附件2!G12");
    await host.selectCell("附件1", "附件1!H5");
    expect(excel.doc.selection).toBe("附件1!H5");
  });
});

describe("document profile (settings key selfeval.profile)", () => {
  it("saves a validated profile, reads it back after reopening, and ignores an invalid one", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"));
    const host = hostOn(excel);
    expect(await host.loadDocumentProfile()).toBeNull();
    const sichuan = builtInProfile("sichuan")!;
    await host.saveDocumentProfile(sichuan);
    expect(excel.settings.saveCount).toBe(1);
    expect(await hostOn(excel.reopen()).loadDocumentProfile()).toEqual(sichuan);
    await expect(host.saveDocumentProfile({ ...sichuan, fullMark: -1 })).rejects.toThrow();
    excel.persisted.data[PROFILE_SETTING] = JSON.stringify({ id: "broken" });
    expect(await host.loadDocumentProfile()).toBeNull();
  });
});

describe("createExcelWorkbookHost over the Office.js globals", () => {
  it("uses Excel.run, Office.context.requirements and document settings", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api: "1.9" });
    const uninstall = excel.installGlobals();
    try {
      const host = createExcelWorkbookHost();
      expect(host.kind).toBe("excel");
      const outcome = await host.run({ mode: "score", profile: central });
      expect(outcome.noteMode).toBe("column");
      expect(outcome.report.tables[0].total).toBe(96.88);
      expect(await host.canUndo()).toBe(true);
      expect(excel.settings.saveCount).toBe(1);
      // Workbook.name (ExcelApi 1.7) gives the file name.
      expect(outcome.report.file).toBe("project-gansu-2021.xlsx");
    } finally {
      uninstall();
    }
  });
});

describe("writing over a formula", () => {
  it("captures the formula before writing and restores it exactly", async () => {
    const grid: WorkbookGrid = fixtureGrid("project-gansu-2021.xlsx");
    const excel = FakeExcel.fromGrid(grid);
    Object.assign(excel.doc.sheets[0].cell(16, 6), { value: 1.5, formula: "=F17*0.5", format: "0.0" });
    const before = snapshotDocument(excel.doc);
    // A scorer that also overwrites G17 (the core itself leaves formula cells alone).
    const score = (g: WorkbookGrid): Plan => {
      const plan = planOf(g);
      return {
        ...plan,
        writes: [
          ...plan.writes,
          { sheet: "绩效自评表", row: 16, col: 6, address: "G17", kind: "score", value: 2.2, numFmt: "0.00" },
        ],
      };
    };
    const host = hostOn(excel, { score });
    await host.run({ mode: "score", profile: central });
    expect(excel.doc.sheets[0].peek(16, 6)).toMatchObject({ value: 2.2, formula: null, format: "0.00" });
    expect((await host.undoLast()).ok).toBe(true);
    expect(excel.doc.sheets[0].peek(16, 6)).toMatchObject({ value: 1.5, formula: "=F17*0.5", format: "0.0" });
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});
