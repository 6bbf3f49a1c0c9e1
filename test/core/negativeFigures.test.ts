// Figures below zero (a growth rate that fell: -3%, 负3%) score 0 at worst, never below (spec §3): under a range target
// -3% scored -15 of 10. A bare -3 under a percent target is -3 percentage points, not the fraction -300%, and 负 before a
// figure is its minus sign (负3% was read as 3%).

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
