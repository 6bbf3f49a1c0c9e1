// Figures counted per period (每季度1次, 每月≥1次, 2次/月) against figures for the year: months, quarters and half-years
// convert to the year and say so (PERIOD_CONVERTED); a week, a day or a term does not convert (UNIT_MISMATCH); rates
// are compared as they are; a deadline within each period (每月10日前) is not a count.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { parseValue } from "../../src/core/parse";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const table = (target: string, actual: string): WorkbookGrid =>
  seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "产出指标", level2: "数量指标", level3: "督导检查次数", target, actual, weight: 90 }],
  });
/** The row's score and its findings as "CODE cell: message", the direction's assumption left out. */
const scored = (target: string, actual: string, lang: "zh" | "en" = "zh") => {
  const plan = scoreWorkbook(table(target, actual), { mode: "score", profile, fileName: "t.xlsx", lang });
  const t = plan.report.tables[0];
  const rows = t.findings.filter((f) => f.cell !== null && f.code !== "DIRECTION_INFERRED");
  return { score: t.indicators[0].score, findings: rows.map((f) => `${f.code} ${f.cell}: ${f.message}`) };
};

describe("reading the period", () => {
  test.each([
    ["每季度1次", 1, null, "quarter"],
    ["每月≥1次", 1, ">=", "month"],
    ["平均每月2次", 2, null, "month"],
    ["月均10次", 10, null, "month"],
    ["每季度至少1次", 1, ">=", "quarter"],
    ["2次/月", 2, null, "month"],
    ["1次/季度", 1, null, "quarter"],
    ["每半年1次", 1, null, "half-year"],
    ["≥5件/年", 5, ">=", "year"],
    ["每年度1次", 1, null, "year"],
    ["每周2次", 2, null, "week"],
    // without 每: 半年1次 was 1次 with 半年 as a remark (2次 then over-achieved by 100 %), 1年2次 unreadable
    ["半年1次", 1, null, "half-year"],
    ["季度2次", 2, null, "quarter"],
    ["1年2次", 2, null, "year"],
    ["一年两次", 2, null, "year"],
  ])("%s: %s per period, comparator %s, per %s", (text, value, comparator, per) => {
    const p = parseValue(text);
    expect(p).toMatchObject({ kind: "quantity", value, comparator, per });
    expect(p.kind === "quantity" && p.remark).toBeUndefined(); // nothing of the period left as words (每年度: not 度)
  });

  test.each(["12次", "≥0.8万元/人", "4次（每季度1次）", "全年≥12次"])("%s has no period", (text) => {
    const p = parseValue(text);
    expect(p.kind).toBe("quantity");
    expect(p.kind === "quantity" && p.per).toBeUndefined();
  });

  test.each(["年底前完成", "半年内完成", "2021年2次"])("%s has no period before its figure", (text) => {
    const p = parseValue(text);
    expect(p.kind === "quantity" && p.per).toBeFalsy();
  });

  test("a time within each period is read whole, as before (每月10日前 is no count of days)", () => {
    expect(parseValue("每月10日前").kind).toBe("qualitative");
  });
});

