// A row the workbook hides (<row hidden="1">, written here by ExcelJS as another program would) is read, scored and
// said (HIDDEN_ROWS) through the .xlsx host; the scored copy keeps it hidden.
import ExcelJS from "exceljs";
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { applyPlan, readXlsx } from "../../src/xlsx";
import { SEED_LAYOUT, seedGrid, twoRowSeed } from "../helpers/seedGrid";

const HIDDEN = SEED_LAYOUT.firstRow + 1; // 0-based: the second indicator row, sheet row 12

async function workbookWithHiddenRow(): Promise<Uint8Array> {
  const grid = seedGrid(twoRowSeed()).sheets[0];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  grid.values.forEach((row, i) => row?.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  ws.getRow(HIDDEN + 1).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

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
