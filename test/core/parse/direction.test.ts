// Direction of a bare target (spec §2): the keyword that ends latest in the name decides; 成本指标 rows are ≤.
import { inferDirection, isHigherIsBetterRate } from "../../../src/core/direction";
import { BUILT_IN_PROFILES, type Profile } from "../../../src/core/profile";
import { scoreWorkbook } from "../../../src/core";
import { firstRowOutcome, seedRowOutcome } from "../../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../../helpers/seedGrid";

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

  // these took the default ≥: a worse figure had full marks (排放超标率 8% against 5%, with OVER_ACHIEVED)
  test.each([
    ["PM2.5平均浓度", "浓度"],
    ["排放超标率", "超标率"],
    ["欠费率", "欠费率"],
    ["政府债务率", "债务率"],
    ["水土流失面积", "流失面积"],
    ["石漠化面积", "漠化面积"],
    ["耕地撂荒面积", "撂荒"],
    ["违法建设面积", "违法"],
    ["群众投诉件数", "投诉件"],
    ["火灾起数", "火灾"],
    ["刑事案件发案数", "发案"],
    ["贫困人口", "贫困人口"],
    ["农村贫困人口数", "贫困人口"],
    // rt8 D: these too (管网漏损率 13% against 10% had full marks, OVER_ACHIEVED blaming the target)
    ["管网漏损率", "漏损率"],
    ["管网漏失率", "漏失率"],
    ["产销差率", "产销差率"],
    ["火灾自动报警误报率", "误报率"],
    ["直接经济损失", "损失"],
    ["安全隐患数", "隐患数"],
    ["重大安全隐患数量", "隐患数"],
    ["病虫害发生面积", "发生面积"],
    ["黑臭水体数量", "黑臭"],
    ["库存积压", "积压"],
  ])("%s is ≤ by %s", (name, keyword) => {
    expect(inferDirection("质量指标", name, central)).toMatchObject({ comparator: "<=", keyword });
  });

  // a bad thing named as what is dealt with or who is helped: a dealing word, or a rate after it
  test.each([
    "违法案件查处率",
    "拆除违法建设面积",
    "违法建设拆除面积",
    "贫困人口脱贫率",
    "贫困人口脱贫人数",
    "受益贫困人口数",
    "贫困人口医疗保险参保率",
    "火灾扑救及时率",
    "火灾隐患整改率",
    "受理投诉件数",
    "投诉件办结率",
    "水土流失治理面积",
    "撂荒地复垦面积",
    "超标排放查处率",
    "违规问题整改率",
    "违规资金追回率",
    "上访案件化解数",
    "空气负氧离子浓度",
  ])("%s is ≥", (name) => {
    expect(inferDirection("质量指标", name, central).comparator).toBe(">=");
  });

  // each beside the bad thing's name, now ≤
  test.each([
    ["挽回经济损失", "直接经济损失"],
    ["减少经济损失", "经济损失"],
    ["安全隐患整改率", "安全隐患数"],
    ["排查整改安全隐患数", "安全隐患数"],
    ["黑臭水体治理数量", "黑臭水体数量"],
    ["黑臭水体消除比例", "黑臭水体数量"],
    ["消化库存积压", "库存积压"],
    ["积压案件清理率", "库存积压"],
    ["病虫害防治面积", "病虫害发生面积"],
  ])("%s, done about it or saved, is ≥ while %s is ≤", (done, bad) => {
    expect(inferDirection("质量指标", done, central).comparator).toBe(">=");
    expect(inferDirection("质量指标", bad, central).comparator).toBe("<=");
  });

  test("a rate's growth or ratio after a bad thing, a sum or a concentration with a dealing word stays ≤", () => {
    for (const name of ["违规金额增长率", "违规金额比率", "污水处理费用", "污水处理厂出水COD浓度"])
      expect(inferDirection("质量指标", name, central).comparator).toBe("<=");
    expect(inferDirection("时效指标", "违规问题整改时限", central, true).reason).toBe("time-limit");
  });

  test("效率 and 效益 are higher-is-better heads, also in a 成本指标 row", () => {
    expect(inferDirection("成本指标", "资金使用效率", central)).toEqual({
      comparator: ">=",
      keyword: "效率",
      reason: "higher-keyword",
    });
    expect(inferDirection("成本指标", "资金使用效益", central).comparator).toBe(">=");
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

// rt8 #3: 支出, 费用 or 成本 earlier in a higher-is-better name made it ≤ (资金支出进度 90% against 100% had full marks)
describe("progress, compliance and returns of spending, and shares of it", () => {
  test.each([
    ["时效指标", "资金支出进度", "进度"],
    ["时效指标", "预算支出进度", "进度"],
    ["质量指标", "支出合规率", "合规率"],
    ["质量指标", "支出规范性", "规范性"],
    ["社会效益指标", "门诊费用报销比例", "报销比"],
    ["社会效益指标", "住院费用实际报销比", "报销比"],
    ["经济效益指标", "成本回收率", "回收率"],
    ["成本指标", "成本利润率", "利润率"],
    ["成本指标", "支出进度", "进度"],
    ["社会效益指标", "民生支出占比", "支出占比"],
    ["社会效益指标", "教育支出比重", "支出比重"],
    ["经济效益指标", "科技支出增长率", "支出增长率"],
    ["社会效益指标", "费用减免比例", "费用减免比例"],
  ])("%s %s: ≥ by “%s”", (level2, level3, keyword) => {
    expect(inferDirection(level2, level3, central)).toEqual({ comparator: ">=", keyword, reason: "higher-keyword" });
  });

  // each beside the name that stays ≤: a 成本指标 row, a bad rate, a sum of spending, a bad thing's share or growth
  test.each([
    ["民生支出占比", "成本指标", "管理费用占比", "费用", "cost-category"],
    ["教育支出比重", "成本指标", "人工成本比重", "成本", "cost-category"],
    ["支出合规率", "质量指标", "支出不合规率", "不合规率", "lower-keyword"],
    ["民生支出占比", "资金投入", "一般性支出", "支出", "lower-keyword"],
    ["资金支出进度", "资金投入", "支出", "支出", "lower-keyword"],
    ["民生支出占比", "质量指标", "违规资金占比", "违规", "lower-keyword"],
    ["科技支出增长率", "质量指标", "违规金额增长率", "违规", "lower-keyword"],
  ])("%s is ≥ while %s %s stays ≤ by “%s” (%s)", (higher, l2, l3, keyword, reason) => {
    expect(inferDirection("社会效益指标", higher, central).comparator).toBe(">=");
    expect(inferDirection(l2, l3, central)).toEqual({ comparator: "<=", keyword, reason });
  });

  const run = (level2: string, level3: string, target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "", weight: 10 }));

  test("资金支出进度 90% against 100%: 9 of 10 with a reason asked (was full marks by 支出)", () => {
    const out = run("时效指标", "资金支出进度", "100%", "90%");
    expect([out.score, out.status]).toEqual([9, "scored"]);
    expect(out.findings.filter((f) => / [A-Z]11:/.test(f))).toEqual([
      "DIRECTION_INFERRED D11: 年度指标值“100%”未写方向，按指标名称中的“进度”推定为≥（越高越好）",
      "NOT_MET_NO_REASON H11: 实际完成值90%低于年度指标值100%，按90/100×10计9.00分，请填写偏差原因",
    ]);
  });

  test.each([
    ["社会效益指标", "民生支出占比", "80%", "85%", 10],
    ["时效指标", "预算支出进度", "90%", "95%", 10],
    ["经济效益指标", "成本利润率", "10%", "12%", 10],
    ["社会效益指标", "门诊费用报销比例", "50%", "45%", 9],
    ["社会效益指标", "教育支出比重", "20%", "18%", 9],
  ])("%s %s %s against %s: %s", (level2, level3, target, actual, score) => {
    expect(run(level2, level3, target, actual).score).toBe(score);
  });

  test("a floor on progress in a 成本指标 row is no COST_FLOOR; one on a share of spending still is", () => {
    expect(run("成本指标", "支出进度", "≥90%", "95%").findings.some((f) => f.startsWith("COST_FLOOR"))).toBe(false);
    expect(run("成本指标", "管理费用占比", "≥5%", "4%").findings.some((f) => f.startsWith("COST_FLOOR"))).toBe(true);
    expect(run("成本指标", "管理费用占比", "5%", "6%").score).toBe(8.33);
  });
});

