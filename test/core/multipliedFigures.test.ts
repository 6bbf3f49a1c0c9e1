// A figure with its own 万/亿/千 and no unit (298.5万, 1.3亿) beside a money unit (万元, 亿元) on the other side or in
// the unit column: the multiplier is the figure's, the unit is 元 (298.5万 against 万元 is 298.5万元, not 298.5万 ×
// 1万元), and UNIT_ASSUMED says what was read, in the written side's unit.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { parseValue } from "../../src/core/parse";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const table = (level2: string, target: string, actual: string): WorkbookGrid =>
  seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "产出指标", level2, level3: "项目投入资金", target, actual, weight: 90 }],
  });
/** The row's score and its findings as "CODE cell: message", the direction's and the missing unit's left out. */
const scored = (level2: string, target: string, actual: string, lang: "zh" | "en" = "zh") => {
  const plan = scoreWorkbook(table(level2, target, actual), { mode: "score", profile, fileName: "t.xlsx", lang });
  const t = plan.report.tables[0];
  const left = new Set(["DIRECTION_INFERRED", "TARGET_MISSING_UNIT"]);
  const rows = t.findings.filter((f) => f.cell !== null && !left.has(f.code));
  return { score: t.indicators[0].score, findings: rows.map((f) => `${f.code} ${f.cell}: ${f.message}`) };
};

describe("a completed value with 万 or 亿 and no unit against a money target", () => {
  test("298.5万 against ≤300万元: met, read as 298.5万元 (was 2985000万元, 0 points)", () => {
    expect(scored("成本指标", "≤300万元", "298.5万")).toEqual({
      score: 90,
      findings: ["UNIT_ASSUMED E11: 实际完成值“298.5万”未写单位，按298.5万元理解"],
    });
  });

  test("1.1亿 against ≥1.2亿元: 1.1/1.2 of the points, the figures in 亿元 (was 1.1亿 × 1亿元 and an over-achievement)", () => {
    expect(scored("数量指标", "≥1.2亿元", "1.1亿")).toEqual({
      score: 82.5,
      findings: [
        "UNIT_ASSUMED E11: 实际完成值“1.1亿”未写单位，按1.1亿元理解",
        "NOT_MET_NO_REASON H11: 实际完成值1.1亿元低于年度指标值1.2亿元，按1.1/1.2×90计82.50分，请填写偏差原因",
      ],
    });
  });

  test("another multiplier than the target's: 0.1亿 against ≥1000万元 is 1000万元, met without an over-achievement", () => {
    expect(scored("数量指标", "≥1000万元", "0.1亿")).toEqual({
      score: 90,
      findings: ["UNIT_ASSUMED E11: 实际完成值“0.1亿”未写单位，按1000万元理解"],
    });
  });

  test("a bare figure still takes the target's unit as it is: 500 against ≥500万元 is 500万元", () => {
    expect(scored("数量指标", "≥500万元", "500")).toEqual({
      score: 90,
      findings: ["UNIT_ASSUMED E11: 实际完成值500未写单位，按年度指标值的单位“万元”理解"],
    });
  });

  test("in English too", () => {
    expect(scored("成本指标", "≤300万元", "298.5万", "en").findings).toEqual([
      'UNIT_ASSUMED E11: Completed value "298.5万" has no unit; read as 298.5 万元',
    ]);
  });
});

describe("a target with 万 and no unit against a money completed value", () => {
  test("≤300万 against 350万元: not met, 300/350 of the points, shown in 万元 (was 300万 × 1万元: met)", () => {
    expect(scored("成本指标", "≤300万", "350万元")).toEqual({
      score: 77.14,
      findings: [
        "UNIT_ASSUMED D11: 年度指标值“≤300万”未写单位，按300万元理解",
        "NOT_MET_NO_REASON H11: 实际完成值350万元高于年度指标值300万元，按300/350×90计77.14分，请填写偏差原因",
      ],
    });
  });
});

describe("counts keep their unit (万人次 is read as 人次 with the 万 in the figure)", () => {
  test("32万 against ≥30万人次: met, said with the figure as written", () => {
    expect(scored("数量指标", "≥30万人次", "32万")).toEqual({
      score: 90,
      findings: ["UNIT_ASSUMED E11: 实际完成值“32万”未写单位，按320000人次理解"],
    });
  });
});

describe("the unit column", () => {
  test.each([
    ["298.5万", "万元", 2985000, "元"],
    ["1.3亿", "万元", 130000000, "元"],
    ["298.5", "万元", 298.5, "万元"],
    ["3万", "人次", 30000, "人次"],
  ])("%s in a row whose unit column says %s: %s %s", (text, unitColumn, value, unit) => {
    expect(parseValue(text, { unitColumn })).toMatchObject({ kind: "quantity", value, unit: { text: unit } });
  });
});
