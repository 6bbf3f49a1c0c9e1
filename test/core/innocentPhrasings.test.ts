// Innocent phrasings that this stop's rules (a start is no finish, earlier-year and plan labels, gaps, exceptions,
// totals over a count, lower-is-better names, verbs before a measure, the year's count) must leave scored as before.
// Each was found by reading the rules against realistic cells; the first versions of the rules got them wrong.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "" }));

test.each([
  // names that hold a bad thing's word but count what is dealt with (≥, as the default)
  ["效益指标", "拖欠农民工工资清偿率", "100%", "92%", 82.8],
  ["效益指标", "信访接待人次", "500人次", "400人次", 72],
  ["效益指标", "不良贷款清收率", "80%", "60%", 67.5],
  // a subset's word between the figure and the measure is no verb of checking
  ["质量指标", "合格率", "≥95%", "抽检100批次中3批次复检合格", 90],
  // a total beside more than one count, or beside a second sum: which divides which is a guess
  ["成本指标", "人均成本", "≤100元/人次", "总费用60万元，服务1万人，5000人次", 0.02],
  // (the sum spent, 执行80万元, is the figure reached after the budget: 0.1, was 0.08 by 预算100万元)
  ["成本指标", "单位成本", "≤900元/人", "预算100万元，执行80万元，培训1000人", 0.1],
  ["成本指标", "人均培训费", "≤500元/人", "总费用50万元，培训教师100人，服务学生1000人", 0.09],
  // the year's count after a weekly frequency, against a weekly target
  ["数量指标", "巡查次数", "每周1次", "每周1次，全年52次", 90],
  // the approval counted, a name of an earlier year, an earlier year's noun, this year's figure after it
  ["数量指标", "项目批复数量", "≥10个", "批复12个", 90],
  ["数量指标", "上年度项目完成数", "≥10个", "上年度项目完成12个", 90],
  ["数量指标", "偿还欠款", "≥100万元", "去年欠款偿还120万元", 90],
  ["数量指标", "培训人次", "≥1000人次", "上年度结转培训任务完成，全年培训1200人次", 90],
  ["经济效益指标", "增长率", "≥5%", "上年增长8%", 90],
  // a plan said done in full
  ["数量指标", "培训人次", "≥1000人次", "计划培训1000人次，已全部完成", 90],
  ["数量指标", "发放资金", "≥100万元", "原定100万元，已全部发放", 90],
  // a name counting the gap itself
  ["数量指标", "资金缺口", "≤50万元", "缺口30万元", 90],
  // a finish said after the start
  ["时效指标", "项目完成时间", "2021年12月", "2021年4月开工，11月通车", 90],
  // a bracket adding work, saying none was late, or carving out holidays
  ["质量指标", "合规性", "合规", "合规（除外部审计外另开展内审1次）", 90],
  ["时效指标", "完成时限", "按时完成", "按时完成（未超出工期）", 90],
  ["时效指标", "拨付及时性", "按时拨付", "按时拨付（节假日除外）", 90],
  // 在建 naming what is counted
  ["数量指标", "检查工地", "≥50个", "检查50个在建工地", 90],
  // a survey done answers a survey's completion rate
  ["满意度指标", "满意度调查完成率", "100%", "已完成满意度调查", 90],
])("%s %s %s against %s: %d of 90", (level2, level3, target, actual, score) => {
  expect(row(level2, level3, target, actual).score).toBe(score);
});

test("检查50个在建工地 is counted without a review", () => {
  expect(row("数量指标", "检查工地", "≥50个", "检查50个在建工地").findings).toEqual([
    "REMARK_IGNORED E11: 实际完成值“检查50个在建工地”按50个在建工地计分，说明“检查”未参与计分",
  ]);
});
