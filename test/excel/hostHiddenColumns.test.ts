// Hidden columns through the Excel host, in the same reads as the cells (no extra sync): ExcelApi 1.9 names them
// (Range.getColumnProperties), 1.2-1.8 can only say some are hidden (Range.columnHidden), 1.1 cannot tell.
import type { WorkbookGrid } from "../../src/core";
import { FakeExcel } from "../fakes/fakeExcel";
import { central, fixtureGrid, hostOn } from "./harness";

/** The fixture with its 得分 column (G) hidden. */
const SCORE = 6;
function hiddenGrid(): WorkbookGrid {
  const grid = fixtureGrid("project-gansu-2021.xlsx");
  grid.sheets[0].hiddenColumns = new Set([SCORE]);
  return grid;
}
const run = (grid: WorkbookGrid, api: string) =>
  hostOn(FakeExcel.fromGrid(grid, { api })).run({ mode: "score", profile: central, marks: "all" });
const hiddenFindings = (outcome: Awaited<ReturnType<typeof run>>) =>
  outcome.report.tables.flatMap((t) => t.findings.filter((f) => f.code === "HIDDEN_COLUMNS").map((f) => f.message));

test.each(["1.9", "1.18"])("ExcelApi %s: the hidden column is named, in the same syncs as without", async (api) => {
  const outcome = await run(hiddenGrid(), api);
  expect(hiddenFindings(outcome)).toEqual(["第G列（得分）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对"]);
  expect(outcome.report.tables[0].total).toBe(96.88);
  const plain = await run(fixtureGrid("project-gansu-2021.xlsx"), api);
  expect(outcome.syncs).toBe(plain.syncs);
  expect(hiddenFindings(plain)).toEqual([]);
});

test.each(["1.2", "1.4", "1.7"])("ExcelApi %s: the sheet has hidden columns, which is not known", async (api) => {
  expect(hiddenFindings(await run(hiddenGrid(), api))).toEqual([
    "本工作表有隐藏列（此版本Excel无法确定是哪几列），隐藏的指标值、完成值、分值或得分列也会被读取或写入，请取消隐藏后核对",
  ]);
  expect(hiddenFindings(await run(fixtureGrid("project-gansu-2021.xlsx"), api))).toEqual([]);
});

test("ExcelApi 1.1 (Excel 2016) cannot tell: nothing said, the run as before", async () => {
  const outcome = await run(hiddenGrid(), "1.1");
  expect(hiddenFindings(outcome)).toEqual([]);
  expect(outcome.report.tables[0].total).toBe(96.88);
});
