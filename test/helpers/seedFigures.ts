// The figures every layout of a seed table must give (issue 12): the published totals, funding scores and row
// scores, whatever the header texts, column order or header rows. Used by the core and the CLI family tests.
import type { TableReport } from "../../src/core/report";
import { seed, type CatalogueTable, type SeedName } from "./fixtures";

/** A seed's figures: total, grade, funding score, the named row scores, and each subtotal's sum (by level-1 label). */
export interface SeedFigures {
  total: number;
  grade: "优";
  funding: number;
  named: Record<string, number>;
  subtotals: Record<string, number>;
}

/** project = 30 indicators, funding 320 / 245.77; department = 29 indicators, funding 3007.2 / 1787.26. */
export const SEED_FIGURES: Record<"project-gansu-2021" | "department-gansu-2021", SeedFigures> = {
  "project-gansu-2021": {
    total: 96.88,
    grade: "优",
    funding: 7.68,
    named: { 形成调研报告数量: 2.2 },
    subtotals: { "一、产出指标": 62.2, "二、效益指标": 24, "三、满意度指标": 3 },
  },
  "department-gansu-2021": {
    total: 90.56,
    grade: "优",
    funding: 5.94,
    named: { 基本支出预算执行率: 2.98, 项目支出预算执行率: 0.64, 结转结余变动率: 0 },
    subtotals: { "一、部门管理": 24.62, "二、履职效果": 39, "三、能力建设": 15, "四、服务对象满意度": 6 },
  },
};

/** The figures of a catalogued table's seed. */
export function figuresOf(table: CatalogueTable): SeedFigures {
  return SEED_FIGURES[table.seed as keyof typeof SEED_FIGURES];
}

/** Every row's printed score in seed order (the project: 2.20 for 形成调研报告数量, 3 for every other row). */
export function printedScores(table: CatalogueTable): [string, number | null | undefined][] {
  return seed(table.seed as SeedName).rows.map((r) => [r.level3, r.printedScore]);
}

/** Asserts a scored table's report against its seed's figures; `table` says where its cells are. */
export function expectSeedFigures(t: TableReport | undefined, table: CatalogueTable): void {
  const f = figuresOf(table);
  expect(t).toBeDefined();
  expect([t!.mode, t!.total, t!.grade, t!.funding?.score]).toEqual(["score", f.total, f.grade, f.funding]);
  expect(t!.indicators.map((i) => [i.level3, i.score])).toEqual(printedScores(table));
  const row = (name: string) => t!.indicators.find((i) => i.level3 === name);
  for (const [name, score] of Object.entries(f.named)) expect([name, row(name)?.score]).toEqual([name, score]);
  // Rows below their weight: NOT_MET_NO_REASON on the reason cell exactly where the layout left it empty.
  const reasonCell = (name: string) => table.columns.reason + table.scores![name].replace(/^[A-Z]+/, "");
  const flagged = t!.findings.filter((x) => x.code === "NOT_MET_NO_REASON").map((x) => x.cell);
  const missed = seed(table.seed as SeedName).rows.filter((r) => r.printedScore! < r.weight!);
  const empty = missed.filter((r) => !table.filledReasons?.includes(r.level3)).map((r) => reasonCell(r.level3));
  expect(flagged.sort()).toEqual(empty.sort());
}

/** What WEIGHTS_FROM_BLOCKS says for a seed laid out without a 分值 column: one message per level-1 block. */
export function blockShareMessages(table: CatalogueTable): string[] {
  const blocks = new Map<string, { points: number; rows: number }>();
  for (const r of seed(table.seed as SeedName).rows) {
    const b = blocks.get(r.level1) ?? { points: 0, rows: 0 };
    blocks.set(r.level1, { points: b.points + (r.weight ?? 0), rows: b.rows + 1 });
  }
  return [...blocks].map(
    ([name, b]) => `${name}${b.points}分平均分配给${b.rows}项指标，每项${b.points / b.rows}分，请核对`,
  );
}
