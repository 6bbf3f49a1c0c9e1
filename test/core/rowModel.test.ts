// The one-pass row model: level names carried down, findings in phase order, each row's codes, writes per cell.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { seedGrid, type SeedCase } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const row = (level1: string, level2: string, level3: string, target: string, actual: string, weight = 10) => ({
  level1,
  level2,
  level3,
  target,
  actual,
  weight,
  reason: "",
});
const grid = (rows: SeedCase["rows"]): WorkbookGrid =>
  seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows,
  });
const run = (g: WorkbookGrid, mode: "score" | "audit" = "score") =>
  scoreWorkbook(g, { mode, profile, fileName: "t.xlsx" });

test("a new level 1 restarts level 2, even when its first level-2 text repeats the one above", () => {
  const g = grid([
    row("产出指标", "数量指标", "培训次数", "≥10次", "10次"),
    row("", "", "培训人数", "≥100人", "100人"),
    row("效益指标", "数量指标", "受益人数", "≥50人", "50人"),
    row("", "", "覆盖乡镇", "≥5个", "5个"),
    row("满意度指标", "", "群众满意度", "≥90%", "95%"),
  ]);
  const levels = run(g).report.tables[0].indicators.map((i) => `${i.level1}/${i.level2}`);
  expect(levels).toEqual([
    "产出指标/数量指标",
    "产出指标/数量指标",
    "效益指标/数量指标",
    "效益指标/数量指标",
    "满意度指标/",
  ]);
});

test("findings come rows first, then the target review, then totals, then existing scores; each row lists its own codes", () => {
  const g = grid([
    row("产出指标", "数量指标", "培训次数", "10次", "12次"), // DIRECTION_INFERRED (row), later SCORE_DIFFERS (existing)
    row("", "成本指标", "培训成本", "≥5万元", "5万元"), // COST_FLOOR (target review)
    row("", "数量指标", "培训次数", "≥10次", "8次", 9), // NOT_MET_NO_REASON (row), DUPLICATE_INDICATOR (review)
  ]);
  g.sheets[0].values[10][6] = 3; // an existing score that differs from the rules
  const t = run(g).report.tables[0];
  expect(t.findings.map((f) => f.code)).toEqual([
    "DIRECTION_INFERRED",
    "NOT_MET_NO_REASON",
    "COST_FLOOR",
    "DUPLICATE_INDICATOR",
    "LEVEL2_MISSING",
    "WEIGHTS_NOT_FULL",
    "WEIGHTS_DIFFER_FROM_PROFILE",
    "SCORE_DIFFERS",
  ]);
  expect(t.findings.at(-1)!.message).toBe("原得分3分与规则计算的10.00分不一致，已改为10.00分");
  expect(t.indicators.map((i) => i.findings)).toEqual([
    ["DIRECTION_INFERRED", "SCORE_DIFFERS"],
    ["COST_FLOOR"],
    ["NOT_MET_NO_REASON", "DUPLICATE_INDICATOR"],
  ]);
  expect(t.indicators.map((i) => i.score)).toEqual([10, 10, 7.2]);
});

test("a written cell that is also flagged is one write carrying both the value and the note", () => {
  const g = grid([
    row("产出指标", "数量指标", "培训次数", "≥10次", "10次"),
    row("", "", "宣传活动", "按时完成", "按时完成"),
  ]);
  const plan = run(g);
  const total = plan.writes.filter((w) => w.address === "G13");
  expect(total).toHaveLength(1);
  expect(total[0]).toMatchObject({
    kind: "total",
    value: 30,
    numFmt: "0.00",
    mark: {
      severity: "warning",
      note: "【绩效评分】分值合计不等于满分：分值合计30分（含预算执行率），不等于满分100分",
    },
  });
  expect(plan.writes.map((w) => `${w.address}:${w.kind}`)).toEqual([
    "G11:score",
    "G12:score",
    "G5:funding-rate",
    "H5:funding-score",
    "G13:total",
    "H13:grade",
    "D12:mark",
  ]);
});

test("audit mode writes marks only, never a value", () => {
  const g = grid([row("产出指标", "数量指标", "培训次数", "≥10次", "8次")]);
  g.sheets[0].values[10][6] = 10;
  const plan = run(g, "audit");
  expect(plan.writes.every((w) => w.value === undefined)).toBe(true);
  expect(plan.writes.find((w) => w.address === "G11")!.mark!.note).toContain("原得分10分，按规则应为8.00分");
});
