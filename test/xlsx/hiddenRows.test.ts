// A row the workbook hides (<row hidden="1">, written here by ExcelJS as another program would) is read, scored and
// said (HIDDEN_ROWS) through the .xlsx host; the scored copy keeps it hidden. A hidden old header row is no table.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { layoutGrid, NATIONAL, SAMPLE_FIGURES } from "../helpers/layoutGrid";
import { SEED_LAYOUT, seedGrid, twoRowSeed } from "../helpers/seedGrid";
import { excelJsXlsx } from "./builders";

const HIDDEN = SEED_LAYOUT.firstRow + 1; // 0-based: the second indicator row, sheet row 12

/** The two-row seed table as another program writes it, with its second indicator row hidden. */
const workbookWithHiddenRow = () =>
  excelJsXlsx(seedGrid(twoRowSeed()).sheets[0], (ws) => {
    ws.getRow(HIDDEN + 1).hidden = true;
  });

test("the hidden row is read and scored, the warning names it, the copy keeps it hidden", async () => {
  const wb = readXlsx(await workbookWithHiddenRow(), "h.xlsx");
  expect([...(wb.grid.sheets[0].hiddenRows ?? [])]).toEqual([HIDDEN]);
  const plan = scoreWorkbook(wb.grid, { mode: "score", profile: builtInProfile("central-2020")!, fileName: "h.xlsx" });
  const t = plan.report.tables[0];
  expect(t.indicators.map((i) => i.score)).toEqual([45, 42.63]);
  expect(t.findings.filter((f) => f.code === "HIDDEN_ROWS").map((f) => f.message)).toEqual([
    "第12行是隐藏行，其中的指标也参与评分；如不属于本表请删除，否则请取消隐藏后核对",
  ]);
  const copy = readXlsx(applyPlan(wb, plan.writes), "h.xlsx");
  expect([...(copy.grid.sheets[0].hiddenRows ?? [])]).toEqual([HIDDEN]);
});

// An old header (one column more) left hidden right above the header became a table of its own (NO_INDICATORS) and
// took the funding block: the real table's total was written without it (86 良 for 95.5 优 in the red-team's file)
test("a hidden old header row right above the header: one table with its funding block, total written", async () => {
  const grid = layoutGrid(NATIONAL);
  grid.values[6] = ["一级指标", "二级指标", "三级指标", "指标内容", "年度指标值", "实际完成值", "分值", "得分"];
  const bytes = await excelJsXlsx(grid, (ws) => {
    ws.getRow(7).hidden = true;
  });
  const wb = readXlsx(bytes, "h.xlsx");
  const plan = scoreWorkbook(wb.grid, { mode: "score", profile: builtInProfile("central-2020")!, fileName: "h.xlsx" });
  expect(plan.report.tables.map((t) => [t.headerRow, t.funding?.score, t.total, t.grade])).toEqual([
    [8, SAMPLE_FIGURES.funding.score, SAMPLE_FIGURES.total, "优"],
  ]);
  const back = readBack(applyPlan(wb, plan.writes)).get("自评表")!;
  expect(["H5", "G15"].map((ref) => back.get(ref)?.value)).toEqual([7.5, SAMPLE_FIGURES.total]);
});
