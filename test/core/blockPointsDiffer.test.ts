// Points printed in a label (产出指标（60分）, 数量指标（20分）, the funding block's 预算执行情况（20分）) that the 分值
// cells contradict: the 分值 column decides, as before, and BLOCK_POINTS_DIFFER (warning, on the label's cell) says
// the two disagree. The table was scored by the 分值 column without a word.
import {
  builtInProfile,
  messagesFor,
  nextSteps,
  nextStepsLine,
  scoreWorkbook,
  type WorkbookGrid,
} from "../../src/core";
import { SEED_LAYOUT, seedGrid, type SeedCase } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** Four met rows of 20 points under 产出指标 and 效益指标, and a funding block of 10 (all executed): 90 of 90. */
const seed = (level1: [string, string], level2 = "数量指标", weights = [20, 20, 25, 25]): SeedCase => ({
  title: "2021年度项目支出绩效自评表",
  kind: "project",
  funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
  rows: weights.map((weight, i) => ({
    level1: i < 2 ? level1[0] : level1[1],
    level2: i === 0 ? level2 : i === 1 ? "质量指标" : "社会效益指标",
    level3: `指标${"甲乙丙丁"[i]}`,
    target: "≥10次",
    actual: "10次",
    weight,
  })),
});
/** The seed's grid with the level-1 cells merged per block (A11:A12, A13:A14), as templates print them. */
const merged = (s: SeedCase): WorkbookGrid => {
  const g = seedGrid(s);
  const sheet = g.sheets[0];
  const first = SEED_LAYOUT.firstRow;
  sheet.values[first + 1][0] = null;
  sheet.values[first + 3][0] = null;
  sheet.merges = [
    { r1: first, c1: 0, r2: first + 1, c2: 0 },
    { r1: first + 2, c1: 0, r2: first + 3, c2: 0 },
  ];
  return g;
};
const scored = (g: WorkbookGrid, lang: "zh" | "en" = "zh") => {
  const t = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang }).report.tables[0];
  const said = (code: string) => t.findings.filter((f) => f.code === code).map((f) => `${f.cell} ${f.message}`);
  return { t, said };
};

describe("points in a level label against the 分值 column", () => {
  test("产出指标（60分） over rows weighing 40: said on its cell, scored by the 分值 column (was silent)", () => {
    const { t, said } = scored(merged(seed(["产出指标（60分）", "效益指标（50分）"])));
    expect(t.indicators.map((i) => i.weight)).toEqual([20, 20, 25, 25]);
    expect([t.total, t.grade]).toEqual([100, "优"]);
    expect(said("BLOCK_POINTS_DIFFER")).toEqual([
      "A11 “产出指标（60分）”注明60分，其下2项指标的分值合计40分；已按分值列计分，请核对",
    ]);
    const f = t.findings.find((x) => x.code === "BLOCK_POINTS_DIFFER")!;
    expect(f.severity).toBe("warning");
    expect(nextSteps(t)).toContainEqual({ action: "check-weights", severity: "warning", cells: ["A11"] });
    expect(nextStepsLine(nextSteps(t), messagesFor("zh"))).toBe("核对分值（A11）；填好后重新评分");
  });

  test("a level-2 label too, and the label repeated on every row is one block", () => {
    const { said } = scored(seedGrid(seed(["产出指标（40分）", "效益指标（50分）"], "数量指标（30分）")));
    expect(said("BLOCK_POINTS_DIFFER")).toEqual([
      "B11 “数量指标（30分）”注明30分，其下1项指标的分值合计20分；已按分值列计分，请核对",
    ]);
  });

  test("labels that agree, labels without points, and a block with a row missing its weight: nothing said", () => {
    expect(scored(merged(seed(["产出指标（40分）", "效益指标（50分）"]))).said("BLOCK_POINTS_DIFFER")).toEqual([]);
    expect(scored(merged(seed(["产出指标", "效益指标"]))).said("BLOCK_POINTS_DIFFER")).toEqual([]);
    const g = merged(seed(["产出指标（60分）", "效益指标（50分）"]));
    g.sheets[0].values[SEED_LAYOUT.firstRow][5] = null;
    const { said } = scored(g);
    expect(said("WEIGHT_MISSING")).toHaveLength(1);
    expect(said("BLOCK_POINTS_DIFFER")).toEqual([]);
  });

  test("in English", () => {
    expect(scored(merged(seed(["产出指标（60分）", "效益指标（50分）"])), "en").said("BLOCK_POINTS_DIFFER")).toEqual([
      'A11 "产出指标（60分）" prints 60 points, but the weights of its 2 indicators add up to 40; scored by the weights, please check',
    ]);
  });
});

describe("points in the funding block's label against its 分值 cell", () => {
  const funded = (label: string, at: number) => {
    const g = seedGrid(seed(["产出指标", "效益指标"]));
    g.sheets[0].values[SEED_LAYOUT.fundingRow - 1][at] = label;
    return g;
  };

  test("预算执行情况（20分） beside a 分值 of 10: said on the label, the block weighs 10 (was silent)", () => {
    const { t, said } = scored(funded("预算执行情况（20分）", 0));
    expect(t.funding).toMatchObject({ weight: 10, score: 10 });
    expect(t.total).toBe(100);
    expect(said("BLOCK_POINTS_DIFFER")).toEqual([
      "A4 “预算执行情况（20分）”注明20分，预算执行情况的分值为10分；已按分值列计分，请核对",
    ]);
  });

  test("a score header 得分(20分*执行率) the same; 得分(10分*执行率) agrees", () => {
    expect(scored(funded("得分(20分*执行率)", 7)).said("BLOCK_POINTS_DIFFER")).toEqual([
      "H4 “得分(20分*执行率)”注明20分，预算执行情况的分值为10分；已按分值列计分，请核对",
    ]);
    expect(scored(funded("得分(10分*执行率)", 7)).said("BLOCK_POINTS_DIFFER")).toEqual([]);
  });

  test("in English", () => {
    expect(scored(funded("预算执行情况（20分）", 0), "en").said("BLOCK_POINTS_DIFFER")).toEqual([
      `A4 "预算执行情况（20分）" prints 20 points, but the funding block's weight is 10; scored by the weights, please check`,
    ]);
  });
});