// rt8 #3: spec §2 lists 控制率 as ≤ (actual against a quota), but 血压控制率 60% against 55% had full marks
describe("the 控制率 of a disease or an epidemic is a success rate", () => {
  // each beside a quota's 控制率, which stays ≤
  test.each([
    ["血压控制率", "血压控制率", "在职人员控制率"],
    ["高血压患者血压控制率", "血压控制率", "财政供养人员控制率"],
    ["糖尿病患者血糖控制率", "血糖控制率", "公用经费控制率"],
    ["疫情控制率", "疫情控制率", "“三公经费”控制率"],
    ["重大动物疫病控制率", "疫病控制率", "防疫经费控制率"],
    ["结核病控制率", "病控制率", "编制控制率"],
    ["高血压患者控制率", "患者控制率", "预算控制率"],
  ])("%s is ≥ by “%s”; %s stays ≤", (name, keyword, quota) => {
    expect(inferDirection("社会效益指标", name, central)).toEqual({
      comparator: ">=",
      keyword,
      reason: "higher-keyword",
    });
    expect(inferDirection("社会效益指标", quota, central)).toEqual({
      comparator: "<=",
      keyword: "控制率",
      reason: "lower-keyword",
    });
  });

  const seed = (level3: string, target: string, actual: string) =>
    oneRowSeed({ level2: "社会效益指标", level3, target, actual, reason: "", weight: 10 });

  test("血压控制率 55% against 60%: 9.17 of 10, the finding saying why (was full marks by 控制率)", () => {
    const out = seedRowOutcome(seed("血压控制率", "60%", "55%"));
    expect([out.score, out.status]).toEqual([9.17, "scored"]);
    expect(out.findings[0]).toBe(
      "DIRECTION_INFERRED D11: 年度指标值“60%”未写方向，按指标名称中的“血压控制率”" +
        "（控制的是疾病或疫情，不是对照额度的控制率）推定为≥（越高越好）",
    );
    const plan = scoreWorkbook(seedGrid(seed("血压控制率", "60%", "55%")), {
      mode: "score",
      profile: central,
      fileName: "t.xlsx",
      lang: "en",
    });
    expect(firstRowOutcome(plan).findings[0]).toBe(
      'DIRECTION_INFERRED D11: Target "60%" has no direction; inferred ≥ (higher is better) from "血压控制率" in the ' +
        "name (a disease or epidemic brought under control, not spending against a quota)",
    );
  });

  test("高血压患者血压控制率 65% against 60% has full marks (was 60/65 of the weight)", () => {
    expect(seedRowOutcome(seed("高血压患者血压控制率", "60%", "65%")).score).toBe(10);
  });
});

