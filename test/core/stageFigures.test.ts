// A figure the words with it say is not the figure reached: an earlier step or another act than the indicator's
// (开工100套 under 竣工房屋), projected, potential, design, contract or promised (可培训1000人次, 合同价45万元), or with a
// remark saying its work is pending, stopped or not done (10台（取消）). All had full marks with only a blue note that
// the words were not counted.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const row = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3, target, actual, reason: "" }));

test.each([
  ["竣工房屋", "≥100套", "开工100套", "开工"],
  ["竣工房屋", "≥100套", "封顶100套", "封顶"],
  ["办结件数", "≥500件", "受理500件", "受理"],
  ["发放补贴户数", "≥1000户", "申报1000户", "申报"],
  ["发放补贴户数", "≥1000户", "公示1000户", "公示"],
  ["发放补贴户数", "≥1000户", "审核通过1000户", "审核通过"],
  ["资助学生", "≥500人次", "申请500人次", "申请"],
  ["购置设备", "≥10台", "已下单10台", "下单"],
  ["购置设备", "≥10台", "合同签订10台", "签订"],
  ["购置设备", "≥10台", "10台（招标中）", "招标中"],
  ["新建公厕", "≥5座", "已选址5座", "选址"],
  ["新建公厕", "≥5座", "5座（设计阶段）", "设计阶段"],
  ["购置设备", "≥10台", "10台（申报中）", "申报中"],
])("%s %s: %s is a step before the result, not scored (it had full marks)", (level3, target, actual, label) => {
  const out = row(level3, target, actual);
  expect(out).toMatchObject({ score: null, status: "qualitative" });
  expect(out.findings).toContain(
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”中的数是“${label}”这一环节的，不是指标要求的实际完成结果，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
  );
});

test.each([
  ["带动农户增收", "≥100万元", "投产后预计年增收100万元", "投产后"],
  ["带动农户增收", "≥100万元", "可带动增收100万元", "可带动"],
  ["带动农户增收", "≥100万元", "达产后增收100万元", "达产后"],
  ["带动农户增收", "≥100万元", "100万元（测算）", "测算"],
  ["带动农户增收", "≥100万元", "100万元（估算）", "估算"],
  ["带动农户增收", "≥100万元", "设计产能100万元", "设计产能"],
  ["村集体经济收入", "≥5万元", "合同约定5万元/年", "合同约定"],
  ["培训人次", "≥1000人次", "可培训1000人次", "可培训"],
  ["培训人次", "≥1000人次", "可容纳1000人次", "可容纳"],
  ["培训人次", "≥1000人次", "1000人次（设计规模）", "设计规模"],
  ["预算执行率", "≥95%", "年底预计达到96%", "预计"],
  ["审批时限", "≤5个工作日", "承诺时限3个工作日", "承诺时限"],
  ["审批时限", "≤5个工作日", "规定5个工作日", "规定"],
  ["项目总成本", "≤50万元", "暂估45万元", "暂估"],
  ["项目总成本", "≤50万元", "合同价45万元", "合同价"],
])("%s %s: %s is projected, potential or agreed, not scored (it had full marks)", (level3, target, actual, label) => {
  const out = row(level3, target, actual);
  expect(out).toMatchObject({ score: null, status: "qualitative" });
  expect(out.findings).toContain(
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”中的数标明是预计、测算、可达到、设计、约定或承诺的（“${label}”），不是实际完成情况，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
  );
});

test.each([
  ["新建公厕", "≥5座", "5座，尚在施工", "5座", "尚在施工"],
  ["新建公厕", "≥5座", "5座（3座在建）", "5座", "3座在建"],
  ["购置设备", "≥10台", "10台，其中2台未到货", "10台", "其中2台未到货"],
  ["购置设备", "≥10台", "10台（2台待安装调试）", "10台", "2台待安装调试"],
  ["购置设备", "≥10台", "10台（取消）", "10台", "取消"],
  ["购置设备", "≥10台", "10台（暂缓采购）", "10台", "暂缓采购"],
  ["补贴发放率", "≥100%", "100%（资金在途）", "100%", "资金在途"],
  ["补贴发放率", "≥100%", "100%（已公示待发放）", "100%", "已公示待发放"],
  ["合格率", "≥95%", "98%（整改中）", "98%", "整改中"],
  ["合格率", "≥95%", "98%（数据待核实）", "98%", "数据待核实"],
  ["合格率", "≥95%", "98%（第三方检测未出结果）", "98%", "第三方检测未出结果"],
  ["村集体经济收入", "≥5万元", "5万元（租金，尚未收取）", "5万元", "租金,尚未收取"],
  ["交付使用", "≥100套", "建成100套，未交付", "建成100套", "未交付"],
])("%s %s: %s keeps 90 with the review that its remark says the work is not done", (l3, target, actual, fig, note) => {
  expect(row(l3, target, actual)).toMatchObject({
    score: 90,
    findings: [`QUALITATIVE_REVIEW E11: 实际完成值“${actual}”按${fig}计分，但说明“${note}”与计分结果不符，请人工确认`],
  });
});

