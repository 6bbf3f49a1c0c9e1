// A deadline without a year (12月底前, 年底前) takes the table's year from its title (spec §2 Deadlines). When the
// title gives none either, a completed date that gives one (2022年1月) is the only year there is: the deadline is read
// in it, and a scored row says so, since the table may be of the year before (2022年1月 would then be late).
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** The row's outcome in a table whose title's second line is `year` (empty: no year). */
const scored = (year: string, target: string, actual: string, lang: "zh" | "en" = "zh") =>
  firstRowOutcome(
    scoreWorkbook(
      seedGrid(
        {
          title: "项目支出绩效自评表",
          kind: "project",
          funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
          rows: [{ level1: "产出指标", level2: "时效指标", level3: "项目完成时间", target, actual, weight: 90 }],
        },
        { year },
      ),
      { mode: "score", profile, fileName: "t.xlsx", lang },
    ),
  );
const NO_YEAR = "";

describe("a deadline without a year, in a table whose title has none, met by a date with a year", () => {
  test.each([
    ["12月底前", "2022.1", 2022],
    ["12月底前", "2022年1月", 2022],
    ["12月底前", "已于2022年1月完成", 2022],
    ["年底前", "2021年11月完成", 2021],
    ["6月30日前", "2023年6月20日", 2023],
  ])("%s against %s: on time in %i, full marks said as a review (was silent)", (target, actual, year) => {
    const r = scored(NO_YEAR, target, actual);
    expect([r.score, r.status === "unreadable"]).toEqual([90, false]);
    expect(r.findings).toEqual([
      `QUALITATIVE_REVIEW E11: 年度指标值“${target}”和表头都没有写年份，按实际完成时间“${actual}”的年份理解为${year}年，` +
        "判断为未超期，请核对",
    ]);
  });

  test("a share done by then still picks the band, and the year is said beside it", () => {
    const r = scored(NO_YEAR, "12月底前", "2022年11月（完成60%）");
    expect(r.score).toBe(63);
    expect(r.findings.filter((f) => f.includes("理解为2022年"))).toHaveLength(1);
  });

  test("in English", () => {
    expect(scored(NO_YEAR, "12月底前", "2022年1月", "en").findings).toEqual([
      'QUALITATIVE_REVIEW E11: Neither the target "12月底前" nor the table\'s title gives a year; read in the year of ' +
        'the completed date "2022年1月", 2022, it is on time; please check',
    ]);
  });
});

describe("no year is read in where one is known, and none is said where it changes nothing", () => {
  test("the title's year decides: 2022年1月 against 12月底前 is late in a 2021 table, on time in a 2022 one", () => {
    const late = scored("（2021年度）", "12月底前", "2022年1月");
    expect([late.score, late.findings[0]]).toEqual([
      63,
      expect.stringMatching(/^QUALITATIVE_REVIEW G11: 完成时间2022年1月晚于12月底前/),
    ]);
    expect(scored("（2022年度）", "12月底前", "2022年1月")).toEqual({
      score: 90,
      status: "scored",
      findings: [],
    });
  });

  test.each([
    ["2022年12月底前", "2022年11月"],
    ["12月底前", "11月"],
    ["12月底前", "按时完成"],
  ])("%s against %s: the deadline has its year, or no date has one: no review", (target, actual) => {
    expect(scored(NO_YEAR, target, actual).findings).toEqual([]);
  });

  test("a date late even in its own year (2022年8月 against 6月底前) is late, not read in another year", () => {
    const r = scored(NO_YEAR, "6月底前", "2022年8月");
    expect(r.score).toBe(63);
    expect(r.findings.join("\n")).not.toContain("理解为");
  });
});

// 次年3月底前, 翌年2月底前 were TARGET_UNPARSEABLE (with a hint to write money), and 下一年度2月底前 lost 下一年度 (read
// as a rate's label), so 2022年2月25日 was late against February 2021: a month after the year after is in that year
describe("a deadline in the year after the table's, said in words (次年, 翌年, 下一年度, 下年度)", () => {
  const Y2021 = "（2021年度）";
  test.each([
    ["次年1月底前", "2022年1月20日", 90],
    ["次年3月", "2022年3月", 90],
    ["次年6月底前", "2022年5月", 90],
    ["翌年2月底前", "2022年2月", 90],
    ["下一年度2月底前", "2022年2月25日", 90],
    ["下年度3月底前", "2022年3月", 90],
    ["下一年3月底前", "次年2月", 90],
    ["次年一季度", "2022年3月", 90],
    ["次年6月底前", "2022年8月", 63],
    ["次年3月底前", "次年4月", 63],
    ["次年一季度", "2022年4月", 63],
  ])("%s against %s in a 2021 table: %d of 90", (target, actual, score) => {
    const r = scored(Y2021, target, actual);
    expect(r.score).toBe(score);
    if (score === 90) expect(r.findings).toEqual([]);
    else expect(r.findings[0]).toContain(`完成时间${actual}晚于${target}`);
  });

  test("with no year in the title, the date's year is read in and said, as for 12月底前", () => {
    expect(scored(NO_YEAR, "次年3月底前", "2022年3月").findings).toEqual([
      "QUALITATIVE_REVIEW E11: 年度指标值“次年3月底前”和表头都没有写年份，按实际完成时间“2022年3月”的年份理解为2022年，" +
        "判断为未超期，请核对",
    ]);
    expect(scored(NO_YEAR, "次年3月底前", "12月")).toEqual({ score: 90, status: "scored", findings: [] });
    expect(scored(NO_YEAR, "12月底前", "次年2月").score).toBe(63);
  });
});

