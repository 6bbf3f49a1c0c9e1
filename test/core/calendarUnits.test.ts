// Months, quarters and years are compared in months: 12个月 is 1年 and 2个季度 is 6个月 (in days, 30 × 12 is 360 and
// 1年 365, so 1年 against ≤12个月 scored 9.86). Days against months or years are still compared in days (1个月 = 30天).
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const scored = (target: string, actual: string) => {
  const grid = seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "产出指标", level2: "时效指标", level3: "办理时限", target, actual, weight: 90 }],
  });
  const t = scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" }).report.tables[0];
  const notMet = t.findings.find((f) => f.code === "NOT_MET_NO_REASON");
  return { score: t.indicators[0].score, notMet: notMet?.message ?? null };
};

test.each([
  ["≤12个月", "1年"],
  ["≥1年", "12个月"],
  ["≥2个季度", "6个月"],
  ["≥1年", "4个季度"],
])("%s against %s: met, 90 (was below 90: converted through 360 or 364 days)", (target, actual) => {
  expect(scored(target, actual)).toEqual({ score: 90, notMet: null });
});

test("a longer calendar span: scored in the target's unit", () => {
  expect(scored("≤1年", "13个月")).toEqual({
    score: 83.08,
    notMet: "实际完成值1.0833年高于年度指标值1年，按1/1.0833×90计83.08分，请填写偏差原因",
  });
});

test("days against a month are compared in days, as before (1个月 = 30天)", () => {
  expect(scored("≤30天", "1个月").score).toBe(90);
  expect(scored("≤1个月", "31天").score).toBe(87.1);
});
