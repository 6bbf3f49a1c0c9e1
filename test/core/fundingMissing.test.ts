// A funding block whose rate cannot be worked out (its budget or executed figure empty, not a number, or a budget of
// 0): FUNDING_MISSING on the cell, its points wait like a row not scored, and the total is withheld (it was scored
// without the block: 90 of 90 points, 优, with only WEIGHTS_NOT_FULL to say something was off).
import {
  builtInProfile,
  messagesFor,
  nextSteps,
  nextStepsLine,
  scoreWorkbook,
  type WorkbookGrid,
} from "../../src/core";
import type { CellValue } from "../../src/core/grid";
import { SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** The one-row seed table with the funding row's 年初预算数, 全年预算数, 全年执行数 and 执行率 cells as given. */
const table = (initial: CellValue, budget: CellValue, executed: CellValue, rate: CellValue = null): WorkbookGrid => {
  const g = seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [
      { level1: "产出指标", level2: "数量指标", level3: "培训人次", target: "≥100人次", actual: "120人次", weight: 90 },
    ],
  });
  const row = g.sheets[0].values[SEED_LAYOUT.fundingRow];
  [row[2], row[3], row[4], row[6]] = [initial, budget, executed, rate];
  return g;
};
const scored = (g: WorkbookGrid, lang: "zh" | "en" = "zh") => {
  const plan = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang });
  const t = plan.report.tables[0];
  const said = t.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.cell}: ${f.message}`);
  return { t, said, written: plan.writes.map((w) => `${w.address} ${w.kind}`) };
};

describe("a funding block without the figures its rate needs", () => {
  test("both figures empty, a rate typed in: not scored, the total withheld", () => {
    const { t, said, written } = scored(table(null, null, null, 0.95));
    expect(t.funding).toBeNull();
    expect(t.total).toBeNull();
    expect(t.grade).toBeNull();
    expect(said).toEqual([
      "FUNDING_MISSING D5: 预算执行情况未填全年预算数、未填全年执行数，无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
      "TOTAL_INCOMPLETE G12: 已计得分合计90分；以下指标待人工处理后才能计算总分和等级：第5行“预算执行率”（10分）",
    ]);
    // the row's score and the two marks: no rate, no funding score, no total or grade
    expect(written).toEqual(["G11 score", "D5 mark", "G12 mark"]);
  });

  test("the officer's next step is to fill in the figures", () => {
    const { t } = scored(table(null, null, null));
    expect(nextSteps(t)[0]).toEqual({ action: "fill-funding", severity: "error", cells: ["D5"] });
    expect(nextStepsLine(nextSteps(t), messagesFor("zh"))).toBe(
      "在D5填写预算执行数据（全年预算数、全年执行数）；填好后重新评分",
    );
  });

  // formulas saved by a tool that does not calculate were said to be 未填, though the cells hold them
  test("figures that are formulas without a result: said as formulas, not as empty", () => {
    const g = table(null, null, null);
    const formulas: (string | null)[][] = [];
    formulas[SEED_LAYOUT.fundingRow] = [null, null, null, "D7+D8", "E7+E8"];
    g.sheets[0].formulas = formulas;
    expect(scored(g).said[0]).toBe(
      "FUNDING_MISSING D5: 预算执行情况全年预算数的公式“=D7+D8”没有计算结果（请在Excel中重新计算并保存）、" +
        "全年执行数的公式“=E7+E8”没有计算结果（请在Excel中重新计算并保存），无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
  });

  // the rate was read from 年初预算数 when 全年预算数 was a formula without a result, and a 分值 formula without one gave
  // the profile's 10 points: both scored 8 of 10 from figures the sheet does not hold
  test("a 全年预算数 formula without a result: the rate waits on it, 年初预算数 is not read in its place", () => {
    const g = table(100, null, 80);
    const formulas: (string | null)[][] = [];
    formulas[SEED_LAYOUT.fundingRow] = [null, null, null, "D7+D8"];
    g.sheets[0].formulas = formulas;
    const { t, said } = scored(g);
    expect([t.funding, t.total]).toEqual([null, null]);
    expect(said[0]).toBe(
      "FUNDING_MISSING D5: 预算执行情况全年预算数的公式“=D7+D8”没有计算结果（请在Excel中重新计算并保存），" +
        "无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
  });

  test("a 分值 formula without a result: no weight, the profile's is not put in its place (zh and en)", () => {
    const g = table(100, 100, 80);
    g.sheets[0].values[SEED_LAYOUT.fundingRow][5] = null;
    const formulas: (string | null)[][] = [];
    formulas[SEED_LAYOUT.fundingRow] = [null, null, null, null, null, "100-SUM(F11:F11)"];
    g.sheets[0].formulas = formulas;
    const { t, said } = scored(g);
    expect([t.funding, t.total]).toEqual([null, null]);
    expect(said[0]).toBe(
      "FUNDING_MISSING F5: 预算执行情况分值的公式“=100-SUM(F11:F11)”没有计算结果（请在Excel中重新计算并保存），" +
        "本项不计分；请填写分值后重新评分",
    );
    expect(scored(g, "en").said[0]).toBe(
      `FUNDING_MISSING F5: Funding block: the weight's formula "=100-SUM(F11:F11)" has no result (recalculate and save ` +
        "it in Excel); it is not scored; fill in its weight and score again",
    );
  });

  test("a figure that is no number: said with its text, on its cell", () => {
    const { said } = scored(table(100, 100, "约120万"));
    expect(said[0]).toBe(
      "FUNDING_MISSING E5: 预算执行情况全年执行数“约120万”不是数字，无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
  });

  test("a figure with a unit that neither the other figure nor the header gives: not converted by a guess", () => {
    const g = table(100, 100, "95万元");
    g.sheets[0].values[SEED_LAYOUT.fundingRow - 1][0] = "项目资金";
    expect(scored(g).said[0]).toBe(
      "FUNDING_MISSING E5: 预算执行情况全年执行数“95万元”写有单位，另一项和表头都未注明单位，无法换算，无法计算预算执行率，" +
        "本项（10分）未计分；请填写后重新评分",
    );
  });

  test("a budget of 0", () => {
    const { said } = scored(table(0, 0, 0));
    expect(said[0]).toBe(
      "FUNDING_MISSING D5: 预算执行情况全年预算数为0，无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
  });

  test("in English", () => {
    expect(scored(table(null, null, 80), "en").said[0]).toBe(
      "FUNDING_MISSING D5: Funding block: no budget; the execution rate cannot be worked out and its 10 points are not scored; fill it in and score again",
    );
  });
});