// 次年底前 and its kin were words: 2022年11月完成 in a 2021 table was 63 (late, as if the deadline were this year's),
// a date alone (2022年11月, 2022-11-30) went to a person; the year's end after 次年 is December of the year after
describe("the end of the year after the table's, said in words (次年底前, 次年年底前, 下一年度年底前, 翌年年底前)", () => {
  const Y2021 = "（2021年度）";
  test.each([
    ["次年底前", "2022年11月完成", 90],
    ["次年年底前", "2022年11月", 90],
    ["下一年度年底前", "2022-11-30", 90],
    ["翌年年底前", "2022年12月31日", 90],
    ["次年底前", "次年底完成", 90],
    ["次年底前", "2023年2月完成", 63],
    ["次年3月底前", "次年底完成", 63],
    ["12月底前", "次年年底前完成", 63],
  ])("%s against %s in a 2021 table: %d of 90", (target, actual, score) => {
    const r = scored(Y2021, target, actual);
    expect(r.score).toBe(score);
    if (score === 90) expect(r.findings).toEqual([]);
    else expect(r.findings[0]).toContain("晚于");
  });
});

// 4月 against 2022年3月前 in a 2021 table had full marks with nothing said: the month took the title's year (spec §2),
// ten months early. A month that the deadline's later year puts after it (by less than the title's year puts it
// before) is read in the deadline's year: late, with a review saying the year read in
describe("a month without a year against a deadline in a year after the table's", () => {
  const Y2021 = "（2021年度）";
  test.each([
    ["2022年3月前", "4月"],
    ["2022年6月底前", "8月"],
    ["2022年1月31日前", "2月20日"],
    ["2022年上半年", "8月"],
    ["2022年第一季度前", "5月"],
    ["次年2月底前", "3月5日"],
  ])("%s against %s: late in that year, 63 with the year said (was 90, silent)", (target, actual) => {
    const r = scored(Y2021, target, actual);
    expect(r.score).toBe(63);
    expect(r.findings.slice(0, 2)).toEqual([
      expect.stringContaining(`完成时间${actual}晚于${target}`),
      `QUALITATIVE_REVIEW E11: 实际完成时间“${actual}”没有写年份，按年度指标值“${target}”的年份理解为2022年，判断为超期，请核对`,
    ]);
  });

  test("in English", () => {
    expect(scored(Y2021, "2022年3月前", "4月", "en").findings).toContain(
      'QUALITATIVE_REVIEW E11: The completed date "4月" gives no year; read in the year of the target "2022年3月前", ' +
        "2022, it is late; please check",
    );
  });
});

// 1月10日 against 12月31日前 had full marks with nothing said: with no year on either side both are read in one year
// (as decided), so January is eleven months early; a self-evaluation is filled in after the year, so it is more likely
// the January after, late. The row keeps its score and says so
describe("January or February against a November or December deadline, neither with a year", () => {
  test.each([
    ["（2021年度）", "12月31日前", "1月10日"],
    ["（2021年度）", "12月底前", "1月15日"],
    ["（2021年度）", "年底前", "1月"],
    ["（2021年度）", "12.31", "1.10"],
    ["（2021年度）", "11月30日前", "1月5日"],
    [NO_YEAR, "12月底前", "2月"],
  ])("%s %s against %s: on time in one year, full marks with a review (was silent)", (year, target, actual) => {
    expect(scored(year, target, actual)).toEqual({
      score: 90,
      status: "scored",
      findings: [
        `QUALITATIVE_REVIEW E11: 实际完成时间“${actual}”和年度指标值“${target}”都没有写年份，按同一年理解为未超期；` +
          "若完成时间在次年则已超期，请核对",
      ],
    });
  });

  test("in English", () => {
    expect(scored("（2021年度）", "12月31日前", "1月10日", "en").findings).toEqual([
      'QUALITATIVE_REVIEW E11: Neither the completed date "1月10日" nor the target "12月31日前" gives a year; read in one ' +
        "year, it is on time, but in the year after it would be late; please check",
    ]);
  });
});
