// Direction of a bare target (spec §2): the keyword that ends latest in the name decides; 成本指标 rows are ≤.
import { inferDirection, isHigherIsBetterRate } from "../../../src/core/direction";
import { BUILT_IN_PROFILES, type Profile } from "../../../src/core/profile";

const central = BUILT_IN_PROFILES[0];

// a bare length of time in a 时效 row (办理时限 3天) took the default ≥: 2天 scored 2/3 of the weight
describe("a length of time in a timeliness row is a time limit", () => {
  test.each([
    ["时效指标", "办理时限"],
    ["时效指标", "建设周期"],
    ["时效指标", "响应时间"],
  ])("%s %s with a duration target: ≤ (time-limit)", (level2, level3) => {
    expect(inferDirection(level2, level3, central, true)).toEqual({
      comparator: "<=",
      keyword: null,
      reason: "time-limit",
    });
  });

  test("not outside a 时效 row (设备使用年限 10年), nor for a figure in no duration, nor against a name's keyword", () => {
    expect(inferDirection("可持续影响指标", "设备使用年限", central, true).comparator).toBe(">=");
    expect(inferDirection("时效指标", "办理时限", central, false).reason).toBe("default");
    expect(inferDirection("时效指标", "按时完成率", central, true)).toMatchObject({
      comparator: ">=",
      reason: "higher-keyword",
    });
  });
});

describe("inferDirection", () => {
  test.each([
    ["资金投入", "基本支出预算执行率", ">=", "执行率", "higher-keyword"],
    ["资金投入", "项目支出预算执行率", ">=", "执行率", "higher-keyword"],
    ["成本指标", "人均培训费用", "<=", "费用", "cost-category"],
    ["社会效益指标", "人均培训费用", "<=", "费用", "lower-keyword"],
    ["社会效益指标", "人均培训费", "<=", "人均培训费", "lower-keyword"],
    ["人员管理", "在职人员控制率", "<=", "控制率", "lower-keyword"],
    ["资金投入", "“三公经费”控制率", "<=", "控制率", "lower-keyword"],
    ["资金投入", "结转结余变动率", "<=", "变动率", "lower-keyword"],
    ["成本指标", "成本控制率", "<=", "控制率", "cost-category"],
    ["成本指标", "项目总成本", "<=", "成本", "cost-category"],
    ["成本指标", "采购计划完成率", ">=", "完成率", "higher-keyword"],
    ["成本指标", "车辆租赁数", "<=", null, "cost-category"],
    ["质量指标", "产品不合格率", "<=", "不合格率", "lower-keyword"],
    ["质量指标", "产品合格率", ">=", "合格率", "higher-keyword"],
    ["安全", "安全事故发生率", "<=", "发生率", "lower-keyword"],
    ["服务对象满意度", "服务对象满意度", ">=", "满意度", "higher-keyword"],
    ["数量指标", "第三方服务机构数", ">=", null, "default"],
    ["质量指标", "违规资金占比", "<=", "违规", "lower-keyword"],
    ["数量指标", "培训人数", ">=", null, "default"],
  ])("%s / %s → %s (%s, %s)", (level2, level3, comparator, keyword, reason) => {
    expect(inferDirection(level2, level3, central)).toEqual({ comparator, keyword, reason });
  });

  test.each([
    ["质量指标", "预算执行 率", "执行率"],
    ["质量指标", "预算执行\u3000率", "执行率"],
    ["质量指标", "预算执行\u00a0率", "执行率"],
    ["质量指标", "“三公经费”控制“率”", "控制率"],
    ["质量指标", "《结转结余》变动率", "变动率"],
    ["成 本 指 标", "车辆租赁数", null],
  ])("spaces and quotes inside a name or level 2 are ignored: %s / %s", (level2, level3, keyword) => {
    expect(inferDirection(level2, level3, central).keyword).toBe(keyword);
    expect(inferDirection(level2, level3, central).reason).not.toBe("default");
  });

  test.each([
    ["公租房空置率", "空置率"],
    ["传染病发病率", "发病率"],
    ["脱贫人口返贫率", "返贫率"],
    ["合同违约率", "违约率"],
    ["案件发生数", "发生数"],
    ["安全事故数", "事故数"],
    ["群众投诉次数", "投诉次数"],
    ["越级上访", "上访"],
  ])("%s is ≤ by %s (it was ≥ by default)", (name, keyword) => {
    expect(inferDirection("质量指标", name, central)).toMatchObject({ comparator: "<=", keyword });
  });

  test.each(["投诉办结率", "事故处理及时率", "上访案件办结率"])("%s still ends in a higher-is-better head", (name) => {
    expect(inferDirection("质量指标", name, central).comparator).toBe(">=");
  });

  test("违规 as a name's last keyword makes it ≤", () => {
    expect(inferDirection("质量指标", "资金使用违规", central)).toMatchObject({ comparator: "<=", keyword: "违规" });
  });

  test("profile keywords join the lists", () => {
    const profile: Profile = { ...central, lowerIsBetter: ["拥堵指数"], higherIsBetter: ["入住率"] };
    expect(inferDirection("质量指标", "城区交通拥堵指数", profile)).toMatchObject({
      comparator: "<=",
      keyword: "拥堵指数",
    });
    expect(inferDirection("质量指标", "城区交通拥堵指数", central)).toMatchObject({
      comparator: ">=",
      reason: "default",
    });
    expect(inferDirection("成本指标", "成本入住率", profile)).toMatchObject({ comparator: ">=", keyword: "入住率" });
  });
});

describe("isHigherIsBetterRate", () => {
  test.each([
    "采购计划完成率",
    "改革完成率",
    "实名制管理覆盖率",
    "产品合格率",
    "受训人员满意度",
    "中文域名有效率",
    "资金到位率",
    "政策知晓率",
    "报送及时率",
  ])("%s is a higher-is-better rate", (name) => expect(isHigherIsBetterRate(name)).toBe(true));
  test.each(["产品不合格率", "召开会议次数", "参会人均成本", "预算执行率", "完成率控制成本"])("%s is not", (name) =>
    expect(isHigherIsBetterRate(name)).toBe(false),
  );
});