describe("figures written as text, or with their unit", () => {
  test.each<[CellValue, CellValue, number, number]>([
    ["120.5万元", "96.4万元", 120.5, 96.4],
    ["120.5", "96.4万元", 120.5, 96.4],
    ["1,205,000元", "96.4", 120.5, 96.4],
    ["1,205,000.00", "964,000.00", 1205000, 964000],
    ["１２０.５万元", "¥964,000元", 120.5, 96.4],
    ["120.5（万元）", "964000(元)", 120.5, 96.4],
    // the multiplier alone names the money unit (was not a number)
    ["120.5万", "96.4万", 120.5, 96.4],
    ["120.5", "964千", 120.5, 96.4],
  ])(
    "全年预算数 %s, 全年执行数 %s under 项目资金（万元）: %d and %d, rate 0.8 (was not a number)",
    (b, e, budget, executed) => {
      const { t, said } = scored(table(null, b, e));
      expect(t.funding).toMatchObject({ budget, executed, rate: 0.8, score: 8 });
      expect(said).toEqual([]);
    },
  );

  test("two figures with units and no unit in the header: read in the budget's unit", () => {
    const g = table(null, "1.2亿元", "9600万元");
    g.sheets[0].values[SEED_LAYOUT.fundingRow - 1][0] = "项目资金";
    expect(scored(g).t.funding).toMatchObject({ budget: 1.2, executed: 0.96, rate: 0.8 });
  });
});

describe("a funding block that can be read, as before", () => {
  test("年初预算数 alone stands in for an empty 全年预算数", () => {
    const { t, said } = scored(table(100, null, 80));
    expect(t.funding).toMatchObject({ budget: 100, executed: 80, rate: 0.8, score: 8 });
    expect(t.total).toBe(98);
    expect(said).toEqual([]);
  });
});

