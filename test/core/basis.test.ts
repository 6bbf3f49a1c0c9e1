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
  // another count as a basis (was compared as it stood: 4800元/套 against 5000元/台 had full marks)
  ["维修费", "≤5000元/台", "4800元/套", "元/台", "元/套"],
  ["服务费", "≤50元/次", "45元/人", "元/次", "元/人"],
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
  // the same basis in other spellings, and a person-day written three ways
  ["单位面积成本", "≤50元/平方米", "48元/m²"],
  ["PM2.5浓度", "≤35μg/m³", "32微克/立方米"],
  ["培训费", "≤310元/人天", "300元/人/天"],
  ["培训费", "≤310元/人·天", "300元/人/天"],
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
  ["3.5元/斤", "斤"],
  ["300元/人/天", "人"],
])("the basis of %s is %p", (text, basis) => {
  expect(basisOf(text)?.text ?? null).toBe(basis);
});

// 每人每月500元 was 500元 with 每人每月 as a remark (the period after a basis was not read), so 500元/人/月, read as 6000元
// for the year, scored 7.5 of 90 against it
test.each([
  ["每人每月500元", "500元/人/月"],
  ["每人每月500元", "每人每年6000元"],
  ["人均每月500元", "500元/月"],
])("%s against %s: the same, full marks", (target, actual) => {
  const r = seedRowOutcome(oneRowSeed({ level2: "成本指标", level3: "补助标准", target, actual }));
  expect(r.score).toBe(90);
});

// A basis in another unit of the same measure was compared as it stood (6.4元/公斤 against ≤3.5元/斤 scored 49.22,
// 12万元/公顷 against ≤8万元/亩 60), then not at all (UNIT_MISMATCH): the figure is restated per the target's basis,
// and said
test.each([
  ["单价", "≤3.5元/斤", "6.4元/公斤", 90, "3.2元/斤"],
  ["单价", "≤3.5元/斤", "7.6元/公斤", 82.89, "3.8元/斤"],
  ["单价", "≤3500元/吨", "3.8元/公斤", 82.89, "3800元/吨"],
  ["单价", "≤8万元/亩", "12万元/公顷", 90, "0.8万元/亩"],
  ["单位面积成本", "≤50元/平方米", "4.8万元/亩", 62.5, "72元/平方米"],
])("%s %s against %s: %d of 90, restated as %s", (name, target, actual, score, restated) => {
  const r = scored(name, target, actual);
  expect(r.score).toBe(score);
  expect(r.findings[0]).toBe(`UNIT_ASSUMED E11: 实际完成值“${actual}”按年度指标值的计量基数换算为${restated}`);
});

// A total beside the count of the target's basis was compared with the figure per basis: 总费用50万元，培训1000人 against
// ≤500元/人 was 500000元 against 500元, 0.09 of 90.
describe("a total beside its count", () => {
  const cost = (level3: string, target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "成本指标", level3, target, actual, reason: "" }));
  test.each([
    ["人均培训费", "≤500元/人", "总费用50万元，培训1000人", 90, "500元/人"],
    ["人均培训费", "≤500元/人", "总费用60万元，培训1000人", 75, "600元/人"],
    ["亩均投资", "≤2000元/亩", "总投资220万元，1000亩", 81.82, "2200元/亩"],
  ])("%s %s against %s: %d of 90, restated as %s and said", (level3, target, actual, score, restated) => {
    const r = cost(level3, target, actual);
    expect([r.score, r.findings[0]]).toEqual([
      score,
      `UNIT_ASSUMED E11: 实际完成值“${actual}”按年度指标值的计量基数换算为${restated}`,
    ]);
  });
  test("a figure already per person beside the count keeps its reading: 480元，培训1000人", () => {
    expect(cost("人均培训费", "≤500元/人", "480元，培训1000人").findings).toEqual([
      "REMARK_IGNORED E11: 实际完成值“480元，培训1000人”按480元计分，说明“培训1000人”未参与计分",
    ]);
  });
});
