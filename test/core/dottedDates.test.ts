// Dates written with dots (12.31, 12.31前, 2021.12.31) in a row about time are dates, read as their 月/日 forms are
// (spec §2 Deadlines, §3: a deadline is met by a date on or before it), never decimals (12.20 against 12.31 was 89.2).
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** The row's outcome in a 2021 table; a number given is typed into the cell as a number (Excel drops its last 0). */
const scored = (target: string | number, actual: string | number, level2 = "时效指标", level3 = "项目完成时间") => {
  const row = { level1: "产出指标", level2, level3, target: String(target), actual: String(actual), weight: 90 };
  const grid = seedGrid({
    title: "项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [row],
  });
  const cells = grid.sheets[0].values[10];
  [cells[3], cells[4]] = [target, actual];
  return firstRowOutcome(scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" }));
};

describe("a date with dots against a date: on time is full marks", () => {
  test.each([
    ["12.31", "12.20"],
    ["12.31前", "2021.12.2"],
    ["2021年6月30日前", "6.15"],
    ["12.31", "12月完成"],
    ["截至12.31", "12.31"],
    [12.31, 12.2],
  ])("%s against %s: 90, no finding (was a decimal or a review)", (target, actual) => {
    expect(scored(target, actual)).toEqual({ score: 90, status: "scored", findings: [] });
  });

  test("a date with a year in a row named for a date, outside 时效指标 (竣工日期 2021.12.31 was unreadable)", () => {
    expect(scored("2021.12.31", "2021.12.20", "质量指标", "竣工日期").score).toBe(90);
  });
});

describe("a date with dots after the deadline is late", () => {
  test.each([
    ["12.31前", "2022.1.10"],
    ["6.30前", "7.1"],
    ["12.15", "12.20"],
  ])("%s against %s: 部分达成, said (was a review, or 90 as decimals)", (target, actual) => {
    const r = scored(target, actual);
    expect(r.score).toBe(63);
    expect(r.findings[0]).toMatch(new RegExp(`^QUALITATIVE_REVIEW G11: 完成时间${actual}晚于${target}`));
  });
});

describe("where the dots may say a decimal or another day, a person decides", () => {
  test.each([
    [12.15, 12.2, "12.2"],
    [12.3, 12.2, "12.2"],
    ["12.31", "12.35", "12.35"],
  ])("%s against %s: a review, not a decimal's score", (target, actual, said) => {
    const r = scored(target, actual);
    expect([r.score, r.findings[0]]).toEqual([null, expect.stringContaining(`实际完成情况“${said}”无法自动判断档次`)]);
  });

  test.each([
    ["≤15天", "10.25", "平均处理时长", 90],
    ["≤2.5", "2.8", "办理时限", 80.36],
    ["≥12.5", "13", "培训人数", 90],
  ])("%s against %s (%s): a length or a count, as before", (target, actual, name, score) => {
    expect(scored(target, actual, name === "培训人数" ? "数量指标" : "时效指标", name).score).toBe(score);
  });
});
