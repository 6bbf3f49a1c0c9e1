// Weights written as a percent of the full mark (a 权重 column of `10%` cells, or 0.1 under a % number format): each
// is that share of the full mark's points, said once for the table (WEIGHTS_FROM_PERCENT). They were read as 0.1
// points (a total of 1.00, 差) or refused as no number (the total withheld).
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import type { CellValue } from "../../src/core/grid";
import { SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const ROWS = [
  { level3: "培训人次", target: "≥100人次", actual: "120人次" },
  { level3: "培训合格率", target: "≥95%", actual: "90%" },
  { level3: "群众满意度", target: "≥90%", actual: "95%" },
];
/** The seed table with the funding weight and the rows' weights as given; `formats` puts a % format on them. */
const table = (funding: CellValue, weights: CellValue[], percentFormat = false): WorkbookGrid => {
  const g = seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: ROWS.map((r) => ({ level1: "产出指标", level2: "数量指标", ...r, weight: 0 })),
  });
  const sheet = g.sheets[0];
  const cells: [number, number, CellValue][] = [
    [SEED_LAYOUT.fundingRow, 5, funding],
    ...weights.map((w, i): [number, number, CellValue] => [SEED_LAYOUT.firstRow + i, 5, w]),
  ];
  sheet.formats = [];
  for (const [r, c, v] of cells) {
    sheet.values[r][c] = v;
    if (percentFormat) (sheet.formats[r] ??= [])[c] = "0%";
  }
  return g;
};
const scored = (g: WorkbookGrid, lang: "zh" | "en" = "zh") => {
  const t = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang }).report.tables[0];
  return { t, said: (code: string) => t.findings.filter((f) => f.code === code).map((f) => `${f.cell} ${f.message}`) };
};

describe("weights written as percents", () => {
  test("0.1, 0.3, 0.3, 0.3 under a % format: 10, 30, 30, 30 points, total 98.42 (was under 1 point, 差)", () => {
    const { t, said } = scored(table(0.1, [0.3, 0.3, 0.3], true));
    expect(t.indicators.map((i) => [i.weight, i.score])).toEqual([
      [30, 30],
      [30, 28.42],
      [30, 30],
    ]);
    expect(t.funding).toMatchObject({ weight: 10, score: 10 });
    expect([t.total, t.grade]).toEqual([98.42, "优"]);
    expect(said("WEIGHTS_FROM_PERCENT")).toEqual([
      "null 4个分值写成百分比，按占满分100分的比例读取（如“30%”计30分），请核对",
    ]);
    expect(said("WEIGHTS_NOT_FULL")).toEqual([]);
  });

  test("text `10%`, `30％`, ` 30 %` and a plain 30: the same points, three said as percents", () => {
    const { t, said } = scored(table("10%", ["30％", " 30 % ", 30]));
    expect(t.indicators.map((i) => i.weight)).toEqual([30, 30, 30]);
    expect(t.total).toBe(98.42);
    expect(said("WEIGHTS_FROM_PERCENT")[0]).toMatch(/^null 3个分值写成百分比/);
  });

  test("plain numbers are points, as before: no finding", () => {
    const { t, said } = scored(table(10, [30, 30, 30]));
    expect(t.total).toBe(98.42);
    expect(said("WEIGHTS_FROM_PERCENT")).toEqual([]);
  });

  test("in English", () => {
    expect(scored(table(0.1, [0.3, 0.3, 0.3], true), "en").said("WEIGHTS_FROM_PERCENT")).toEqual([
      'null 4 weights are written as percents, read as shares of the full mark of 100 ("30%" is 30 points); please check',
    ]);
  });
});

describe("weights in brackets", () => {
  test("（30分）, (30) and 【30】: 30 points each (they were WEIGHT_MISSING: 分值“（30分）”不是数字)", () => {
    const { t, said } = scored(table(10, ["（30分）", "(30)", "【30】"]));
    expect(t.indicators.map((i) => i.weight)).toEqual([30, 30, 30]);
    expect(said("WEIGHT_MISSING")).toEqual([]);
  });

  test("brackets around no number stay WEIGHT_MISSING", () => {
    expect(scored(table(10, ["(abc)", 30, 30])).said("WEIGHT_MISSING")).toEqual([
      "F11 分值“(abc)”不是数字，本行不计分",
    ]);
  });
});
