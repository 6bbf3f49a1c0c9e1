// Targets at or below zero (≥0, ≤-5%, -5%~-3%) and falls written below zero: the spec's ratios (w × B / A, w × A / B)
// turn round when both figures are below zero, so a floor at or below zero, a cap below zero and such ranges are
// scored on the size of the fall. ≥0 against -3% and ≥-5% against -8% had full marks and said nothing.

import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (level3: string, target: string, actual: string, level2 = "经济效益指标") =>
  seedRowOutcome(oneRowSeed({ level1: "效益指标", level2, level3, target, actual }));

const reasonOf = (o: { findings: string[] }) => o.findings.find((f) => f.startsWith("NOT_MET_NO_REASON"));

test.each([
  // a floor of 0 (no fall) missed by a fall: 0, said as such
  ["营业收入增长率", "≥0", "-3%", 0, "年度指标值为0，低于即计0.00分"],
  ["营业收入增长率", "≥0%", "下降3%", 0, "年度指标值为0，低于即计0.00分"],
  ["从业人数增长", "≥0人", "-3人", 0, "年度指标值为0，低于即计0.00分"],
  // a floor below zero (a fall of at most 5 %) missed by a larger fall: the fall allowed over the fall made
  ["营业收入增长率", "≥-5%", "-8%", 56.25, "按-5/-8×90计56.25分"],
  ["营业收入增长率", "≥-5%", "-3%", 90, null],
  // a cap below zero (a fall of at least 5 %): the fall made over the fall asked, 0 for no fall or a rise
  ["成本变动率", "≤-5%", "-3%", 54, "按-3/-5×90计54.00分"],
  ["成本变动率", "≤-5%", "-8%", 90, null],
  ["成本变动率", "≤-5%", "0%", 0, "年度指标值为-5，超出即计0.00分"],
  ["成本变动率", "≤-5%", "2%", 0, "年度指标值为-5，超出即计0.00分"],
  // = compares two figures below zero by size
  ["营业收入增长率", "=-5%", "-3%", 54, "按较小值/较大值×90计54.00分"],
  // a range's lower bound below zero is such a floor (it was "按-5/-2×90计0.00分")
  ["营业收入增长率", "-2%~2%", "-5%", 36, "按-2/-5×90计36.00分"],
])("%s %s against %s: %s", (name, target, actual, score, said) => {
  const o = scored(name, target, actual);
  expect(o.score).toBe(score);
  if (said === null) expect(reasonOf(o)).toBeUndefined();
  else expect(reasonOf(o)).toContain(said);
});

test("a range of two figures below zero reads its second minus sign (-5%~-3% was -5 to 3)", () => {
  for (const text of ["-5%~-3%", "-5%至-3%", "-5~-3%", "-5%--3%"])
    expect(parseValue(text, {})).toMatchObject({ kind: "quantity", value: -5, high: -3 });
  // a double dash between figures above zero is still one separator
  expect(parseValue("3--5次", {})).toMatchObject({ kind: "quantity", value: 3, high: 5 });
});

test("a bare target below zero asks a fall at least that large, unless the name says a rise", () => {
  const fall = scored("用水量变化率", "-5%", "-3%");
  expect(fall.findings).toContain(
    "DIRECTION_INFERRED D11: 年度指标值“-5%”未写方向，指标值为负数（下降），推定为≤（降幅不低于指标值）",
  );
  expect(fall.score).toBe(54);
  expect(scored("用水量变化率", "-5%", "-8%").score).toBe(90);
  // 收入增长率 -5%: a fall of at most 5 % (the default ≥)
  expect(scored("营业收入增长率", "-5%", "-3%").score).toBe(90);
  expect(scored("营业收入增长率", "-5%", "-8%").score).toBe(56.25);
});

test("a range below zero on a row that runs lower: a smaller fall above it, a rise 0", () => {
  expect(scored("单位能耗变化率", "-5%~-3%", "-6%").score).toBe(90);
  expect(reasonOf(scored("单位能耗变化率", "-5%~-3%", "-2%"))).toContain(
    "实际完成值-2%高于年度指标值-3%，按-2/-3×90计60.00分",
  );
  expect(scored("运行成本变动率", "-5%~-3%", "1%", "成本指标").score).toBe(0);
});

test("a fall written below zero against a fall asked counts its size, said in blue", () => {
  const o = scored("单位能耗变化率", "下降5%", "-8%");
  expect(o.score).toBe(90);
  expect(o.findings).toContain(
    "UNIT_ASSUMED E11: 实际完成值“-8%”为负数，年度指标值“下降5%”要求的是下降幅度，按降幅8%计算",
  );
  expect(scored("单位能耗", "较上年下降5%", "-3%").score).toBe(54);
  // a rise asked is not met by a fall
  expect(scored("人口增长率", "提高5%", "-3%").score).toBe(0);
});

test("under a name counting a change with its sign, a target asking a fall sets the completed change's word", () => {
  // 下降3% was -3 against the target's 5 (0 of 90)
  expect(scored("单位能耗变化率", "下降5%", "下降3%").score).toBe(54);
  const rise = scored("单位能耗变化率", "下降5%", "上升3%");
  expect(rise.score).toBe(0);
  expect(rise.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW E11"))).toBe(true);
  // with no change asked, a fall under such a name is below zero as before
  expect(scored("三公经费变动率", "≤0", "下降5.2%").score).toBe(90);
});

test("against a target below zero, a fall in words is below zero too, also on an earlier year", () => {
  // 下降3% against 事故发生率 ≤-5% was +3 with a review (0 of 90); 同比下降3% waited as a difference
  const fall = scored("事故发生率", "≤-5%", "下降3%");
  expect(fall.score).toBe(54);
  expect(fall.findings).toContain("UNIT_ASSUMED E11: 实际完成值“下降3%”写的是“下降”，按变动-3%计算");
  expect(scored("事故发生率", "-5%", "同比下降8%").score).toBe(90);
  expect(scored("事故发生率", "≤-5%", "上升3%").score).toBe(0);
});

test("a range across zero is a band around no change on a row of no direction: below it the floor's ratio", () => {
  // -8% against -2%~2% was met (read as a fall asked, a row running lower)
  expect(reasonOf(scored("用水量变化率", "-2%~2%", "-8%"))).toContain("按-2/-8×90计22.50分");
  // on a row that runs lower (发生率) below the band is met, as before
  expect(scored("事故发生率", "-2%~2%", "-8%").score).toBe(90);
});