describe("scoring against the year", () => {
  test("半年1次 against 2次: met, said as 2次 for the year", () => {
    expect(scored("半年1次", "2次")).toEqual({
      score: 90,
      findings: ["PERIOD_CONVERTED D11: 年度指标值“半年1次”按全年2次计算"],
    });
  });

  test("每季度1次 against 4次: met, said as 4次 for the year; no over-achievement of 300%", () => {
    expect(scored("每季度1次", "4次")).toEqual({
      score: 90,
      findings: ["PERIOD_CONVERTED D11: 年度指标值“每季度1次”按全年4次计算"],
    });
  });

  test("每季度1次 against 3次: 3/4 of the weight, the shortfall in the year's figures", () => {
    expect(scored("每季度1次", "3次")).toEqual({
      score: 67.5,
      findings: [
        "PERIOD_CONVERTED D11: 年度指标值“每季度1次”按全年4次计算",
        "NOT_MET_NO_REASON H11: 实际完成值3次低于年度指标值4次，按3/4×90计67.50分，请填写偏差原因",
      ],
    });
  });

  test("2次/月 against 24次 and 每月≥1次 against 12次: met, no OVER_ACHIEVED", () => {
    expect(scored("2次/月", "24次").findings).toEqual(["PERIOD_CONVERTED D11: 年度指标值“2次/月”按全年24次计算"]);
    expect(scored("每月≥1次", "12次").score).toBe(90);
  });

  test("both sides per period: converted on both sides when they differ, as they are when they match", () => {
    expect(scored("每月2次", "每季度6次").findings).toEqual([
      "PERIOD_CONVERTED D11: 年度指标值“每月2次”按全年24次计算",
      "PERIOD_CONVERTED E11: 实际完成值“每季度6次”按全年24次计算",
    ]);
    expect(scored("每周1次", "每周1次")).toEqual({ score: 90, findings: [] });
  });

  test("a range and money convert too; a rate per month is a rate", () => {
    expect(scored("每月2-3次", "30次").findings).toEqual([
      "PERIOD_CONVERTED D11: 年度指标值“每月2-3次”按全年24-36次计算",
    ]);
    // (a 数量指标 with an upper bound only is said too: QUANTITY_CAPPED, another rule)
    expect(scored("每月≤5万元", "50万元")).toEqual({
      score: 90,
      findings: [
        "PERIOD_CONVERTED D11: 年度指标值“每月≤5万元”按全年60万元计算",
        "QUANTITY_CAPPED D11: 数量指标“督导检查次数”只设上限“每月≤5万元”，建议设下限或区间",
      ],
    });
    expect(scored("每月完成率≥95%", "96%")).toEqual({ score: 90, findings: [] });
  });

  test("a week has no fixed count in a year: 每周2次 against 100次 is a unit mismatch, not scored", () => {
    const { score, findings } = scored("每周2次", "100次");
    expect(score).toBeNull();
    expect(findings.filter((f) => !f.startsWith("TOTAL_INCOMPLETE"))).toEqual([
      "UNIT_MISMATCH E11: 年度指标值的单位“次/周”与实际完成值的单位“次”不一致，无法比较，请统一计量单位",
    ]);
  });

  test("words between the period and the figure are a remark that keeps the period; a day does not convert either", () => {
    expect(scored("每月开展1次", "12次").findings).toEqual([
      "PERIOD_CONVERTED D11: 年度指标值“每月开展1次”按全年12次计算",
      "REMARK_IGNORED D11: 年度指标值“每月开展1次”按每月1次计分，说明“开展”未参与计分",
    ]);
    const daily = scored("每日巡查1次", "365次");
    expect(daily.score).toBeNull();
    expect(daily.findings[0]).toBe(
      "UNIT_MISMATCH E11: 年度指标值的单位“次/日”与实际完成值的单位“次”不一致，无法比较，请统一计量单位",
    );
  });

  test("in English", () => {
    expect(scored("每季度1次", "4次", "en").findings).toEqual([
      'PERIOD_CONVERTED D11: Target "每季度1次" counted as 4次 for the year',
    ]);
  });
});

// 125元/人·月 against ≥1500元/人·年 scored 7.5 of 90: a period joined to the basis (人·月, 人年) was not read, so a month's
// sum was compared with a year's
describe("a period joined to the basis", () => {
  const subsidy = (target: string, actual: string) => {
    const plan = scoreWorkbook(
      seedGrid({
        title: "2021年度项目支出绩效自评表",
        kind: "project",
        funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
        rows: [{ level1: "产出指标", level2: "数量指标", level3: "补助标准", target, actual, weight: 90 }],
      }),
      { mode: "score", profile, fileName: "t.xlsx" },
    );
    return plan.report.tables[0].indicators[0].score;
  };

  test.each([
    ["≥1500元/人·年", "125元/人·月"],
    ["≥1500元/人年", "125元/人月"],
    ["≥125元/人·月", "1500元/人·年"],
    ["≥1500元/户·年", "125元/户·月"],
  ])("%s, completed %s: met, 90", (target, actual) => {
    expect(subsidy(target, actual)).toBe(90);
  });

  // the target's period in the completed value's words: the figure was taken for the year's (120 against 1200: 9)
  test.each([
    ["每人每月不低于100元", "按每人每月120元发放", 90],
    ["每人每月不低于100元", "月人均120元", 90],
    ["每人每月不低于100元", "按120元/人·月发放", 90],
    ["每人每月不低于100元", "按每人每月80元发放", 72],
    ["每人每月不低于100元", "全年发放1440元", 90],
  ])("%s, completed %s: %d, the period read from its words", (target, actual, score) => {
    expect(subsidy(target, actual)).toBe(score);
  });

  test("the basis stays, and a day stays a person-day price", () => {
    expect(parseValue("125元/人·月")).toMatchObject({ value: 125, per: "month" });
    expect(parseValue("300元/人·天")).not.toHaveProperty("per");
    expect(subsidy("≥1500元/人·年", "125元/户·月")).toBeNull();
  });
});

