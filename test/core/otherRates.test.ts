// A completed percent labelled with another rate's name than the indicator's was scored as the indicator's own rate:
// 开工率100% against 项目完工率 100% had full marks with no finding (stop51 kind 2); 完好率97% against 设备故障率 ≤5% was
// 97 % of a failure rate (0.52 of 10), 差评率5% against 群众满意度 5 % satisfied (0.56) (kind 19). The label's rate word
// is set against the name now: the other side of a pass or a fail is turned round (100 − x) with a review, the other side
// of a survey and any other rate wait for a person; the indicator's own rate or a synonym keeps scoring.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual, reason: "" }));
const waiting = (name: string) =>
  `TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“${name}”（90分）`;
const person = "请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分";

describe("a rate the indicator does not measure waits for a person", () => {
  test.each([
    ["项目完工率", "100%", "开工率100%", "开工率"],
    ["项目竣工验收率", "100%", "主体完工率100%", "主体完工率"],
    ["整改完成率", "100%", "问题认领率100%", "问题认领率"],
    ["整改完成率", "100%", "整改方案制定率100%", "整改方案制定率"],
    ["贷款回收率", "≥95%", "贷款发放率100%", "贷款发放率"],
    ["预算执行率", "≥95%", "下达率100%", "下达率"],
    ["预算执行率", "≥95%", "合同签订率达100%", "合同签订率"],
    ["培训合格率", "≥90%", "出勤率95%", "出勤率"],
    ["培训合格率", "≥90%", "签到率：95%", "签到率"],
    ["疫苗接种率", "≥90%", "预约率95%", "预约率"],
    ["培训合格率", "≥90%", "淘汰率8%", "淘汰率"],
    ["培训合格率", "≥90%", "补考率8%", "补考率"],
    ["苗木成活率", "≥90%", "补植率8%", "补植率"],
    ["培训合格率（%）", "≥90%", "完成率100%", "完成率"],
    // a better grade's rate below the target says nothing of the indicator's (30 % excellent: how many passed?)
    ["培训合格率", "≥90%", "优秀率30%", "优秀率"],
    ["工程合格率", "≥95%", "优良率60%", "优良率"],
  ])("%s %s, completed %s", (name, target, actual, measure) => {
    expect(run(name, target, actual)).toMatchObject({
      score: null,
      status: "qualitative",
      findings: [
        `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的不是同一个量，无法按年度指标值“${target}”计分；${person}`,
        waiting(name),
      ],
    });
  });
});

describe("the other side of a survey waits for a person", () => {
  test.each([
    ["群众满意度", "≥90%", "差评率5%", "差评率"],
    ["群众满意度", "≥90%", "不满意人数占8%", "不满意人数占"],
    ["服务对象满意率", "≥90%", "不满意的比例为8%", "不满意的比例"],
  ])("%s %s, completed %s", (name, target, actual, measure) => {
    expect(run(name, target, actual)).toMatchObject({
      score: null,
      status: "qualitative",
      findings: [
        `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的相反，无法按年度指标值“${target}”计分；${person}`,
        waiting(name),
      ],
    });
  });
});

describe("the other side of a pass or a fail is turned round", () => {
  test.each([
    ["设备故障率(质量指标)", "≤5%", "完好率97%", "完好率", "100%", "3%", 90],
    ["设备完好率", "≥95%", "损坏率5%", "损坏率", "100%", "95%", 90],
    ["设备完好率", "≥95%", "故障率3%", "故障率", "100%", "97%", 90],
    ["验收合格率", "≥95%", "不合格率3%", "不合格率", "100%", "97%", 90],
    ["不合格率", "≤5%", "合格率97.5%", "合格率", "100%", "2.5%", 90],
    ["培训合格率", "≥90%", "挂科率8%", "挂科率", "100%", "92%", 90],
    ["培训合格率", "≥95%", "不合格人数占8%", "不合格人数占", "100%", "92%", 87.16],
    ["苗木成活率", "≥90%", "死亡率8%", "死亡率", "100%", "92%", 90],
    ["水质达标率", "≥95%", "超标率3%", "超标率", "100%", "97%", 90],
    ["设备完好率", "≥950‰", "故障率30‰", "故障率", "1000‰", "970‰", 90],
  ])("%s %s, completed %s: counted as %s less it", (name, target, actual, measure, whole, counted, score) => {
    const out = run(name, target, actual);
    expect(out).toMatchObject({ score, status: "scored" });
    expect(out.findings[0]).toBe(
      `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${measure}”，与指标“${name}”所计的相反，按${whole}减去“${measure}”后的${counted}计分，请人工确认`,
    );
  });

  test("故障率3% is turned round, but not a bound or a plan", () => {
    expect(run("设备完好率", "≥95%", "故障率3%")).toMatchObject({ score: 90, status: "scored" });
    expect(run("设备完好率", "≥95%", "故障率3%（预计）").findings[0]).toMatch(/标明是计划或预计/);
    expect(run("设备完好率", "≥95%", "故障率≤3%")).toMatchObject({ score: null, status: "qualitative" });
  });
});