describe("figures below zero, and an executed figure above the budget", () => {
  test("an executed figure below 0 is no figure: not scored (it scored -0.5 of 10, a total of 89.5)", () => {
    const { t, said } = scored(table(100, 100, -5));
    expect([t.funding, t.total]).toEqual([null, null]);
    expect(said[0]).toBe(
      "FUNDING_MISSING E5: 预算执行情况全年执行数为负数-5，无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
  });

  test("a budget below 0 is said as negative", () => {
    expect(scored(table(100, -100, 50)).said[0]).toBe(
      "FUNDING_MISSING D5: 预算执行情况全年预算数为负数-100，无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
  });

  test("executed above the budget scores 100 % and is a warning on the rate cell (it was silent)", () => {
    const { t, said } = scored(table(100, 100, 120));
    expect([t.funding?.score, t.total]).toEqual([10, 100]);
    expect(said).toEqual([
      "BUDGET_OVERRUN G5: 全年执行数120超过全年预算数100（执行率120%），按100%计10.00分，请核对预算数和执行数",
    ]);
    expect(scored(table(100, 100, 100)).said).toEqual([]);
  });

  test("an executed figure a thousand times from the budget is in another unit: not scored (it was 100 % by overrun)", () => {
    const { t, said } = scored(table(100, 100, 980000));
    expect([t.funding, t.total]).toEqual([null, null]);
    expect(said[0]).toBe(
      "FUNDING_MISSING E5: 预算执行情况全年执行数980000与全年预算数100相差约9800倍，应是单位不同（如元与万元），请核对单位，" +
        "无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    );
    expect(scored(table(1000000, 1000000, 98)).said[0]).toMatch(
      /^FUNDING_MISSING E5: 预算执行情况全年执行数98与全年预算数1000000相差约10204倍/,
    );
    expect(scored(table(100, 100, 980000), "en").said[0]).toMatch(/about 9800 times apart from the budget 100/);
  });

  test("an overrun or a low rate short of a thousand times is scored as before", () => {
    expect(scored(table(100, 100, 500)).t.funding?.score).toBe(10);
    expect(scored(table(100, 100, 0.2)).t.funding?.score).toBe(0.02);
    expect(scored(table(100, 100, 0)).t.funding?.score).toBe(0);
  });
});

describe("a funding block whose 分值 cell holds no weight", () => {
  // Spec §4: w is the block's 分值 cell when it has one, else the profile's. A cell holding -10 or 待定 has something
  // that is no weight; it was scored at the profile's 10 points without a word.
  const withWeight = (weight: CellValue) => {
    const g = table(100, 100, 90);
    g.sheets[0].values[SEED_LAYOUT.fundingRow][5] = weight;
    return g;
  };

  test.each([
    [-10, "分值“-10”为负数"],
    ["待定", "分值“待定”不是数字"],
  ])("%s: not scored, the total withheld, and said", (weight, problem) => {
    const { t, said, written } = scored(withWeight(weight));
    expect([t.funding, t.total, t.grade]).toEqual([null, null, null]);
    expect(said).toEqual([
      `FUNDING_MISSING F5: 预算执行情况${problem}，本项不计分；请填写分值后重新评分`,
      "WEIGHTS_NOT_FULL G12: 分值合计90分（含预算执行率），不等于满分100分",
      "TOTAL_INCOMPLETE G12: 已计得分合计90分；以下指标待人工处理后才能计算总分和等级：第5行“预算执行率”（缺少分值）",
    ]);
    expect(written).toEqual(["G11 score", "F5 mark", "G12 mark"]);
  });

  test("with a figure missing too, both are said", () => {
    const g = table(null, null, 90);
    g.sheets[0].values[SEED_LAYOUT.fundingRow][5] = -10;
    expect(scored(g).said[0]).toBe(
      "FUNDING_MISSING D5: 预算执行情况未填全年预算数、分值“-10”为负数，无法计算预算执行率，本项未计分；请填写后重新评分",
    );
  });

  test("in English", () => {
    expect(scored(withWeight(-10), "en").said[0]).toBe(
      'FUNDING_MISSING F5: Funding block: the weight "-10" is negative; it is not scored; fill in its weight and score again',
    );
  });

  test.each([[null], ["/"], ["—"]])("%s is no weight written: the profile's 10 points, as before", (weight) => {
    const { t } = scored(withWeight(weight));
    expect([t.funding?.weight, t.funding?.score, t.total]).toEqual([10, 9, 99]);
  });
});
