// Reading every workbook of the fixtures README (the project's copies): real cell values, formats, merges, formulas, as the core will see them.
import { cellAt, formatAt, formulaAt, parseA1, type SheetGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/xlsx";
import { readmeWorkbooks, workbookBytes } from "../helpers/fixtures";

function at(sheet: SheetGrid, ref: string) {
  const p = parseA1(ref)!;
  return {
    value: cellAt(sheet, p.row, p.col),
    format: formatAt(sheet, p.row, p.col),
    formula: formulaAt(sheet, p.row, p.col),
  };
}

function nonEmpty(sheet: SheetGrid): number {
  return sheet.values.reduce((n, row) => n + row.filter((v) => v !== null).length, 0);
}

const PROJECT_LAYOUTS = [
  "project-gansu-2021.xlsx",
  "foreign/project-gansu-2021-openpyxl.xlsx",
  "foreign/project-gansu-2021-libreoffice.xlsx",
];

describe("readXlsx on the fixtures README's workbooks", () => {
  test("every workbook opens with non-empty sheets and rectangular-safe rows", () => {
    const names = readmeWorkbooks();
    expect(names.length).toBe(11);
    for (const name of names) {
      const wb = readXlsx(workbookBytes(name), name);
      expect(wb.grid.name).toBe(name);
      expect(wb.grid.sheets.length).toBeGreaterThan(0);
      const main = wb.grid.sheets[0];
      expect(nonEmpty(main)).toBeGreaterThan(20);
      for (const sheet of wb.grid.sheets)
        for (const row of sheet.values) expect(row.every((v) => v !== undefined)).toBe(true);
    }
  });

  test.each(PROJECT_LAYOUTS)("%s: the project table as typed, whatever wrote it", (name) => {
    const sheet = readXlsx(workbookBytes(name), name).grid.sheets[0];
    expect(sheet.name).toBe("绩效自评表");
    expect(at(sheet, "D17").value).toBe("≥15篇");
    expect(at(sheet, "E17").value).toBe("11篇");
    expect(at(sheet, "F17").value).toBe(3);
    expect(at(sheet, "D40").value).toBe("≥90%");
    expect(at(sheet, "E40").value).toBe(">90%");
    expect(at(sheet, "E5").value).toBe(245.77);
    expect(at(sheet, "F41").value).toBe(100);
    expect(at(sheet, "G5").format).toBe("0.00%");
    expect(nonEmpty(sheet)).toBe(164);
    expect(sheet.merges).toContainEqual({ r1: 10, c1: 0, r2: 30, c2: 0 });
    expect(sheet.merges).toHaveLength(11);
    expect(sheet.protected).toBeUndefined();
  });

  test("the -submitted copies hold printed rates with a 0.00% format", () => {
    const project = readXlsx(workbookBytes("project-gansu-2021-submitted.xlsx"), "p").grid.sheets[0];
    expect(at(project, "I5")).toEqual({ value: 0.768, format: "0.00%", formula: null });
    expect(at(project, "J5").value).toBe(7.68);
    expect(project.origin).toEqual({ row: 0, col: 2 });
    const department = readXlsx(workbookBytes("department-gansu-2021-submitted.xlsx"), "d").grid.sheets[0];
    expect(at(department, "I5")).toEqual({ value: 0.5943, format: "0.00%", formula: null });
    expect(at(department, "J5").value).toBe(5.94);
  });

  test("two sheets keep their order and names", () => {
    const wb = readXlsx(workbookBytes("two-sheets-gansu-2021.xlsx"), "two");
    expect(wb.grid.sheets.map((s) => s.name)).toEqual(["附件1", "附件2"]);
    expect(at(wb.grid.sheets[1], "C11").value).toBe("资金投入");
    expect(at(wb.grid.sheets[1], "D11").value).toBe("基本支出预算执行率");
    expect(at(wb.grid.sheets[1], "E5").value).toBe(1787.26);
  });

  test("foreign workbooks: the 汇总 sheet's formulas and cached results", () => {
    const lo = readXlsx(workbookBytes("foreign/project-gansu-2021-libreoffice.xlsx"), "lo").grid.sheets[1];
    expect(lo.name).toBe("汇总");
    expect(at(lo, "B1")).toEqual({ value: 90, format: null, formula: "SUM(分值列)" });
    expect(at(lo, "B2")).toEqual({ value: 0, format: null, formula: "SUM(绩效自评表!G11:G40)" });
    const py = readXlsx(workbookBytes("foreign/project-gansu-2021-openpyxl.xlsx"), "py").grid.sheets[1];
    // openpyxl writes formulas without cached values.
    expect(at(py, "B2")).toEqual({ value: null, format: null, formula: "SUM('绩效自评表'!G11:G40)" });
    expect(at(py, "A1").value).toBe("分值合计");
  });

  test("LibreOffice rich-text shared strings are joined run by run", () => {
    const sheet = readXlsx(workbookBytes("foreign/project-gansu-2021-libreoffice.xlsx"), "lo").grid.sheets[0];
    // E17 is stored as two runs "11" + "篇" in sharedStrings.xml.
    expect(at(sheet, "E17").value).toBe("11篇");
  });

  test("the department table: targets, split layout and an offset origin", () => {
    const dept = readXlsx(workbookBytes("department-gansu-2021.xlsx"), "d").grid.sheets[0];
    expect(at(dept, "C11").value).toBe("基本支出预算执行率");
    expect(at(dept, "D11").value).toBe("100%");
    const split = readXlsx(workbookBytes("project-gansu-2021-split.xlsx"), "s").grid.sheets[0];
    expect(at(split, "H17").value).toBe(15);
    expect(at(split, "F17").value).toBe("形成调研报告数量");
  });
});
