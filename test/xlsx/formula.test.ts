// Moving relative references the way Excel fills a shared formula; score formulas without results through the host.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { shiftFormula } from "../../src/xlsx/formula";
import { layoutGrid, NATIONAL, SAMPLE_FIGURES } from "../helpers/layoutGrid";
import { excelJsXlsx } from "./builders";

describe("shiftFormula", () => {
  test.each([
    ["F11*G11/100", 2, 0, "F13*G13/100"],
    ["$F$11*G11", 3, 1, "$F$11*H14"],
    ["F$11+$G11", 1, 1, "G$11+$G12"],
    ["SUM(G11:G40)", 1, 0, "SUM(G12:G41)"],
    ["SUM(绩效自评表!G11:G40)", 0, 1, "SUM(绩效自评表!H11:H40)"],
    ["SUM('绩效 自评表'!G11:G40)", 1, 0, "SUM('绩效 自评表'!G12:G41)"],
    ['IF(A1="B2","C3",A1)', 1, 0, 'IF(A2="B2","C3",A2)'],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["SUM(A:A)+SUM(1:1)", 2, 1, "SUM(B:B)+SUM(3:3)"],
    ["SUM(分值列)*B1", 1, 0, "SUM(分值列)*B2"],
    ["AB1!C2+Table1[得分]", 1, 0, "AB1!C3+Table1[得分]"],
    ["A1", -1, 0, "#REF!"],
    ["A1", 0, 0, "A1"],
  ])("%s moved by (%i, %i) → %s", (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});

// rt9 x50b/x61: score formulas saved without results (by a generator, or WPS with shared formulas) were kept with no
// finding, and the total written beside them disagreed with what they show once calculated.
describe("score cells holding formulas without a result, through the .xlsx host", () => {
  const scoreRows = [9, 10, 11, 12, 13, 14];
  test.each(["plain", "shared"])("%s formulas: kept, each said, the total written", async (kind) => {
    // no result: ExcelJS writes <f> without <v>; a shared formula is written once (G9) and filled down
    const formulaAt = (r: number) =>
      kind === "plain"
        ? { formula: `F${r}` }
        : r === 9
          ? { formula: "F9", shareType: "shared", ref: "G9:G14" }
          : { sharedFormula: "G9" };
    const bytes = await excelJsXlsx(layoutGrid(NATIONAL), (ws) => {
      for (const r of scoreRows) ws.getCell(`G${r}`).value = formulaAt(r) as never;
    });
    const wb = readXlsx(bytes, "f.xlsx");
    const plan = scoreWorkbook(wb.grid, {
      mode: "score",
      profile: builtInProfile("central-2020")!,
      fileName: "f.xlsx",
    });
    const table = plan.report.tables[0];
    expect(table.total).toBe(SAMPLE_FIGURES.total);
    expect(table.findings.filter((f) => f.code === "SCORE_DIFFERS").map((f) => [f.cell, f.message])).toEqual(
      scoreRows.map((r, i) => [
        `G${r}`,
        `原得分的公式“=F${r}”没有计算结果（请在Excel中重新计算并保存），` +
          `按规则应为${SAMPLE_FIGURES.scores[i].toFixed(2)}分（单元格为公式，未改动）`,
      ]),
    );
    const back = readBack(applyPlan(wb, plan.writes)).get("自评表")!;
    expect(scoreRows.map((r) => back.get(`G${r}`)?.formula)).toEqual(scoreRows.map((r) => `F${r}`));
    expect(back.get("G15")?.value).toBe(SAMPLE_FIGURES.total);
  });
});