/** Whether a row had full marks with no warning that a person should look at it. */
const silentFull = (out: ReturnType<typeof row>) =>
  out.score === 90 && !out.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW"));

test.each([
  ["竣工房屋", "≥100套", "开工100套", "已竣工100套"],
  ["竣工房屋", "≥100套", "封顶100套", "完成100套（已交付）"],
  ["购置设备", "≥10台", "10台（待安装调试）", "10台（已安装调试）"],
  ["合格率", "≥95%", "98%（第三方检测未出结果）", "98%（第三方检测）"],
  ["补贴发放率", "≥100%", "100%（已公示待发放）", "100%（已全部发放）"],
  ["发放补贴户数", "≥1000户", "申报1000户", "申报的1000户全部发放到位"],
  ["办结件数", "≥500件", "受理500件", "受理500件，全部办结"],
  ["交付使用", "≥100套", "建成100套，未交付", "建成100套并交付使用"],
  ["带动农户增收", "≥100万元", "可带动增收100万元", "实际增收100万元"],
  // the step or the term is the indicator's own, or the basis of what was done
  ["受理件数", "≥500件", "申请500件", "受理500件"],
  ["专利申请数", "≥10项", "10项（申报中）", "申请10项"],
  ["发放补贴户数", "≥1000户", "规定1000户", "按规定发放1000户"],
  ["购置设备", "≥10台", "10台（招标中）", "通过公开招标采购10台"],
  ["农民人均收入", "≥15000元", "人均可增收15000元", "人均可支配收入15000元"],
  // beside a figure labelled done, work under way is the rest of the task; a bad event not occurred is no shortfall
  ["新建公厕", "≥3个", "3个（1个正在建设）", "完成3个，正在建设1个"],
  ["合格率", "≥95%", "98%（整改中）", "98%（未发生质量事故）"],
  ["设备运行", "≥10台", "10台（正在调试）", "10台（正在运行）"],
])("%s %s: %s is checked by a person (it had full marks), %s is the figure reached", (level3, target, bad, good) => {
  expect(silentFull(row(level3, target, bad))).toBe(false);
  const out = row(level3, target, good);
  expect(out.score).toBe(90);
  expect(out.findings.filter((f) => /与计分结果不符|这一环节|预计、测算/.test(f))).toEqual([]);
});

test("a pending remark is checked where the figure meets the target, the reason where it does not", () => {
  expect(row("购置设备", "≥10台", "10台（2台取消）")).toMatchObject({
    score: 90,
    findings: [
      "QUALITATIVE_REVIEW E11: 实际完成值“10台（2台取消）”按10台计分，但说明“2台取消”与计分结果不符，请人工确认",
    ],
  });
  expect(row("购置设备", "≥12台", "10台（2台取消）")).toMatchObject({
    score: 75,
    findings: expect.arrayContaining([
      "REMARK_IGNORED E11: 实际完成值“10台（2台取消）”按10台计分，说明“2台取消”未参与计分",
    ]),
  });
});

test("the English message names the step", () => {
  const seed = oneRowSeed({
    level2: "数量指标",
    level3: "办结件数",
    target: "≥500件",
    actual: "受理500件",
    reason: "",
  });
  const plan = scoreWorkbook(seedGrid(seed), {
    mode: "score",
    profile: builtInProfile("central-2020")!,
    fileName: "t.xlsx",
    lang: "en",
  });
  const messages = plan.report.tables[0].findings.map((f) => f.message);
  expect(messages).toContain(
    'Completed value "受理500件" gives the figure of a step ("受理"), not the result the indicator asks for, so it cannot be scored against the target "≥500件"; write the figure reached, or choose achieved / partly achieved / not achieved and write its score in the score cell; not scored yet',
  );
});
