// A figure labelled as a difference from an earlier year, the budget or the plan (较上年增加50人次, 超预算5万元,
// 节约资金5万元, 超额完成50人次) is the gap, not the figure reached. It was scored as the completed value: 较上年增加50人次
// against ≥1000人次 got 5 % of the weight with a hint, 超预算5万元 against ≤100万元 full marks. It waits for a person now
// (the figure reached, or a band), unless the indicator counts a change (新增就业人数) or the value says what was reached.
import { builtInProfile, scoreWorkbook, waitingRows } from "../../src/core";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

/** A row of the kind its target asks: a count (培训人次) or a cost (培训经费). */
const row = (target: string, actual: string, level3?: string, level2?: string) => {
  const cost = target.includes("元");
  return oneRowSeed({
    level2: level2 ?? (cost ? "成本指标" : /分钟|工作日/.test(target) ? "时效指标" : "数量指标"),
    level3: level3 ?? (cost ? "培训经费" : /分钟|工作日/.test(target) ? "办理时限" : "培训人次"),
    target,
    actual,
    reason: "",
  });
};
const run = (target: string, actual: string, level3?: string, level2?: string) =>
  seedRowOutcome(row(target, actual, level3, level2));

describe("a figure labelled as a difference waits for a person", () => {
  test.each([
    ["≥1000人次", "较上年增加50人次", "较上年增加"],
    ["≥1000人次", "同比增加50人次", "同比增加"],
    ["≥1000人次", "比计划多50人次", "比计划多"],
    ["≥1000人次", "超额完成50人次", "超额完成"],
    ["≥1000人次", "较上年减少了50人次", "较上年减少了"],
    ["≤100万元", "超预算5万元", "超预算"],
    ["≤100万元", "超支5万元", "超支"],
    ["≤100万元", "节约资金5万元", "节约资金"],
    ["≤100万元", "结余5万元", "结余"],
    // stop 51's red-team: a gap from a standard, a time limit or the plan, said otherwise, scored as the figure (10 each
    // against a cap; 2 for 少于计划200人次)
    ["≤100万元", "超标准5万元", "超标准"],
    ["≤100万元", "超出标准5万元", "超出标准"],
    ["≤100万元", "超定额5万元", "超定额"],
    ["≥1000人次", "少于计划200人次", "少于计划"],
    ["≥1000人次", "低于目标200人次", "低于目标"],
    ["≤30分钟", "超时5分钟", "超时"],
    ["≤5个工作日", "缩短2个工作日", "缩短"],
    ["≤5个工作日", "压缩了3个工作日", "压缩了"],
    ["≤30分钟", "提前5分钟", "提前"],
  ])("%s against %s", (target, actual, label) => {
    const name = target.includes("元") ? "培训经费" : /分钟|工作日/.test(target) ? "办理时限" : "培训人次";
    expect(run(target, actual)).toEqual({
      score: null,
      status: "qualitative",
      findings: [
        `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是与上年、预算、计划或标准相比的差额（“${label}”），不是实际完成数，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
        `TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“${name}”（90分）`,
      ],
    });
  });

  test("the band buttons offer it, and a band picked scores it", () => {
    const profile = builtInProfile("central-2020")!;
    const grid = seedGrid(row("≤100万元", "超预算5万元"));
    const plan = scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" });
    expect(waitingRows(plan, profile).map((w) => [w.cell, w.bands])).toEqual([["E11", [90, 63, 0]]]);
    const picked = scoreWorkbook(grid, {
      mode: "score",
      profile,
      fileName: "t.xlsx",
      picks: [{ sheet: grid.sheets[0].name, row: 11, band: 1 }],
    });
    expect(picked.report.tables[0].total).toBe(73);
  });
});

describe("a difference that is no completed value's only figure, or an indicator counting a change", () => {
  test.each([
    ["≥1000人次", "1050人次，较上年增加50人次", "培训人次", 90],
    ["≥1000人次", "较上年增加50人次，实际完成1050人次", "培训人次", 90],
    ["≤100万元", "98万元，节约2万元", "培训经费", 90],
    ["≥50人", "较上年增加60人", "新增就业人数", 90],
    ["≥20万元", "节约资金25万元", "节约资金", 90],
    ["≤5万元", "结余3万元", "结余资金", 90],
    ["≥2天", "缩短2天", "办理时限缩短天数", 90],
    ["≥2天", "提前2天", "提前完成天数", 90],
    ["≤5个工作日", "压缩至3个工作日", "办理时限", 90],
    ["≤5个工作日", "3个工作日，提前2天", "办理时限", 90],
  ])("%s against %s (%s) is scored by its figure", (target, actual, level3, score) => {
    expect(run(target, actual, level3).score).toBe(score);
  });

  test("a percent change on an earlier year waits too (同比提高5% against 合格率 ≥95% was 4.74 with a review)", () => {
    const r = run("≥95%", "同比提高5%", "合格率", "质量指标");
    expect(r.score).toBeNull();
    expect(r.findings[0]).toMatch(
      /^QUALITATIVE_REVIEW E11: 实际完成值“同比提高5%”写的是与上年、预算、计划或标准相比的差额（“同比提高”）/,
    );
  });

  test("a percent change on nothing said is read by the change words (提高5% against ≥95%: a review, not a wait)", () => {
    const r = run("≥95%", "提高5%", "合格率", "质量指标");
    expect(r.score).toBe(4.74);
    expect(r.findings[0]).toMatch(/^QUALITATIVE_REVIEW E11: 实际完成值“提高5%”写的是变化“提高”/);
  });
});

test("a difference from the budget before the figure reached: the second is scored (it was the first, the saving)", () => {
  const r = run("≤50万元", "较预算节约2万元，实际支出48万元");
  expect(r.score).toBe(90);
  expect(r.findings).toEqual([
    "REMARK_IGNORED E11: 实际完成值“较预算节约2万元，实际支出48万元”按实际支出48万元计分，说明“较预算节约2万元”未参与计分",
  ]);
  expect(run("≥1000人次", "较上年同期增长50人次").score).toBeNull();
});

// A shortfall said as the gap (缺口50人次, 还差50人次) was scored as the figure reached: 4.5 of 90.
test.each([
  ["缺口50人次", "缺口"],
  ["还差50人次", "还差"],
])("%s against ≥1000人次 is the gap: it waits for a person", (actual, label) => {
  const r = run("≥1000人次", actual);
  expect(r.score).toBeNull();
  expect(r.findings[0]).toContain(`写的是与上年、预算、计划或标准相比的差额（“${label}”）`);
});

// A change word alone before the figure (减少100吨, 增加200人次) was scored as the level: 减少100吨 against ≤1000吨 full
// marks, 增加200人次 against ≥1000人次 18 of 90.
describe("a change word alone before the figure", () => {
  test.each([
    ["≤1000吨", "减少100吨", "碳排放量", "减少"],
    ["≤50万元", "降低5万元", "运行成本", "降低"],
    ["≥1000人次", "增加200人次", "培训人次", "增加"],
  ])("%s against %s (%s) is a change: it waits for a person", (target, actual, level3, label) => {
    const r = run(target, actual, level3);
    expect(r.score).toBeNull();
    expect(r.findings[0]).toContain(`写的是与上年、预算、计划或标准相比的差额（“${label}”）`);
  });

  test.each([
    ["≥500元", "增收600元", "农民增收"],
    ["≥100个", "增加120个", "新增就业岗位"],
    ["≥100吨", "减少120吨", "减少碳排放"],
    ["增加100人次", "增加120人次", "培训人次"],
  ])(
    "under a name or target counting the change (%s, %s, %s) it is the figure, as before",
    (target, actual, level3) => {
      expect(run(target, actual, level3).score).toBe(90);
    },
  );

  test("followed by the level reached (增加80人，达520人), the level counts", () => {
    expect(run("≥500人", "增加80人，达520人", "就业人数").score).toBe(90);
    expect(run("≥500人", "增加80人，达到480人", "就业人数").score).toBe(86.4);
  });
});
