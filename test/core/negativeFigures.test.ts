// Figures below zero (a growth rate that fell: -3%, 负3%) score 0 at worst, never below (spec §3): under a range target
// -3% scored -15 of 10. A bare -3 under a percent target is -3 percentage points, not the fraction -300%, and 负 before a
// figure is its minus sign (负3% was read as 3%). A figure below zero against an upper limit (-2万元 against ≤50万元)
// had full marks with nothing said: a cost below zero is a slip, so it waits for a person, unless the row counts a
// change (涨幅, 变动率).

import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string | number) =>
  seedRowOutcome(
    oneRowSeed({
      level1: "效益指标",
      level2: "经济效益指标",
      level3: "营业收入增长率",
      target,
      actual: actual as string,
    }),
  );

test.each([
  ["2%-5%", "-3%"],
  ["2%-5%", "负3%"],
  ["≥5%", "-3%"],
  ["=5%", "-3%"],
])("target %s, completed %s: 0, never below", (target, actual) => {
  expect(scored(target, actual).score).toBe(0);
});

test("负 before a figure is its minus sign; 负责 is a word", () => {
  expect(parseValue("负3%", {})).toMatchObject({ kind: "quantity", value: -3 });
  expect(parseValue("负责3项", {})).toMatchObject({ kind: "quantity", value: 3 });
});

test("a bare -3 under a percent target is -3 percentage points (it was the fraction -300%)", () => {
  expect(scored("≥5%", -3).findings[0]).toBe("UNIT_ASSUMED E11: 实际完成值-3未写单位，按年度指标值的单位“%”理解");
  expect(scored("≥5%", -0.03).findings[0]).toBe("UNIT_ASSUMED E11: 实际完成值-0.03按小数理解为-3%");
});

const row = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "" }));

test("-2万元 against ≤50万元 waits for a person (it had full marks)", () => {
  expect(row("成本指标", "项目总成本", "≤50万元", "-2万元")).toMatchObject({
    score: null,
    findings: expect.arrayContaining([
      "QUALITATIVE_REVIEW E11: 实际完成值“-2万元”是负数，成本、数量或比率不会小于0，不能判为达到年度指标值“≤50万元”" +
        "（写的如是节约额或降幅，请改为实际数）；请填写实际数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分",
    ]),
  });
});

test.each([
  ["成本指标", "项目总成本", "≤50万元", "负2万元"],
  ["成本指标", "人均培训费用", "500元/人", "-300元/人"],
  ["质量指标", "安全事故发生率", "≤1%", "-0.5%"],
  ["数量指标", "投诉次数", "≤10次", "-2次"],
])("%s %s %s against %s waits for a person", (level2, level3, target, actual) => {
  expect(row(level2, level3, target, actual).score).toBeNull();
});

test.each([
  ["效益指标", "物价涨幅", "≤3%", "-1%"],
  ["成本指标", "三公经费变动率", "≤0%", "-5%"],
  ["预算管理", "预算调整率", "≤5%", "-3.2%"],
  ["预算管理", "项目超支率", "≤0%", "-2%"],
  ["成本指标", "项目总成本", "≤50万元", "0万元"],
])("a change, or zero, under a limit is met: %s %s %s against %s", (level2, level3, target, actual) => {
  expect(row(level2, level3, target, actual)).toMatchObject({ score: 90, status: "scored" });
});
