// Counts said in short and late work said in other words. A period alone before a figure (月1次, 季1次, 按月1次, 逐月1次)
// was the figure alone (月1次 against ≥12次: 1次, 7.5 of 90); a figure per unit with the count of units (每场50人，共20场,
// 4个乡镇各300人次, 汛前汛后各1次, 4期×300人次) was the figure per unit (50 of 1000: 4.5 of 90); work done after the
// next Spring Festival (春节后完成, 正月完成, 来年开春完成) or said late in words (晚于计划完成, 顺延) had full marks.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { parseValue } from "../../src/core/parse";
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

/** The row's outcome under 数量指标 or 时效指标, in the 2021 table. */
const row = (level3: string, target: string, actual: string, level2 = "数量指标") =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "" }));
/** The row's score and its findings without the direction's assumption and the total's. */
const counted = (target: string, actual: string, level3 = "巡查次数") => {
  const r = row(level3, target, actual);
  const own = (f: string) => !f.startsWith("DIRECTION_INFERRED") && !f.startsWith("TOTAL_INCOMPLETE");
  return { score: r.score, findings: r.findings.filter(own) };
};

describe("a period alone before a figure is counted per that period", () => {
  test.each([
    ["月1次", 1, "month"],
    ["季1次", 1, "quarter"],
    ["日1次", 1, "day"],
    ["按月1次", 1, "month"],
    ["按季度2次", 2, "quarter"],
    ["逐月1次", 1, "month"],
    ["月度1次", 1, "month"],
    ["天3次", 3, "day"],
  ])("%s is %d per %s", (text, value, per) => {
    const v = parseValue(text, {});
    expect(v.kind === "quantity" ? [v.value, v.per] : v.kind).toEqual([value, per]);
  });

  test.each([
    ["≥12次", "月1次", "12次"],
    ["≥12次", "按月1次", "12次"],
    ["≥12次", "逐月1次", "12次"],
    ["≥4次", "季1次", "4次"],
    ["≥4次", "按季度1次", "4次"],
  ])("%s against %s: the year's %s, full marks (it was 1次)", (target, actual, yearly) => {
    expect(counted(target, actual)).toEqual({
      score: 90,
      findings: [`PERIOD_CONVERTED E11: 实际完成值“${actual}”按全年${yearly}计算`],
    });
  });

  test("月1次 as the target is the year's 12次: 12次 done meets it (it was 1次 with a 1100 % over-achievement)", () => {
    expect(counted("月1次", "12次")).toEqual({
      score: 90,
      findings: ["PERIOD_CONVERTED D11: 年度指标值“月1次”按全年12次计算"],
    });
  });

  test("按月1次 against 每月1次: the same period, met", () => {
    expect(counted("每月1次", "按月1次")).toEqual({ score: 90, findings: [] });
  });

  test("日1次 against ≥365次: a day does not convert, the units to be made one (it was 1次, 0.25 of 90)", () => {
    expect(counted("≥365次", "日1次")).toEqual({
      score: null,
      findings: ["UNIT_MISMATCH E11: 年度指标值的单位“次”与实际完成值的单位“次/日”不一致，无法比较，请统一计量单位"],
    });
  });

  test.each([
    ["大多数月份1次", "大多数月份"],
    ["部分季度2次", "部分季度"],
    ["个别月份开展1次", "个别月份"],
  ])("%s against 每月1次 is for a person: no count for the year (it was 1次, 7.5 of 90)", (actual, words) => {
    expect(counted("每月1次", actual)).toEqual({
      score: null,
      findings: [
        `ACTUAL_UNPARSEABLE E11: 实际完成值“${actual}”无法识别：“${words}”只说了部分时段的数字，无法折算为全年，请填写全年合计数，本行不计分`,
      ],
    });
  });

  test("月10日前 is a day of each month as 每月10日前 is, no count (it was 10日)", () => {
    expect(parseValue("月10日前", {}).kind).not.toBe("quantity");
  });
});

