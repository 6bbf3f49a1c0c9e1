// Builds a sheet grid from a seed table (test/fixtures/seeds/*.json) in the common layout:
// title, funding block, indicator header, one row per indicator, total row. Independent of the .xlsx reader.
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";

/** A seed table as transcribed from the published documents (test/fixtures/seeds/*.json). */
export interface SeedCase {
  title: string;
  kind: string;
  funding: { budget: number; executed: number; weight: number; printedRate?: number; printedScore: number } | null;
  rows: {
    level1: string;
    level2: string;
    level3: string;
    target: string;
    actual?: string;
    weight?: number | null;
    printedScore?: number | null;
    reason?: string;
    description?: string;
    basis?: string;
  }[];
  printedTotal?: number | null;
  printedGrade?: string | null;
}

/** Rows of the grid where things are (0-based). */
export const SEED_LAYOUT = { fundingRow: 4, headerRow: 9, firstRow: 10 };

/** The header row of the central template's project table (一级指标 … 偏差原因分析及改进措施). */
export const PROJECT_HEADER: readonly string[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];

/** The grid of a seed case; targets-only cases get 一级/二级/三级/描述/年度指标值 columns. */
export function seedGrid(seed: SeedCase, opts: { year?: string } = {}): WorkbookGrid {
  const values: CellValue[][] = [];
  values[0] = [seed.title];
  values[1] = [opts.year ?? "（2021年度）"];
  if (seed.funding) {
    values[3] = ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
    values[4] = [
      null,
      "年度资金总额",
      seed.funding.budget,
      seed.funding.budget,
      seed.funding.executed,
      seed.funding.weight,
      null,
      null,
    ];
  }
  const targetsOnly = seed.kind === "targets";
  values[9] = targetsOnly ? ["一级指标", "二级指标", "三级指标", "绩效指标描述", "年度指标值"] : [...PROJECT_HEADER];
  seed.rows.forEach((r, i) => {
    values[10 + i] = targetsOnly
      ? [r.level1, r.level2, r.level3, r.description ?? null, r.target]
      : [r.level1, r.level2, r.level3, r.target, r.actual ?? null, r.weight ?? null, null, r.reason || null];
  });
  if (!targetsOnly) values[10 + seed.rows.length] = ["总分", null, null, null, null, 100, null, null];
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const sheet: SheetGrid = { name: "自评表", values, merges: [], origin: { row: 0, col: 0 } };
  return { name: seed.title, sheets: [sheet] };
}

/** A two-row table under a funding block: 培训人次 met (45 points), 合格率 90% against ≥95% (42.63 of 45). */
export function twoRowSeed(): SeedCase {
  return {
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [
      { level1: "产出指标", level2: "数量指标", level3: "培训人次", target: "≥100人次", actual: "120人次", weight: 45 },
      { level1: "产出指标", level2: "质量指标", level3: "合格率", target: "≥95%", actual: "90%", weight: 45 },
    ],
  };
}

/** A seed table with one indicator row of 90 points under a funding block of 10 (budget 100, all executed): the row
 *  tests' table. `row` gives the level-1 (产出指标 when absent), level-2 and level-3 names, target, completed value and
 *  reason. */
export function oneRowSeed(row: Omit<SeedCase["rows"][number], "level1"> & { level1?: string }): SeedCase {
  return {
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "产出指标", weight: 90, ...row }],
  };
}
