// A length of time without a comparator took the default ≥ outside a 时效 row: 响应时间 24小时 against 36小时 had full marks
// as "over-achieved", 审批时限 20个工作日 against 15个工作日 lost 22.5 of 90 for being quick. A name for the time allowed
// for a piece of work (…时限, …周期, an action's 时间 or 时长) makes it a time limit in any row, said by the name.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "x" }));

test.each([
  ["质量指标", "响应时间", "24小时", "36小时", 60, "响应时间"],
  ["质量指标", "平均办结时限", "5个工作日", "7个工作日", 64.29, "时限"],
  ["服务对象满意度指标", "办理时限", "3天", "2天", 90, "时限"],
  ["质量指标", "审批时限", "20个工作日", "15个工作日", 90, "时限"],
  ["质量指标", "建设周期", "12个月", "14个月", 77.14, "周期"],
  ["数量指标", "到达现场时间", "30分钟", "25分钟", 90, "到达现场时间"],
  // rt8 D: time spent waiting (it had full marks as over-achieved)
  ["质量指标", "平均等候时间", "15分钟", "20分钟", 67.5, "等候时间"],
  ["服务对象满意度指标", "窗口排队时间", "10分钟", "12分钟", 75, "排队时间"],
])("%s %s, %s against %s: %d of 90, ≤ by the name", (level2, level3, target, actual, score, keyword) => {
  const r = row(level2, level3, target, actual);
  expect(r.score).toBe(score);
  expect(r.findings).toContain(
    `DIRECTION_INFERRED D11: 年度指标值“${target}”未写方向，按指标名称中的“${keyword}”推定为≤（越低越好）`,
  );
});

test.each([
  ["培训时间", "40小时", "32小时", 72],
  ["服务时长", "2000小时", "2100小时", 90],
])("%s %s against %s: time given, not allowed, stays ≥ (%d of 90)", (level3, target, actual, score) => {
  expect(row("质量指标", level3, target, actual).score).toBe(score);
});

test("a range on such a row is a band to stay under: 响应时间 1-3天 against 4天 is 3/4 of 90", () => {
  expect(row("质量指标", "响应时间", "1-3天", "4天").score).toBe(67.5);
});