describe("a figure per unit times the count of units", () => {
  test.each([
    ["每场50人，共20场", "50人×20场", "1000人"],
    ["共20场，每场50人", "50人×20场", "1000人"],
    ["20场×50人", "50人×20场", "1000人"],
  ])("%s against ≥1000人次: %s, 1000, met (it was 50人, 4.5 of 90)", (actual, product, total) => {
    const r = counted("≥1000人次", actual, "培训人次");
    expect(r.score).toBe(90);
    expect(r.findings[0]).toBe(`UNIT_ASSUMED E11: 实际完成值“${actual}”按${product}合计为${total}计分，请核对`);
  });

  test.each([
    ["每期330人次，共3期", "330人次×3期", "990人次", 89.1],
    ["每个乡镇300人次，共4个乡镇", "300人次×4乡镇", "1200人次", 90],
    ["4个乡镇各300人次", "300人次×4乡镇", "1200人次", 90],
    ["4期×300人次", "300人次×4期", "1200人次", 90],
    ["300人次×4期", "300人次×4期", "1200人次", 90],
    ["举办3期，每期300人次", "300人次×3期", "900人次", 81],
  ])("%s against ≥1000人次: %s = %s, %d of 90", (actual, product, total, score) => {
    const r = counted("≥1000人次", actual, "培训人次");
    expect(r.score).toBe(score);
    expect(r.findings[0]).toBe(`UNIT_ASSUMED E11: 实际完成值“${actual}”按${product}合计为${total}计分，请核对`);
  });

  test.each([
    ["春秋两季各1次", "1次×2季"],
    ["汛前汛后各1次", "1次×2"],
    ["汛期前后各1次", "1次×2"],
    ["春节、国庆各1次", "1次×2"],
  ])("%s against ≥2次: %s, 2次, met (it was 1次, 45 of 90)", (actual, product) => {
    expect(counted("≥2次", actual)).toEqual({
      score: 90,
      findings: [`UNIT_ASSUMED E11: 实际完成值“${actual}”按${product}合计为2次计分，请核对`],
    });
  });

  test("multiplied only where the units are not what the target counts, per unit or in their own measure", () => {
    // 每场50人，共20场 against ≥1000人次 is 1000人 (it was 50人)
    expect(counted("≥1000人次", "每场50人，共20场", "培训人次").score).toBe(90);
    // 20场×50人 against ≥20场 stays 20场
    expect(counted("≥20场", "20场×50人", "培训场次").findings.join()).not.toMatch(/1000场|合计/);
    // a target per unit is answered by the figure per unit
    for (const [level3, target] of [
      ["场均参训人数", "≥50人"],
      ["培训人次", "每场≥50人"],
    ])
      expect(counted(target, "每场50人，共20场", level3)).toEqual({
        score: 90,
        findings: ["REMARK_IGNORED E11: 实际完成值“每场50人，共20场”按每场50人计分，说明“共20场”未参与计分"],
      });
    // a count of other units than the figure's (每场50人，共20次) is not multiplied
    expect(counted("≥1000人次", "每场50人，共20次", "培训人次").score).toBe(4.5);
  });

  test.each([
    ["共开展3期，每期约300人次", "约300人次×3期合计为900人次", "为约数，按900人次计算", 81],
    ["每期300-400人次，共3期", "300-400人次×3期合计为900-1200人次", "是一个区间，按下限900人次计算", 81],
    ["4个乡镇各300余人次", "300余人次×4乡镇合计为1200人次", "为约数，按1200人次计算", 90],
  ])("%s: %s, an approximate figure said as one (%s)", (actual, product, approx, score) => {
    expect(counted("≥1000人次", actual, "培训人次")).toMatchObject({
      score,
      findings: expect.arrayContaining([
        `UNIT_ASSUMED E11: 实际完成值“${actual}”按${product}计分，请核对`,
        `APPROXIMATE_VALUE E11: 实际完成值“${actual}”${approx}`,
      ]),
    });
  });

  test("English: the product is said", () => {
    const seed = oneRowSeed({ level2: "数量指标", level3: "培训人次", target: "≥1000人次", actual: "4期×300人次" });
    const profile = builtInProfile("central-2020")!;
    const r = firstRowOutcome(
      scoreWorkbook(seedGrid(seed), { mode: "score", profile, fileName: "t.xlsx", lang: "en" }),
    );
    expect(r.score).toBe(90);
    expect(r.findings).toContain(
      'UNIT_ASSUMED E11: Completed value "4期×300人次" scored as 300人次 × 4期, 1200人次 in all; please check',
    );
  });
});

describe("work done in the next year's first season, or said late in other words", () => {
  const timely = (target: string, actual: string) => row("项目完成时间", target, actual, "时效指标");

  test.each([
    ["春节后完成", "春节后"],
    ["节后完成", "节后"],
    ["年后完成", "年后"],
    ["正月完成", "正月"],
    ["元宵节后完成", "元宵节后"],
    ["来年开春完成", "来年开春"],
    ["次年春季完成", "次年春季"],
    ["春节前完成", "春节前"],
    ["清明前完成", "清明前"],
    ["元旦后完成", "元旦后"],
  ])("%s against 2021年12月底前: after the deadline, 部分达成 (it was 达成)", (actual, when) => {
    const r = timely("2021年12月底前", actual);
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toBe(
      `QUALITATIVE_REVIEW G11: 完成时间${when}晚于2021年12月底前，“${actual}”判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认`,
    );
  });

  test.each([
    ["过期完成", "过期"],
    ["晚于计划完成", "晚于"],
    ["比计划晚2个月完成", "比计划晚"],
    ["完成，晚了半个月", "晚了"],
    ["完成（因疫情顺延）", "顺延"],
  ])("%s: a word of lateness (%s), 部分达成 as 延期完成 (it was 达成)", (actual, word) => {
    const r = timely("2021年12月底前", actual);
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toBe(
      `QUALITATIVE_REVIEW G11: “${actual}”写有“${word}”，判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认`,
    );
  });

  test("春节后完成 against 按时完成 in a 2021 table is late; times within the year and on-time words stay 达成", () => {
    expect(timely("按时完成", "春节后完成").score).toBe(63);
    for (const actual of [
      "国庆节前完成",
      "国庆节后完成",
      "未晚于计划完成",
      "最晚于12月20日完成",
      "比计划提前2个月完成",
    ])
      expect([actual, timely("2021年12月底前", actual).score]).toEqual([actual, 90]);
  });
});
