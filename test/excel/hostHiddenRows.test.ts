// Hidden rows through the Excel host, in the same reads as the cells (no extra sync): ExcelApi 1.9 names them
// (Range.getRowProperties), 1.2-1.8 can only say some are hidden (Range.rowHidden), 1.1 cannot tell.
import type { WorkbookGrid } from "../../src/core";
import { FakeExcel } from "../fakes/fakeExcel";
import { generateProjectGrid } from "../fakes/generateTable";
import { central, fixtureGrid, hostOn } from "./harness";

const FIVE_MB = 5 * 1024 * 1024;
/** The fixture with its second indicator row (0-based 10: sheet row 11) hidden. */
const HIDDEN = 10;
function hiddenGrid(): WorkbookGrid {
  const grid = fixtureGrid("project-gansu-2021.xlsx");
  grid.sheets[0].hiddenRows = new Set([HIDDEN]);
  return grid;
}
const hiddenFindings = (outcome: Awaited<ReturnType<ReturnType<typeof hostOn>["run"]>>) =>
  outcome.report.tables.flatMap((t) => t.findings.filter((f) => f.code === "HIDDEN_ROWS").map((f) => f.message));

test.each(["1.9", "1.18"])("ExcelApi %s: the hidden row is named, in the same two syncs as without", async (api) => {
  const excel = FakeExcel.fromGrid(hiddenGrid(), { api });
  const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
  expect(hiddenFindings(outcome)).toEqual([
    "第11行是隐藏行，其中的指标也参与评分；如不属于本表请删除，否则请取消隐藏后核对",
  ]);
  expect(outcome.report.tables[0].total).toBe(96.88);
  const plain = await hostOn(FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api })).run({
    mode: "score",
    profile: central,
    marks: "all",
  });
  expect(outcome.syncs).toBe(plain.syncs);
  expect(hiddenFindings(plain)).toEqual([]);
});

test.each(["1.2", "1.4", "1.7"])("ExcelApi %s: the sheet has hidden rows, which is not known", async (api) => {
  const outcome = await hostOn(FakeExcel.fromGrid(hiddenGrid(), { api })).run({
    mode: "score",
    profile: central,
    marks: "all",
  });
  expect(hiddenFindings(outcome)).toEqual([
    "本工作表有隐藏行（此版本Excel无法确定是哪几行），隐藏行中的指标也参与评分，请取消隐藏后核对",
  ]);
  const plain = await hostOn(FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api })).run({
    mode: "score",
    profile: central,
    marks: "all",
  });
  expect(hiddenFindings(plain)).toEqual([]);
});

test("ExcelApi 1.1 (Excel 2016) cannot tell: nothing said, the run as before", async () => {
  const outcome = await hostOn(FakeExcel.fromGrid(hiddenGrid(), { api: "1.1" })).run({
    mode: "score",
    profile: central,
    marks: "all",
  });
  expect(hiddenFindings(outcome)).toEqual([]);
  expect(outcome.report.tables[0].total).toBe(96.88);
});

test("a sheet read in blocks on Excel on the web: the hidden rows of every block, and its hidden columns", async () => {
  const grid = generateProjectGrid(30_000);
  grid.sheets[0].hiddenRows = new Set([20, 29_000]);
  grid.sheets[0].hiddenColumns = new Set([6]);
  const excel = FakeExcel.fromGrid(grid, { payloadLimit: FIVE_MB });
  const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
  expect(outcome.refused).toBeNull();
  expect(outcome.notices.join()).toMatch(/已分\d+次读取/);
  expect(hiddenFindings(outcome)).toEqual([
    "第21、29001行是隐藏行，其中的指标也参与评分；如不属于本表请删除，否则请取消隐藏后核对",
  ]);
  const columns = outcome.report.tables.flatMap((t) => t.findings.filter((f) => f.code === "HIDDEN_COLUMNS"));
  expect(columns.map((f) => f.message)).toEqual([
    "第G列（得分）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对",
  ]);
}, 60_000);
