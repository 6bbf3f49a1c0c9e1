// A percent named as the opposite rate (不满意率5%, 不合格率3%) of what the indicator measures (群众满意度 ≥90%, 合格率 ≥95%)
// was scored as that measure: 不满意率5% against ≥90% gave 5 % of 90 points (0.5) and asked a reason for missing the
// target. The rest of a survey may be neither (基本满意), so the figure is not turned round: the row waits for a person.
// The other side of a pass or a fail (不合格率3% against 验收合格率, 故障率3% against 设备完好率) is turned round: see
// otherRates.test.ts.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "满意度指标", level3, target, actual, reason: "" }));

test.each([
  ["群众满意度", "≥90%", "不满意率5%", "不满意率"],
  ["群众满意度", "≥90%", "群众不满意率仅5%", "不满意率"],
])("%s %s, completed %s: waits for a person", (name, target, actual, measure) => {
  expect(run(name, target, actual)).toMatchObject({
    score: null,
    status: "qualitative",
    findings: [
      `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的相反，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
      `TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“${name}”（90分）`,
    ],
  });
});

test.each([
  ["不合格率", "≤5%", "不合格率3%"],
  ["产品质量", "≤5%", "不合格率3%"],
  ["群众满意度", "≥90%", "满意度95%"],
])("%s %s, completed %s: the rate the indicator counts is scored", (name, target, actual) => {
  expect(run(name, target, actual)).toMatchObject({ score: 90, status: "scored" });
});

// A percent named as a rate running the other way (部门预算调整率3% against 预算编制准确率 ≥95%, 投诉率2% against
// 投诉办结率) is another measure: it was scored as the indicator's (3 % of ≥95 %: 2.84 of 90 points, a reason asked).
describe("a rate running the other way is another measure", () => {
  test.each([
    ["预算编制准确率", "≥95%", "部门预算调整率3%", "部门预算调整率"],
    ["投诉办结率", "≥95%", "投诉率2%", "投诉率"],
    ["预算调整率", "≤5%", "执行率为98%", "执行率"],
    ["验收合格率（%）", "≥95%", "返工率：2%", "返工率"],
    // a rate of a bad thing against a rate no word marks either way (it was scored as the indicator's: 5 of 90)
    ["就业率", "≥90%", "失业率5%", "失业率"],
  ])("%s %s, completed %s: waits for a person", (name, target, actual, measure) => {
    expect(run(name, target, actual)).toMatchObject({
      score: null,
      status: "qualitative",
      findings: [
        `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的不是同一个量（两者一个越高越好、一个越低越好），无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
        `TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“${name}”（90分）`,
      ],
    });
  });

  test.each([
    ["群众满意度", "≥90%", "满意率98%"],
    ["项目完成率", "≥95%", "执行率95%"],
    ["项目支出预算执行率", "≥90%", "支出率95%"],
    ["预算调整率", "≤5%", "调整率3%"],
    ["工程合格率", "≥95%", "优良率98%"],
    ["水质达标率", "≥95%", "合格率98%"],
    // the indicator's own rate, a synonym of its rate word or a better grade's meeting it (otherRates.test.ts)
    ["项目完工率", "100%", "完工率100%"],
    ["培训合格率", "≥90%", "考核合格人数占比98%"],
    ["竣工验收合格率", "100%", "验收合格率100%"],
    ["整改完成率", "100%", "问题整改率100%"],
    ["群众满意度", "≥90%", "好评率96%"],
    ["预算执行率", "≥90%", "支出率95%"],
    ["资金到位率", "100%", "拨付率100%"],
    ["苗木成活率", "≥90%", "存活率92%"],
    ["设备完好率", "≥95%", "97%（故障率3%）"],
  ])("%s %s, completed %s: a rate the same way (or no rate keyword) is scored", (name, target, actual) => {
    expect(run(name, target, actual)).toMatchObject({ score: 90, status: "scored" });
  });

  // 合格率100% against 工程优良率 ≥60% had full marks (with a warning that the target was set low): it is the share of
  // work of a lower grade, not of the grade the indicator counts
  test.each([
    ["工程优良率", "≥60%", "合格率100%", "合格率"],
    ["工程优秀率", "≥50%", "工程质量良好率达90%", "工程质量良好率"],
    // the rate of a pass after rework against the first-try rate asked had full marks (rt8 #7)
    ["工程验收一次合格率", "100%", "复验合格率100%", "复验合格率"],
    ["工程验收一次合格率", "100%", "整改后合格率100%", "整改后合格率"],
    ["工程验收一次合格率", "100%", "最终合格率100%", "最终合格率"],
    ["产品抽检", "一次抽检合格率≥95%", "复检合格率98%", "复检合格率"],
  ])(
    "%s %s, completed %s: a lower grade's or a later try's rate waits for a person",
    (name, target, actual, measure) => {
      expect(run(name, target, actual)).toMatchObject({
        score: null,
        status: "qualitative",
        findings: [
          `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的不是同一个量，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
          `TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“${name}”（90分）`,
        ],
      });
    },
  );
});

// 96%（不满意率4%） waited for a person as the opposite rate: the remark names a figure of its own, beside the first
test("96%（不满意率4%） against 群众满意度 ≥90% is 96 %, the remark not scored (it waited as 不满意率)", () => {
  expect(run("群众满意度", "≥90%", "96%（不满意率4%）")).toMatchObject({
    score: 90,
    status: "scored",
    findings: ["REMARK_IGNORED E11: 实际完成值“96%（不满意率4%）”按96%计分，说明“不满意率4%”未参与计分"],
  });
  expect(run("群众满意度", "≥90%", "5%（不满意率）")).toMatchObject({ score: null, status: "qualitative" });
});

// 满意度96%，不满意率4% asked a person to choose between two figures reached: the second is the survey's other side
describe("a rate and its negated rest side by side", () => {
  const ignored = (actual: string, figure: string, note: string) =>
    `REMARK_IGNORED E11: 实际完成值“${actual}”按${figure}计分，说明“${note}”未参与计分`;

  test.each([
    ["群众满意度", "≥90%", "满意度96%，不满意率4%", "满意度96%", "不满意率4%"],
    ["群众满意度", "≥90%", "满意率92%，不满意率2%", "满意率92%", "不满意率2%"],
    ["不满意率", "≤5%", "不满意率4%，满意率96%", "不满意率4%", "满意率96%"],
    ["群众满意度", "≥90%", "满意度96%，不满意率30‰", "满意度96%", "不满意率30‰"],
  ])("%s %s, completed %s: scored by %s, the other side a remark", (name, target, actual, figure, note) => {
    expect(run(name, target, actual)).toMatchObject({ score: 90, findings: [ignored(actual, figure, note)] });
  });

  test.each([
    ["满意度96%，不满意率10%", "the two make more than 100 %"],
    ["满意度96%，基本满意率3%", "neither is named negated"],
  ])("%s still asks (%s)", (actual) => {
    expect(run("群众满意度", "≥90%", actual).findings[0]).toMatch(/写有两个完成数/);
  });
});

// 不满意率4%，满意率96% against 群众满意度 waited for a person as the opposite rate, though the satisfaction follows it;
// 5%（不满意率），95% was scored as 5 % (0.56 of 10 points in a 10-point row), the remark's rate unread
describe("the indicator's own rate after the opposite one", () => {
  test.each([
    ["群众满意度", "≥90%", "不满意率4%，满意率96%", "满意率96%", "不满意率4%"],
    ["验收合格率", "≥95%", "不合格率2%，合格率98%", "合格率98%", "不合格率2%"],
  ])("%s %s, completed %s: scored by %s", (name, target, actual, figure, note) => {
    expect(run(name, target, actual)).toMatchObject({
      score: 90,
      findings: [`REMARK_IGNORED E11: 实际完成值“${actual}”按${figure}计分，说明“${note}”未参与计分`],
    });
  });

  test.each(["不满意率4%，基本满意率10%", "5%（不满意率），95%", "不满意率4%"])(
    "%s against 群众满意度 waits for a person (another measure after it, or none named)",
    (actual) => {
      expect(run("群众满意度", "≥90%", actual)).toMatchObject({ score: null, status: "qualitative" });
    },
  );
});

// 19/20 against 验收合格率 ≥95% was unreadable, 到位资金90万元/100万元 words for a person: a fraction is the share it says
describe("a fraction against a rate", () => {
  const review = (actual: string, part: string, whole: string, counted: string) =>
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是数量，按“${part}”占“${whole}”的比例即${counted}计分，请人工核对`;

  test.each([
    ["验收合格率", "≥95%", "19/20", "19", "20", "95%", 90],
    ["验收合格率", "≥95%", "合格19个/20个", "合格19个", "20个", "95%", 90],
    ["资金到位率", "≥100%", "到位资金90万元/100万元", "到位资金90万元", "100万元", "90%", 81],
  ])("%s %s, completed %s: %s over %s", (name, target, actual, part, whole, counted, score) => {
    const o = run(name, target, actual);
    expect(o.score).toBe(score);
    expect(o.findings[0]).toBe(review(actual, part, whole, counted));
  });

  test.each(["2021/12", "19个/20人", "19/0"])(
    "%s against a rate is no fraction (a date, two units, no whole)",
    (actual) => {
      expect(run("验收合格率", "≥95%", actual).score).toBeNull();
    },
  );
});

// 19/20 against ≥20个 was unreadable: out of the target's count, the first figure is the count done
describe("a fraction of the target's count", () => {
  test.each([
    ["≥20个", "19/20", "20个中完成19个", 85.5],
    ["≥20个", "完成19个/20个", "20个中完成19个", 85.5],
    ["≥12次", "12/12", "12次中完成12次", 90],
  ])("%s, completed %s: %s", (target, actual, said, score) => {
    const o = run("建设数量", target, actual);
    expect(o.score).toBe(score);
    expect(o.findings[0]).toBe(`UNIT_ASSUMED E11: 实际完成值“${actual}”按${said}计算`);
  });

  test.each(["19/25", "21/20"])("%s against ≥20个 stays unreadable (another whole, or more than it)", (a) => {
    expect(run("建设数量", "≥20个", a).score).toBeNull();
  });
});

// A time labelled as closed or stopped (因疫情闭馆3个月) was scored as the time open: 27 of 90 against ≥300天
test.each([
  ["公共文化场馆免费开放", "≥300天", "因疫情闭馆3个月", "闭馆"],
  ["公共文化场馆免费开放", "≥300天", "暂停开放2个月", "暂停"],
  ["公共文化场馆免费开放", "≥300天", "闭馆90天，开放275天", "闭馆"],
])("%s %s, completed %s: the time closed, for a person", (name, target, actual, measure) => {
  expect(run(name, target, actual)).toMatchObject({
    score: null,
    findings: [
      `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的相反，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
      `TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“${name}”（90分）`,
    ],
  });
});

test("the time open beside it, or a name counting the closure, is scored as before", () => {
  expect(run("公共文化场馆免费开放", "≥300天", "开放275天，因疫情闭馆90天").score).toBe(82.5);
  expect(run("停工天数", "≤5天", "停工3天").score).toBe(90);
  expect(run("公共文化场馆免费开放", "≥300天", "因疫情闭馆3个月").score).toBeNull();
});
