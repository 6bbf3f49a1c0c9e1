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

describe("a length in two units of time (1年3个月, 1小时30分) is their sum, in the smaller", () => {
  test.each([
    ["≤12个月", "1年3个月", 72, "实际完成值15个月高于年度指标值12个月，按12/15×90计72.00分，请填写偏差原因"],
    ["≤12个月", "1年零3个月", 72, "实际完成值15个月高于年度指标值12个月，按12/15×90计72.00分，请填写偏差原因"],
    ["≤12个月", "一年零三个月", 72, "实际完成值15个月高于年度指标值12个月，按12/15×90计72.00分，请填写偏差原因"],
    ["≤1小时", "1小时30分", 60, "实际完成值1.5小时高于年度指标值1小时，按1/1.5×90计60.00分，请填写偏差原因"],
    ["≤1小时", "1小时30分钟", 60, "实际完成值1.5小时高于年度指标值1小时，按1/1.5×90计60.00分，请填写偏差原因"],
    ["≤24小时", "1天2小时", 83.08, "实际完成值26小时高于年度指标值24小时，按24/26×90计83.08分，请填写偏差原因"],
    ["≤2年", "2年3个月", 80, "实际完成值2.25年高于年度指标值2年，按2/2.25×90计80.00分，请填写偏差原因"],
    ["≤1年6个月", "1年8个月", 81, "实际完成值20个月高于年度指标值18个月，按18/20×90计81.00分，请填写偏差原因"],
  ])("%s against %s: %d (was 90 on one of the parts, or a person)", (target, actual, score, notMet) => {
    expect(scored(target, actual)).toEqual({ score, notMet });
  });

  test.each([
    ["≤3天", "2天3小时"],
    ["2小时以内", "1小时30分钟"],
    ["≤2天", "1天12小时"],
  ])("%s against %s: within it, 90 (was a person's)", (target, actual) => {
    expect(scored(target, actual)).toEqual({ score: 90, notMet: null });
  });
});

// 5个多月 was 5个 (a count), 7个自然日 7个, 5个多工作日 5个: UNIT_MISMATCH naming a unit the cell does not have
describe("a little over inside 个, and calendar days", () => {
  test.each([
    ["≤6个月", "5个多月", 90],
    ["≤4小时", "3个多小时", 90],
    ["≤7天", "7个自然日", 90],
    ["≤7个自然日", "5天", 90],
  ])("%s against %s: %d", (target, actual, score) => {
    expect(scored(target, actual).score).toBe(score);
  });

  test("calendar days against working days are not compared (a week of 7 calendar days is 5 working days)", () => {
    expect(scored("≤5个工作日", "7个自然日").score).toBeNull();
    expect(scored("≤10个自然日", "8个工作日").score).toBeNull();
  });
});
