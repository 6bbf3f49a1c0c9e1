// A column the workbook hides (<col hidden="1">, written here by ExcelJS as another program would) is read, written and
// said (HIDDEN_COLUMNS) through the .xlsx host; the scored copy keeps it hidden. A hostile part that repeats
// overlapping <col> ranges costs one pass over the sheet's columns.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { applyPlan, readXlsx } from "../../src/xlsx";
import { seedGrid, twoRowSeed } from "../helpers/seedGrid";
import { excelJsXlsx, minimalXlsx, sheetXml } from "./builders";

const SCORE = 6; // 0-based: column G, 得分

/** The two-row seed table as another program writes it, with its 得分 column hidden. */
const workbookWithHiddenColumn = () =>
  excelJsXlsx(seedGrid(twoRowSeed()).sheets[0], (ws) => {
    ws.getColumn(SCORE + 1).hidden = true;
  });

test("the hidden 得分 column is written, the warning names it, the copy keeps it hidden", async () => {
  const wb = readXlsx(await workbookWithHiddenColumn(), "h.xlsx");
  expect([...(wb.grid.sheets[0].hiddenColumns ?? [])]).toEqual([SCORE]);
  const plan = scoreWorkbook(wb.grid, { mode: "score", profile: builtInProfile("central-2020")!, fileName: "h.xlsx" });
  const t = plan.report.tables[0];
  expect(t.indicators.map((i) => i.score)).toEqual([45, 42.63]);
  expect(t.findings.filter((f) => f.code === "HIDDEN_COLUMNS").map((f) => f.message)).toEqual([
    "第G列（得分）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对",
  ]);
  const copy = readXlsx(applyPlan(wb, plan.writes), "h.xlsx");
  expect([...(copy.grid.sheets[0].hiddenColumns ?? [])]).toEqual([SCORE]);
  expect(copy.grid.sheets[0].values[10][SCORE]).toBe(45);
});

test("a <col> range is read whole; ranges that are not hidden, or broken, hide nothing", () => {
  const cols =
    '<cols><col min="2" max="4" width="0" hidden="1"/><col min="5" max="5" width="9"/>' +
    '<col min="x" max="9" hidden="1"/><col min="8" max="7" hidden="1"/></cols>';
  const bytes = minimalXlsx({
    sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', "", cols) }],
  });
  expect([...(readXlsx(bytes, "c.xlsx").grid.sheets[0].hiddenColumns ?? [])]).toEqual([1, 2, 3]);
});

test("a hostile part repeating overlapping ranges 100,000 times stops after one pass's worth of columns", () => {
  // without the budget: 1.6 billion steps (13 s here) and the last range read; with it, the last range is past the budget
  const cols = `<cols>${'<col min="1" max="16383" hidden="1"/>'.repeat(100_000)}<col min="16384" max="16384" hidden="1"/></cols>`;
  const bytes = minimalXlsx({
    sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', "", cols) }],
  });
  const hidden = readXlsx(bytes, "c.xlsx").grid.sheets[0].hiddenColumns;
  expect(hidden?.size).toBe(16_383);
});
