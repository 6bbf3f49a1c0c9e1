// A completed figure labelled as another year's than the table's (2022年完成20公里 in a 2021 table) or as a sum over
// several years (三年累计20公里) is no figure of the year: it waits for a person (red-team stop 51, kind 7: each had
// full marks, with at most REMARK_IGNORED).
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

/** The row's outcome in a table of `year` (the title's and the line under it; 2021 unless given, none when ""). */
const run = (level3: string, target: string, actual: string, year = "2021") => {
  const seed = oneRowSeed({ level2: "数量指标", level3, target, actual, reason: "", weight: 90 });
  const title = `${year ? `${year}年度` : ""}项目支出绩效自评表`;
  const grid = seedGrid({ ...seed, title }, { year: year ? `（${year}年度）` : "" });
  const profile = builtInProfile("central-2020")!;
  return firstRowOutcome(scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" }));
};

describe("a figure of another year, or of several, waits for a person", () => {
  test.each([
    ["新建农村公路", "≥20公里", "2022年完成20公里", "2022年"],
    ["新建农村公路", "≥20公里", "2020年完成20公里", "2020年"],
    ["新建农村公路", "≥20公里", "截至2022年3月完成20公里", "2022年"],
    ["培训人次", "≥1000人次", "1000人次（2020年度）", "2020年"],
    ["培训人次", "≥1000人次", "2022年1-3月培训1000人次", "2022年"],
    ["群众满意度", "≥90%", "95%（2020年数据）", "2020年"],
    ["资金到位率", "100%", "100%（次年到位）", "次年到位"],
    ["新建农村公路", "≥20公里", "20公里（次年完成）", "次年完成"],
    ["新建农村公路", "≥20公里", "三年累计20公里", "三年累计"],
    ["新建农村公路", "≥20公里", "十三五期间累计20公里", "十三五期间累计"],
    ["新建农村公路", "≥20公里", "20公里（2019年以来累计）", "2019年以来累计"],
    // taken over from earlier years (red-team stop 51, kind 8: 10 each)
    ["群众满意度", "≥90%", "95%（沿用上年）", "沿用上年"],
    ["群众满意度", "≥90%", "95%（参照上年）", "参照上年"],
    ["群众满意度", "≥90%", "95%（往年平均）", "往年平均"],
    ["群众满意度", "≥90%", "95%（上年数据）", "上年数据"],
  ])("%s %s against %s", (level3, target, actual, label) => {
    const out = run(level3, target, actual);
    expect([out.score, out.status]).toEqual([null, "qualitative"]);
    expect(out.findings[0]).toBe(
      `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是${label}的数，不是本表年度（2021年）的实际完成情况，无法按年度指标值“${target}”计分；请填写本年实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
    );
  });

  test("in English too", () => {
    const seed = oneRowSeed({
      level2: "数量指标",
      level3: "新建农村公路",
      target: "≥20公里",
      actual: "2022年完成20公里",
    });
    const plan = scoreWorkbook(seedGrid(seed), {
      mode: "score",
      profile: builtInProfile("central-2020")!,
      fileName: "t.xlsx",
      lang: "en",
    });
    expect(plan.report.tables[0].findings[0].message).toBe(
      `Completed value "2022年完成20公里" is labelled as another year's or several years' ("2022年"), not the table's year 2021, so it cannot be scored against the target "≥20公里"; write this year's figure reached, or choose achieved / partly achieved / not achieved and write its score in the score cell; not scored yet`,
    );
  });
});

describe("this year's figure is scored", () => {
  test.each([
    ["新建农村公路", "≥20公里", "2021年完成20公里", 90],
    ["培训人次", "≥1000人次", "1200人次（截至2021年12月）", 90],
    ["培训人次", "≥1000人次", "1200人次，较2020年增加200人次", 90],
    ["培训人次", "≥1000人次", "1200人次（比2020年多200人次）", 90],
    ["培训人次", "≥1000人次", "1200人次（下年度继续实施）", 90],
    ["新建农村公路", "≥20公里", "累计20公里", 90],
    ["补贴标准", "≥500元/人", "600元/人（参照上年标准）", 90],
    ["群众满意度", "≥90%", "95%，比上年提高2个百分点", 90],
  ])("%s %s against %s: %s", (level3, target, actual, score) => {
    expect(run(level3, target, actual).score).toBe(score);
  });

  test("a table without a year reads no year as another's", () => {
    expect(run("新建农村公路", "≥20公里", "2022年完成20公里", "").score).toBe(90);
  });

  test.each(["2022年完成20公里", "2022年累计完成20公里", "2022年共完成20公里"])(
    "in a 2022 table, %s is the year's (a year's last digit is no span of years)",
    (actual) => {
      expect(run("新建农村公路", "≥20公里", actual, "2022").score).toBe(90);
    },
  );
});

describe("clauses labelled by year: the table's year's figure counts (red-team stop 51, kind 18)", () => {
  test.each([
    // the first clause was scored: 2.5 of 10 (5公里), and 10 for 2020年25公里，2021年15公里
    ["2020年5公里，2021年15公里", 67.5, "按2021年15公里计分，说明“2020年5公里”未参与计分"],
    ["2020年25公里，2021年15公里", 67.5, "按2021年15公里计分，说明“2020年25公里”未参与计分"],
    ["2021年度完成20公里，2020年度完成15公里", 90, "按2021年度完成20公里计分，说明“2020年度完成15公里”未参与计分"],
  ])("%s: %s", (actual, score, said) => {
    const out = run("新建农村公路", "≥20公里", actual);
    expect(out.score).toBe(score);
    expect(out.findings).toContain(`REMARK_IGNORED E11: 实际完成值“${actual}”${said}`);
  });

  test("without the table's year the clauses stay as they were (the other year's figure waits)", () => {
    expect(run("新建农村公路", "≥20公里", "2020年5公里，2019年15公里").score).toBe(null);
  });
});