describe("scored by the names", () => {
  const run = (level2: string, level3: string, target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "", weight: 10 }));

  test("排放超标率 5% against 8%: 5/8 of the weight (was full marks, OVER_ACHIEVED)", () => {
    const out = run("质量指标", "排放超标率", "5%", "8%");
    expect([out.score, out.status]).toEqual([6.25, "scored"]);
    expect(out.findings.filter((f) => / [A-Z]11:/.test(f))).toEqual([
      "DIRECTION_INFERRED D11: 年度指标值“5%”未写方向，按指标名称中的“超标率”推定为≤（越低越好）",
      "NOT_MET_NO_REASON H11: 实际完成值8%高于年度指标值5%，按5/8×10计6.25分，请填写偏差原因",
    ]);
  });

  test.each([
    ["质量指标", "PM2.5平均浓度", "35μg/m³", "40μg/m³", 8.75],
    ["质量指标", "火灾起数", "10起", "15起", 6.67],
    ["质量指标", "贫困人口", "1000人", "1200人", 8.33],
    ["成本指标", "资金使用效率", "90%", "95%", 10],
    ["质量指标", "管网漏损率", "10%", "13%", 7.69],
    ["社会效益指标", "直接经济损失", "100万元", "120万元", 8.33],
    ["生态效益指标", "黑臭水体数量", "5个", "6个", 8.33],
  ])("%s %s %s against %s: %s", (level2, level3, target, actual, score) => {
    expect(run(level2, level3, target, actual).score).toBe(score);
  });
});

describe("stop 51's red-team: lower-is-better names that took the default ≥", () => {
  const run = (level2: string, level3: string, target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "", weight: 10 }));

  // each had full marks, silent but for DIRECTION_INFERRED's 默认推定为≥, while the excess was within 20 %
  test.each([
    ["质量指标", "应收款坏账率", "1%", "1.1%", "坏账率", 9.09],
    ["质量指标", "农民工工资拖欠率", "2%", "2.3%", "拖欠率", 8.7],
    ["质量指标", "政府采购废标率", "5%", "6%", "废标率", 8.33],
    ["质量指标", "屋面渗漏率", "2%", "2.2%", "渗漏率", 9.09],
    ["质量指标", "随访脱落率", "10%", "12%", "脱落率", 8.33],
    ["质量指标", "慢病患者失访率", "5%", "6%", "失访率", 8.33],
    ["质量指标", "剖宫产率", "30%", "33%", "剖宫产率", 9.09],
    ["质量指标", "药占比", "30%", "33%", "药占比", 9.09],
    ["质量指标", "平均住院日", "8天", "9天", "住院日", 8.89],
    ["社会效益指标", "因灾死亡人数", "5人", "6人", "死亡人数", 8.33],
    ["经济效益指标", "结余资金", "10万元", "11万元", "结余资金", 9.09],
    ["经济效益指标", "财政沉淀资金", "10万元", "11万元", "沉淀资金", 9.09],
    ["质量指标", "暂付款余额", "10万元", "11万元", "暂付款", 9.09],
    ["质量指标", "应收账款", "10万元", "11万元", "应收账款", 9.09],
    ["生态效益指标", "能源消耗总量", "100吨标准煤", "110吨标准煤", "能源消耗", 9.09],
  ])("%s %s %s against %s: ≤ by %s, %s", (level2, level3, target, actual, keyword, score) => {
    expect(inferDirection(level2, level3, central)).toMatchObject({ comparator: "<=", keyword });
    expect(run(level2, level3, target, actual).score).toBe(score);
  });

  test("门诊患者候诊时间 30分钟 against 35分钟 is a time spent waiting: 30/35 of the weight", () => {
    expect(run("质量指标", "门诊患者候诊时间", "30分钟", "35分钟").score).toBe(8.57);
  });

  // what is done about them, and what runs either way, keep ≥
  test.each(["应收账款回收率", "暂付款清理率", "坏账核销金额", "有机肥使用量", "沼气产生量", "结余资金收回率"])(
    "%s is ≥",
    (name) => {
      expect(inferDirection("质量指标", name, central).comparator).toBe(">=");
    },
  );
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
