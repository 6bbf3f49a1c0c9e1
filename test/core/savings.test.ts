// A saving or a fall is higher-is-better, in a 成本指标 row too: 成本降低率 5% against 4% had full marks (the name's
// 成本 made it ≤), 节约资金 5万元 against 4万元 too, and a floor on 预算执行率 or 成本节约率 in a 成本指标 row was
// COST_FLOOR ("成本应控制上限"), although the direction rule itself reads those names as ≥.
import { builtInProfile } from "../../src/core";
import { inferDirection } from "../../src/core/direction";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const central = builtInProfile("central-2020")!;

/** The outcome of a one-row table whose row weighs 10. */
const run = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "", weight: 10 }));

describe("the direction of a saving or a fall", () => {
  test.each([
    ["成本指标", "成本降低率", "降低"],
    ["成本指标", "成本下降率", "下降"],
    ["成本指标", "节约资金", "节约"],
    ["成本指标", "节支率", "节支"],
    ["成本指标", "成本节约率", "节约率"],
    ["经济效益指标", "节约成本", "节约成本"],
    ["经济效益指标", "降低运行费用", "降低运行费用"],
    ["成本指标", "压减一般性支出比例", "压减一般性支出"],
    ["生态效益指标", "减少碳排放量", "减少碳排放量"],
    ["社会效益指标", "事故发生率下降", "下降"],
  ])("%s %s: ≥ by “%s”", (level2, level3, keyword) => {
    expect(inferDirection(level2, level3, central)).toEqual({
      comparator: ">=",
      keyword,
      reason: "higher-keyword",
    });
  });

  test.each([
    ["成本指标", "项目总成本", "成本", "cost-category"],
    ["社会效益指标", "人均培训费", "人均培训费", "lower-keyword"],
    ["社会效益指标", "降低事故率", "事故率", "lower-keyword"],
    ["成本指标", "成本控制率", "控制率", "cost-category"],
    // what is emitted or used up (施工噪声 50-55dB against 58dB had full marks as over-achieved)
    ["质量指标", "施工噪声", "噪声", "lower-keyword"],
    ["生态效益指标", "污染物排放量", "排放量", "lower-keyword"],
    ["生态效益指标", "单位产值能耗", "能耗", "lower-keyword"],
    // rates and counts of bad things (病死率 2% against 3% had full marks as over-achieved)
    ["质量指标", "病死率", "病死率", "lower-keyword"],
    ["社会效益指标", "城镇登记失业率", "失业率", "lower-keyword"],
    ["社会效益指标", "刑事案件发案率", "发案率", "lower-keyword"],
    ["经济效益指标", "不良贷款率", "不良贷款率", "lower-keyword"],
  ])("%s %s stays ≤ (%s): no saving word before its money, or a rate to reach", (level2, level3, keyword, reason) => {
    expect(inferDirection(level2, level3, central)).toEqual({ comparator: "<=", keyword, reason });
  });
});

describe("scored by it", () => {
  test("成本降低率 5% against 4%: 8 of 10 with a reason asked (was full marks)", () => {
    const out = run("成本指标", "成本降低率", "5%", "4%");
    expect([out.score, out.status]).toEqual([8, "scored"]);
    expect(out.findings.filter((f) => / [A-Z]11:/.test(f))).toEqual([
      "DIRECTION_INFERRED D11: 年度指标值“5%”未写方向，按指标名称中的“降低”推定为≥（越高越好）",
      "NOT_MET_NO_REASON H11: 实际完成值4%低于年度指标值5%，按4/5×10计8.00分，请填写偏差原因",
    ]);
  });

  test("节约资金 5万元 against 4万元: 8 of 10", () => {
    expect(run("成本指标", "节约资金", "5万元", "4万元").score).toBe(8);
  });

  test("项目总成本 100万元 against 98万元 keeps full marks (≤ by the 成本指标 row)", () => {
    expect(run("成本指标", "项目总成本", "100万元", "98万元").score).toBe(10);
  });
});

describe("COST_FLOOR only where the name is a cost", () => {
  const floors = (level3: string, target: string, actual: string) =>
    run("成本指标", level3, target, actual).findings.filter((f) => f.startsWith("COST_FLOOR"));

  test.each([
    ["预算执行率", "≥95%", "96%"],
    ["成本节约率", "≥5%", "5.5%"],
    ["节约成本", "≥10万元", "11万元"],
  ])("%s %s: a floor is right, no finding", (level3, target, actual) => {
    expect(floors(level3, target, actual)).toEqual([]);
  });

  test("项目总成本 ≥90万元 is still COST_FLOOR", () => {
    expect(floors("项目总成本", "≥90万元", "95万元")).toEqual([
      "COST_FLOOR D11: 成本指标“项目总成本”设了下限“≥90万元”，成本应控制上限（≤）",
    ]);
  });
});
