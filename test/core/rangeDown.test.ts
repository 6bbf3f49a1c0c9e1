// A range target on a lower-is-better row (a cost, 人均…费, a time limit in a 时效 row) is a band to stay under:
// 3000-5000元 against 5200元 had full marks with "请分析指标值设定偏低的原因" (over-achievement), and 2800元 lost points
// for being below the range. Now above the range scores w × upper / completed, below it is met; other rows keep the
// spec's range rule.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

/** The outcome of a one-row table whose row weighs 10. */
const run = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "", weight: 10 }));
const rowFindings = (o: ReturnType<typeof run>) => o.findings.filter((f) => / [A-Z]11:/.test(f));

describe("a range on a lower-is-better row", () => {
  test("单位成本 3000-5000元 against 5200元: 5000/5200 × 10 = 9.62, a reason asked (was full marks, over-achieved)", () => {
    const o = run("成本指标", "单位成本", "3000-5000元", "5200元");
    expect([o.score, o.status]).toEqual([9.62, "scored"]);
    expect(rowFindings(o)).toEqual([
      "NOT_MET_NO_REASON H11: 实际完成值5200元高于年度指标值5000元，高于区间上限，按5000/5200×10计9.62分，请填写偏差原因",
    ]);
  });

  test.each([
    ["成本指标", "单位成本", "3000-5000元", "2800元"],
    ["成本指标", "单位成本", "3000-5000元", "4000元"],
    ["时效指标", "办结时限", "3-5个工作日", "2个工作日"],
  ])("%s %s %s against %s: met, full marks, nothing to say", (level2, level3, target, actual) => {
    const o = run(level2, level3, target, actual);
    expect([o.score, rowFindings(o)]).toEqual([10, []]);
  });

  test("a time limit 3-5个工作日 against 7个工作日: 5/7 × 10 = 7.14", () => {
    expect(run("时效指标", "办结时限", "3-5个工作日", "7个工作日").score).toBe(7.14);
  });

  test("a completed range counts at its upper end: 4800-5200元 is 5200元", () => {
    const o = run("成本指标", "单位成本", "3000-5000元", "4800-5200元");
    expect(o.score).toBe(9.62);
    expect(rowFindings(o)[0]).toBe("APPROXIMATE_VALUE E11: 实际完成值“4800-5200元”是一个区间，按上限5200元计算");
  });
});

describe("other rows keep the spec's range rule", () => {
  test("培训次数 3-5次 against 6次: full marks, over-achieved; against 2次: 2/3 × 10", () => {
    const over = run("数量指标", "培训次数", "3-5次", "6次");
    expect([over.score, rowFindings(over)[0]?.slice(0, 17)]).toEqual([10, "OVER_ACHIEVED H11"]);
    expect(run("数量指标", "培训次数", "3-5次", "2次").score).toBe(6.67);
  });

  test("预算执行率 90%-100% in a 成本指标 row is higher-is-better by its name: 85% scores 85/90 × 10", () => {
    expect(run("成本指标", "预算执行率", "90%-100%", "85%").score).toBe(9.44);
  });
});
