// What is planned is not done. A completed value whose only figure is labelled as planned, expected or striven for
// (计划培训120人次, 预计达到95%, 力争完成120人次) was scored by that figure: full marks, with at most a hint that the
// words were not counted. It waits for a person now (the figure reached, or a band). Words of intent before a 达成 word
// (预计12月完成, 计划年底前完成, 力争年底前完成, 为达到预期目标) say the work is planned: they were 达成 by 完成; they go to a
// person too. A plan followed by what was reached (计划1000人次，实际800人次) is scored by the second, as before; so is
// the plan first set or approved (原计划, 原定, 批复). An earlier year's figure (去年满意度95%) waits like a plan.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "培训人次", target, actual, reason: "" }));

describe("a figure labelled as planned", () => {
  test.each([
    ["≥100人次", "计划培训120人次", "计划培训"],
    ["≥100人次", "预计完成120人次", "预计完成"],
    ["≥100人次", "预计120人次", "预计"],
    ["≥100人次", "力争完成120人次", "力争完成"],
    ["≥100人次", "拟培训120人次", "拟培训"],
    ["≥100人次", "任务120人次", "任务"],
    ["≥100人次", "年度计划120人次", "年度计划"],
    ["≥90%", "预计达到95%", "预计"],
    ["≥90%", "预期95%", "预期"],
    ["≥100人次", "120人次（计划）", "计划"],
    ["≥100人次", "120人次（预计数）", "预计数"],
    // the plan as first set (they were scored as reached, with a blue remark); 批复 alone may be what is counted
    ["≥100人次", "原计划120人次", "原计划"],
    ["≥100人次", "原定120人次", "原定"],
    // said to come, ensured, owed, asked or signed up for (they had full marks, with at most a blue hint)
    ["≥100人次", "将培训120人次", "将培训"],
    ["≥100人次", "确保完成120人次", "确保完成"],
    ["≥100人次", "应参训120人次", "应参训"],
    ["≥100人次", "报名120人次", "报名"],
    ["≥90%", "应达100%", "应"],
    ["≥90%", "要求100%", "要求"],
    ["≥90%", "有望达到95%", "有望"],
    // the target's own label (it was scored as reached, with a blue remark)
    ["≥100人次", "指标值120人次", "指标值"],
    ["≥100人次", "年度指标值120人次", "年度指标值"],
  ])("%s against %s waits for a person", (target, actual, label) => {
    expect(run(target, actual)).toEqual({
      score: null,
      status: "qualitative",
      findings: [
        `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”标明是计划或预计（“${label}”），不是实际完成情况，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
        "TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“培训人次”（90分）",
      ],
    });
  });

  test.each([
    ["计划培训120人次，实际培训90人次", 81],
    ["目标120人次，完成130人次", 90],
    ["计划外培训120人次", 90],
    ["任务完成120人次", 90],
    ["拟定培训方案，培训120人次", 90],
    ["拟定方案并培训120人次", 90],
    ["计划生育服务120人次", 90],
    ["计划免疫服务120人次", 90],
    ["全年完成120人次", 90],
    // the plan first set, approved or to be paid, then what was reached (scored by the first, with a review)
    ["原计划100人次，实际完成90人次", 81],
    ["批复100人次，完成80人次", 72],
    ["应发100人次，已发95人次", 85.5],
    ["报名120人次，实际参训90人次", 81],
    ["确保完成100人次，实际完成90人次", 81],
    // 将近 is nearly, no plan
    ["将近120人次", 90],
    // work started or a sum submitted, then work finished or the sum approved
    ["开工100人次，竣工60人次", 54],
  ])("%s is scored by its figure reached (%d of 90)", (actual, score) => {
    expect(run("≥100人次", actual).score).toBe(score);
  });
});

// 暂未调查，预计95% and 正在开展，力争完成1000人次 had full marks: the figure read after the words was labelled as expected
describe("a figure labelled as planned after words without a figure", () => {
  test.each([
    ["≥90%", "暂未调查，预计95%", "预计"],
    ["≥90%", "尚未开展调查，预计95%", "预计"],
    ["≥100人次", "正在开展，力争完成120人次", "力争完成"],
  ])("%s against %s waits for a person", (target, actual, label) => {
    expect(run(target, actual)).toMatchObject({ score: null, status: "qualitative" });
    expect(run(target, actual).findings[0]).toContain(`标明是计划或预计（“${label}”）`);
  });

  test.each([
    ["目前培训80人次，预计年底达到120人次", 72],
    ["已培训80人次，计划年底前完成120人次", 72],
  ])("%s: the figure reached comes first and is scored (%d of 90)", (actual, score) => {
    expect(run("≥100人次", actual).score).toBe(score);
  });
});

test("a date marked as expected waits too; one marked as done is scored", () => {
  const date = (actual: string) =>
    seedRowOutcome(
      oneRowSeed({ level2: "时效指标", level3: "完成时间", target: "2021年12月底前", actual, reason: "" }),
    );
  expect(date("2021年11月（预计）")).toMatchObject({ score: null, status: "qualitative" });
  expect(date("2021年11月（预计）").findings[0]).toContain("标明是计划或预计（“预计”）");
  expect(date("2021年11月（已完成）").score).toBe(90);
});

describe("words of intent before a 达成 word", () => {
  const words = (actual: string, target = "按时完成") =>
    seedRowOutcome(oneRowSeed({ level2: "时效指标", level3: "完成及时性", target, actual, reason: "" }));

  test.each(["预计12月完成", "计划年底前完成", "力争年底前完成", "拟于年底完成", "争取按时完成", "将于明年完成"])(
    "%s goes to a person",
    (actual) => expect(words(actual)).toMatchObject({ score: null, status: "qualitative" }),
  );

  test("a purpose (为了, or 为 opening a clause before a verb of reaching) is no claim either", () => {
    expect(words("为达到预期目标，开展了培训", "效果明显").score).toBeNull();
    expect(words("为了按时完成，增加了人手").score).toBeNull();
    expect(words("为企业减负效果明显", "效果明显").score).toBe(90);
  });

  test.each([
    "已完成，计划明年继续开展",
    "按计划完成",
    "年度计划全部完成",
    "计划12月完成，实际11月已完成",
    "群众认为满意",
    // 争取到 says it was obtained (it went to a person as a word of intent)
    "争取到上级资金并完成建设",
  ])("%s is still 达成", (actual) =>
    expect(words(actual, actual.includes("满意") ? "满意" : "按时完成").score).toBe(90),
  );
});

// 将建立, 拟出台管理办法, 督促建立, 确保按时完成, 有望按时完成, 可投入使用 and 即将完成, 接近完工, 完成在即 were 达成 by
// containing the target or 完成 (full marks, no finding): a plan, an instruction or work about to be done right before
// the target's verb (or after it: 在即) says it is not done yet
describe("a plan, an instruction or work about to be done at the target's verb", () => {
  const words = (target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "工作开展情况", target, actual, reason: "" }));

  test.each([
    ["建立", "将建立"],
    ["建立", "拟建立"],
    ["建立", "计划建立"],
    ["建立", "下一步建立"],
    ["建立", "明年建立"],
    ["建立", "研究建立"],
    ["建立", "探索建立"],
    ["建立", "推动建立"],
    ["建立", "督促建立"],
    ["建立", "建议建立"],
    ["出台管理办法", "拟出台管理办法"],
    ["制定管理办法", "研究制定管理办法"],
    ["按时完成", "有望按时完成"],
    ["按时完成", "确保按时完成"],
    ["按时完成", "计划按时完成"],
    ["按时完成", "将按时完成"],
    ["按时完成", "可按时完成"],
    ["合格", "确保合格"],
    ["投入使用", "计划投入使用"],
    ["投入使用", "可投入使用"],
    ["上线运行", "将上线运行"],
    ["持续开展", "下一步持续开展"],
    ["效果明显", "有望效果明显"],
    ["有效提升", "将有效提升"],
    ["按时完成", "即将完成"],
    ["按时完成", "接近完成"],
    ["按时完成", "快要完成"],
    ["按时完成", "临近完成"],
    ["按时完成", "完成在即"],
    ["竣工", "即将竣工"],
    ["竣工", "接近完工"],
    ["竣工验收", "即将竣工验收"],
    ["投入使用", "即将投入使用"],
  ])("%s against %s waits for a person", (target, actual) => {
    expect(words(target, actual)).toMatchObject({ score: null, status: "qualitative" });
  });

  test("against a deadline or a figure too: 即将完成 is not done by 12月底前 nor of ≥5期", () => {
    const row = (level2: string, level3: string, target: string) =>
      seedRowOutcome(oneRowSeed({ level2, level3, target, actual: "即将完成", reason: "" }));
    expect(row("时效指标", "完成时间", "12月底前").score).toBeNull();
    expect(row("数量指标", "举办培训", "≥5期").score).toBeNull();
  });

  test.each([
    ["建立", "已建立"],
    ["建立", "建立并运行"],
    ["建立", "已推动建立"],
    ["按时完成", "按计划完成"],
    ["按时完成", "确保了按时完成"],
    ["按时完成", "按要求按时完成"],
    ["完成", "年度计划完成"],
    ["完成", "课题研究完成"],
    ["可控", "风险可控"],
    ["完整", "资料完整可查"],
    ["持续发挥作用", "可持续发挥作用"],
    ["按时拨付", "已将资金按时拨付"],
    ["有效提升", "有效提升"],
  ])("%s against %s is still 达成", (target, actual) => {
    expect(words(target, actual).score).toBe(90);
  });
});

test("争取到 before a figure says it was obtained, 争取 alone is still a plan", () => {
  const row = (actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "争取上级资金", target: "≥100万元", actual, reason: "" }));
  expect(row("争取到上级资金120万元").score).toBe(90);
  expect(row("争取资金120万元").score).toBeNull();
});

// 预算130万元 alone against ≤130万元 had full marks (the budget scored as spent), and 预算130万元，实际支出125.6万元 was
// scored by the budget, the first of "two figures"; 年初预算数为130万元，实际支出135万元 had full marks for an overspend
describe("the budget is no sum spent", () => {
  const cost = (actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "成本指标", level3: "项目总成本", target: "≤130万元", actual, reason: "" }));

  test.each([
    ["预算130万元，实际支出125.6万元", 90],
    ["预算130万元，支出125.6万元", 90],
    ["预算130万元，执行125.6万元", 90],
    ["实际支出125.6万元，预算130万元", 90],
    ["年初预算数为130万元，实际支出135万元", 86.67],
  ])("%s: scored by the sum spent, %d of 90", (actual, score) => {
    expect([cost(actual).score, cost(actual).findings[0]]).toEqual([score, expect.stringMatching(/^REMARK_IGNORED/)]);
  });

  test("预算130万元 alone waits for a person: it is the plan", () => {
    expect(cost("预算130万元")).toMatchObject({ score: null, status: "qualitative" });
    expect(cost("预算130万元").findings[0]).toMatch(/标明是计划或预计（“预算”）/);
  });

  test("a measure of the budget (预算执行率95%) and a later figure of the target's unit are read as before", () => {
    const rate = (actual: string) =>
      seedRowOutcome(oneRowSeed({ level2: "预算执行", level3: "预算执行率", target: "≥90%", actual, reason: "" }));
    expect(rate("预算执行率95%").score).toBe(90);
    expect(rate("预算100万元，执行95万元，执行率95%").score).toBe(90);
  });
});

describe("an earlier year's figure is no figure reached", () => {
  const survey = (actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "满意度指标", level3: "群众满意度", target: "≥90%", actual, reason: "" }));
  test.each([
    ["去年满意度95%", "去年"],
    ["上年度满意度95%", "上年度"],
    ["上年95%", "上年"],
    ["前年95%", "前年"],
    ["上年度95%，本年度未调查", "上年度"],
  ])("%s waits for a person (it had full marks)", (actual, label) => {
    expect(survey(actual).findings[0]).toBe(
      `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”标明是上年的数（“${label}”），不是本年实际完成情况，无法按年度指标值“≥90%”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
    );
  });

  test.each([
    ["上年98%，本年96%", 90],
    ["上年98%，今年85%", 85],
    ["同期95%", 90],
  ])("%s is scored by this year's figure (%d of 90)", (actual, score) => {
    expect(survey(actual).score).toBe(score);
  });

  test("送审55万元，审定49万元 against ≤50万元: the approved sum, met (it was 81.82 of 90 on the submitted one)", () => {
    const cost = seedRowOutcome(
      oneRowSeed({ level2: "成本指标", level3: "工程造价", target: "≤50万元", actual: "送审55万元，审定49万元" }),
    );
    expect(cost.score).toBe(90);
  });
});
