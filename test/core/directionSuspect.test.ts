// DIRECTION_SUSPECT (spec §7): a higher-is-better rate capped from above (验收合格率 ≤80%), and its mirror, a rate of
// something bad floored from below (投诉率 ≥5%, 事故发生率 ≥1%), which was not flagged.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { isHigherIsBetterRate, isLowerIsBetterRate } from "../../src/core/direction";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** The target findings of a targets-only table with one row named `name` under `target`. */
const flagged = (name: string, target: string, lang: "zh" | "en" = "zh") =>
  scoreWorkbook(
    seedGrid({
      title: "2021年度项目绩效目标表",
      kind: "targets",
      funding: null,
      rows: [{ level1: "产出指标", level2: "质量指标", level3: name, target }],
    }),
    { mode: "score", profile, fileName: "t.xlsx", lang },
  )
    .report.tables[0].findings.filter((f) => f.code === "DIRECTION_SUSPECT")
    .map((f) => `${f.cell}: ${f.message}`);

test.each([
  ["投诉率", "≥5%"],
  ["事故发生率", "≥1%"],
  ["不合格率", ">2%"],
  ["学生辍学率", "≥0.5%"],
])("%s %s: a floor on a rate of something bad (was not flagged)", (name, target) => {
  expect(flagged(name, target)).toEqual([
    `E11: “${name}”越低越好，年度指标值“${target}”却设了下限，请核实方向（应为≤）`,
  ]);
});

test("in English", () => {
  expect(flagged("投诉率", "≥5%", "en")).toEqual([
    'E11: "投诉率" is lower-is-better but the target "≥5%" sets a floor; check the direction (should be ≤)',
  ]);
});

test.each([
  ["投诉率", "≤5%"],
  ["投诉办结率", "≥95%"],
  ["财政供养人员控制率", "≥100%"],
  ["预算调整率", "≥5%"],
  ["事故发生数", "≥1起"],
])("%s %s: not flagged (a cap, a rate of cases dealt with, a rate against a quota, a count)", (name, target) => {
  expect(flagged(name, target)).toEqual([]);
});

test("a cap on a higher-is-better rate is flagged as before", () => {
  expect(flagged("验收合格率", "≤80%")).toEqual([
    "E11: “验收合格率”越高越好，年度指标值“≤80%”却设了上限，请核实方向（应为≥）",
  ]);
});

test("each name is one side or none", () => {
  for (const name of ["投诉率", "验收合格率", "投诉办结率", "控制率", "培训人次"])
    expect(isHigherIsBetterRate(name) && isLowerIsBetterRate(name)).toBe(false);
});
