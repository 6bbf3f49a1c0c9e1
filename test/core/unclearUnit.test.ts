// A completed value without a unit is read in the target's unit (UNIT_ASSUMED). When that puts it a thousand times or
// more from the target (1185000 against ≤120万元, written in 元), the reading is in doubt: the row is not scored and the
// error asks for the unit. 1185000 scored 0 of 90 and 118.5 against ≥1200000元 next to nothing, said only in blue.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const scored = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "成本指标", level3: "项目总成本", target, actual }));

test.each([
  ["≤120万元", "1185000", "1185000万元", "120万元", 9875],
  ["≤1200000元", "118.5", "118.5元", "1200000元", 10127],
])("%s against %s: not scored, the unit asked for", (target, actual, read, shown, times) => {
  expect(scored(target, actual)).toEqual({
    score: null,
    status: "unreadable",
    findings: [
      `ACTUAL_UNPARSEABLE E11: 实际完成值“${actual}”无法识别：未写单位，按年度指标值的单位读作${read}，` +
        `与年度指标值${shown}相差约${times}倍，请注明或核对单位，本行不计分`,
      "TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“项目总成本”（90分）",
    ],
  });
});

test("within a thousand times the target's unit is taken, as before, and said", () => {
  expect(scored("≤120万元", "118.5")).toEqual({
    score: 90,
    status: "scored",
    findings: ["UNIT_ASSUMED E11: 实际完成值118.5未写单位，按年度指标值的单位“万元”理解"],
  });
});

test("a unit written on the completed value is never in doubt", () => {
  expect(scored("≤120万元", "1185000元").score).toBe(90);
});

test("a bare figure under a percent target keeps the percent rules", () => {
  expect(scored("≤0.05%", "0.03").score).toBe(90);
});

// 1.05 against ≥95% was read as 1.05 %: 0.99 of 90. Just above 1 against a high rate it is a fraction over 100 %
// or a slip
describe("a bare figure just above 1 against a high rate", () => {
  const rate = (target: string, actual: string | number) =>
    seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "验收合格率", target, actual: actual as string }));

  test.each([
    ["1.05", "1.05%", 90],
    ["1.2", "1.2%", 79],
  ])("%s against ≥95%%: not scored, the unit asked for", (actual, read, times) => {
    const r = rate("≥95%", actual);
    expect([r.score, r.status]).toEqual([null, "unreadable"]);
    expect(r.findings[0]).toBe(
      `ACTUAL_UNPARSEABLE E11: 实际完成值“${actual}”无法识别：未写单位，按年度指标值的单位读作${read}，` +
        `与年度指标值95%相差约${times}倍，请注明或核对单位，本行不计分`,
    );
  });

  test.each([
    ["≥95%", "1", 90],
    ["≥95%", "0.97", 90],
    ["≤2%", "1.5", 90],
    ["≥95%", "1.05%", 0.99],
  ])("%s against %s keeps its reading: %d", (target, actual, score) => {
    expect(rate(target, actual).score).toBe(score);
  });
});

describe("a unit from the 度量单位 column is checked the same way", () => {
  const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "度量单位", "实际完成值", "分值", "得分"];
  const run = (actual: number) => {
    const values = [HEADER, ["产出指标", "成本指标", "项目总成本", "≤120", "万元", actual, 100, null]];
    const grid = { name: "t", sheets: [{ name: "S", values, merges: [], origin: { row: 0, col: 0 } }] };
    return firstRowOutcome(scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" }));
  };

  test("1185000 in a 万元 column against ≤120: not scored (it was 0 of 100, silently)", () => {
    const r = run(1185000);
    expect([r.score, r.status]).toEqual([null, "unreadable"]);
    expect(r.findings[0]).toBe(
      "ACTUAL_UNPARSEABLE F2: 实际完成值“1185000”无法识别：未写单位，按度量单位列读作1185000万元，" +
        "与年度指标值120万元相差约9875倍，请注明或核对单位，本行不计分",
    );
  });

  test("118.5 in the same column is scored as before", () => {
    expect(run(118.5).score).toBe(100);
  });
});

// 培训人次 with a target of 1000 said its name showed no unit (TARGET_MISSING_UNIT) while the unit was its last two
// characters; a name ending in a unit of two or three characters, a count unit before 数 or a unit in brackets shows it
test.each([
  ["培训人次", "1000", "1050人次", false],
  ["受益户数", "300", "312户", false],
  ["道路公里数", "5", "5.2公里", false],
  ["项目资金（万元）", "100", "100万元", false],
  // 成本 does not end in the unit 本, 工期 not in 期, and 培训 names no unit
  ["项目成本", "100", "100万元", true],
  ["建设工期", "12", "12个月", true],
  ["培训", "12", "12次", true],
])("a target of %s: %s (completed %s), the unit asked for: %s", (level3, target, actual, asked) => {
  const r = seedRowOutcome(oneRowSeed({ level2: "数量指标", level3, target, actual }));
  expect(r.findings.some((f) => f.startsWith("TARGET_MISSING_UNIT"))).toBe(asked);
});
