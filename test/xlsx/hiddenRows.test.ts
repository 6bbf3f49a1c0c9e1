// A row the workbook hides (<row hidden="1">, written here by ExcelJS as another program would) is read, scored and
// said (HIDDEN_ROWS) through the .xlsx host; the scored copy keeps it hidden.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { applyPlan, readXlsx } from "../../src/xlsx";
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
