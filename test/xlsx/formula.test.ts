// Moving relative references the way Excel fills a shared formula.
import { shiftFormula } from "../../src/xlsx/formula";

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
