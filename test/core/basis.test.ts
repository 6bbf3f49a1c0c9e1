// The basis a figure is counted per (元/人, 人均, 每户): a target per person and a completed value per household are
// in different units though both say 元. They were compared as they stood (人均增收 ≥500元 against 户均增收1200元:
// full marks with an over-achievement warning).
import { basisOf } from "../../src/core/score/basis";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level1: "效益指标", level2: "经济效益指标", level3, target, actual }));

test.each([
  ["人均增收", "≥500元/人", "1200元/户", "元/人", "元/户"],
  ["人均增收", "≥500元", "户均增收1200元", "元/人", "元/户"],
  ["户均增收", "≥1000元", "人均增收600元", "元/户", "元/人"],
  ["单位面积成本", "≤50元/平方米", "4.8万元/亩", "元/平方米", "万元/亩"],
])("%s %s against %s: units %s and %s, not scored", (name, target, actual, tu, au) => {
  const r = scored(name, target, actual);
  expect([r.score, r.status, r.findings[0]]).toEqual([
    null,
    "unreadable",
    `UNIT_MISMATCH E11: 年度指标值的单位“${tu}”与实际完成值的单位“${au}”不一致，无法比较，请统一计量单位`,
  ]);
});

test.each([
  ["人均培训费", "≤310元", "305元/人次"],
  ["人均培训费", "≤310元", "305元"],
  ["单位面积成本", "≤50元/平方米", "48元/㎡"],
  ["人均增收", "≥500元/人", "600元/人"],
  ["生均经费", "≥500元", "600元/人"],
])("%s %s against %s: one basis, or none said on a side: scored", (name, target, actual) => {
  expect(scored(name, target, actual).score).toBe(90);
});

test.each([
  ["1200元/户", "户"],
  ["人均增收600元", "人"],
  ["每亩250元", "亩"],
  ["2次/月", null],
  ["每月1次", null],
  ["1200元", null],
])("the basis of %s is %p", (text, basis) => {
  expect(basisOf(text)).toBe(basis);
});