// A frequency, then the year's count (每月1次，全年10次 against ≥12次) was scored by the frequency: full marks.
describe("a frequency beside the year's count", () => {
  test("每月1次，全年10次 against ≥12次: the count, 75 of 90, with the two-figures review", () => {
    const r = scored("≥12次", "每月1次，全年10次");
    expect(r.score).toBe(75);
    expect(r.findings[0]).toBe(
      "QUALITATIVE_REVIEW E11: 实际完成值“每月1次，全年10次”写有两个完成数，按“全年10次”计分，“每月1次”未参与计分，请人工确认",
    );
  });
  test("每月95%，全年10次 against ≥12次: a rate per month is no count, the 10 is the figure in the target's unit", () => {
    expect(scored("≥12次", "每月95%，全年10次").score).toBe(75);
  });
});

// Every other month (每两月, 每两个月, 双月, 隔月) and every half month were no period: 每两月1次 was read as 1次 (7.5 of
// 90 against ≥12次) and 每半月1次 against ≥24次 as 1次 (3.75).
describe("every two months, every half month", () => {
  test.each([
    ["≥12次", "每两月1次", 45, "全年6次"],
    ["≥6次", "每两个月1次", 90, "全年6次"],
    ["≥6次", "双月1次", 90, "全年6次"],
    ["≥6次", "隔月1次", 90, "全年6次"],
    ["≥24次", "每半月1次", 90, "全年24次"],
    ["≥24次", "每半个月1次", 90, "全年24次"],
  ])("%s against %s: %d of 90, said as %s", (target, actual, score, year) => {
    const r = scored(target, actual);
    expect([r.score, r.findings[0]]).toEqual([score, `PERIOD_CONVERTED E11: 实际完成值“${actual}”按${year}计算`]);
  });

  // each quarter, each half of the year (各季度均开展1次 was 1次: 22.5 of 90 against ≥4次)
  test.each([
    ["≥4次", "各季度均开展1次", "全年4次"],
    ["≥4次", "每个季度各1次", "全年4次"],
    ["≥12次", "各月均1次", "全年12次"],
    ["≥2次", "上下半年各1次", "全年2次"],
    ["≥2次", "上半年和下半年各开展1次", "全年2次"],
  ])("%s against %s: full marks, said as %s", (target, actual, year) => {
    const r = scored(target, actual);
    expect([r.score, r.findings[0]]).toEqual([90, `PERIOD_CONVERTED E11: 实际完成值“${actual}”按${year}计算`]);
  });

  // every other week, a week without 每, each working day were no period: 每两周1次 was 1次 (3.46 of 90 against ≥26次)
  test.each([
    ["≥26次", "每两周1次", "次/两周"],
    ["≥26次", "双周1次", "次/两周"],
    ["≥26次", "隔周1次", "次/两周"],
    ["≥26次", "每2周1次", "次/两周"],
    ["≥52次", "周1次", "次/周"],
    ["≥250次", "每个工作日1次", "次/工作日"],
  ])("%s against %s: a figure per %s, which no year holds a fixed number of: not compared", (target, actual, unit) => {
    const r = scored(target, actual);
    expect([r.score, r.findings[0]]).toEqual([
      null,
      `UNIT_MISMATCH E11: 年度指标值的单位“次”与实际完成值的单位“${unit}”不一致，无法比较，请统一计量单位`,
    ]);
  });

  test("every two weeks against every two weeks is compared: 每两周2次 against 每两周≥1次", () => {
    expect(scored("每两周≥1次", "每两周2次").score).toBe(90);
  });

  test("the words as written are quoted: 隔月开展1次", () => {
    expect(scored("≥6次", "隔月开展1次").findings[1]).toBe(
      "REMARK_IGNORED E11: 实际完成值“隔月开展1次”按隔月1次计分，说明“开展”未参与计分",
    );
  });
});
