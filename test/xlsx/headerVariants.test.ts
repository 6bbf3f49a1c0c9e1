// Every header variant spec §1 (amendment 4) names, through the whole pipeline: a real .xlsx written by another
// program (ExcelJS) with that header in the national template, read by the .xlsx host, scored by the core, the plan
// applied, and the scored workbook read back: the same figures and the same cells written for every variant.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import type { SheetGrid } from "../../src/core/grid";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { layoutGrid, NATIONAL, perLevelWeights, SAMPLE_FIGURES, type LayoutColumn } from "../helpers/layoutGrid";
import { excelJsXlsx } from "./builders";

/** Scores the bytes and reads the scored copy back: the report's table and the written cells. */
function pipeline(bytes: Uint8Array) {
  const wb = readXlsx(bytes, "v.xlsx");
  const plan = scoreWorkbook(wb.grid, { mode: "score", profile: builtInProfile("central-2020")!, fileName: "v.xlsx" });
  const back = readBack(applyPlan(wb, plan.writes)).get("自评表")!;
  return { table: plan.report.tables[0], back };
}

/** The national columns with one header replaced. */
const withHeader = (head: string, text: string): LayoutColumn[] =>
  NATIONAL.map((c) => (c.head === head ? { ...c, head: text } : c));

// [role's header in the national template, the variant the spec names]
const INDICATOR_VARIANTS: [string, string][] = [
  ["三级指标", "三级指标名称"],
  ["三级指标", "绩效指标"],
  ["三级指标", "指标名称"],
  ["三级指标", "三 级 指 标"],
  ["年度指标值", "年度目标值"],
  ["年度指标值", "指标值"],
  ["年度指标值", "预期指标值"],
  ["年度指标值", "全年指标值"],
  ["年度指标值", "年初指标值"],
  ["年度指标值", "调整指标值"],
  ["年度指标值", "年初目标值(A)"],
  ["年度指标值", "年度\n指标值"],
  ["实际完成值", "实际完成指标值"],
  ["实际完成值", "全年实际完成值"],
  ["实际完成值", "全年完成值"],
  ["实际完成值", "实际完成情况"],
  ["实际完成值", "完成值"],
  ["实际完成值", "实际完成值(B)"],
  ["实际完成值", "全年实际值"],
  ["分值", "权重"],
  ["分值", "指标分值"],
  ["分值", "指标权重"],
  ["分值", "分值（分）"],
  ["分值", "标准分"],
  ["得分", "自评得分"],
  ["得分", "自评分"],
  ["得分", "指标得分"],
  ["得分", "评分"],
  ["得分", "得分(20分*执行率)"],
  ["偏差原因分析及改进措施", "偏差原因及改进措施"],
  ["偏差原因分析及改进措施", "未完成原因分析"],
  ["偏差原因分析及改进措施", "偏差原因"],
  ["偏差原因分析及改进措施", "原因分析及改进措施"],
];

describe("indicator header variants", () => {
  let control: ReturnType<typeof pipeline>;
  beforeAll(async () => {
    control = pipeline(await excelJsXlsx(layoutGrid(NATIONAL)));
  });

  test("the national template (the control): the sample's figures written back", () => {
    expect(control.table.total).toBe(SAMPLE_FIGURES.total);
    expect(control.back.get("G9")?.value).toBe(12);
  });

  test.each(INDICATOR_VARIANTS)("%s → %j: same figures, same cells written", async (head, text) => {
    const { table, back } = pipeline(await excelJsXlsx(layoutGrid(withHeader(head, text))));
    expect([table.total, table.grade, table.funding?.score]).toEqual([
      SAMPLE_FIGURES.total,
      "优",
      SAMPLE_FIGURES.funding.score,
    ]);
    expect(table.indicators.map((i) => i.score)).toEqual(SAMPLE_FIGURES.scores);
    for (const ref of ["G9", "G10", "G12", "G14", "G15", "H5", "G5"])
      expect([ref, back.get(ref)?.value]).toEqual([ref, control.back.get(ref)?.value]);
  });
});

// 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: the level-1 分值 (60, merged per block) was every row's weight
describe("a 分值 column per level", () => {
  test.each([
    ["一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值", false],
    ["一级指标分值 | 二级指标分值 | 三级指标分值", true],
  ])("%s: the level-3 column weighs the rows; same figures, scores in 得分", async (_, named) => {
    const { table, back } = pipeline(await excelJsXlsx(layoutGrid(perLevelWeights({ named }))));
    expect([table.total, table.grade]).toEqual([SAMPLE_FIGURES.total, "优"]);
    expect(table.indicators.map((i) => i.weight)).toEqual([15, 15, 15, 15, 20, 10]);
    expect(["I9", "I12", "I14"].map((ref) => back.get(ref)?.value)).toEqual([12, 13.64, 9.44]);
    expect(["B9", "D9", "F9"].map((ref) => back.get(ref)?.value)).toEqual([60, 30, 15]);
  });
});

/** The national funding block with one of its headers or row labels replaced (row 4 headers, row 5 the total row). */
function fundingVariant(col: number, text: string, row = 3): SheetGrid {
  const grid = layoutGrid(NATIONAL);
  grid.values[row][col] = text;
  return grid;
}

describe("funding block variants", () => {
  test.each([
    [3, "调整后预算数"],
    [3, "预算数"],
    [3, "预算数(A)"],
    [4, "执行数"],
    [4, "预算执行数"],
    [4, "实际支出数"],
    [4, "支出数"],
    [4, "全年执行数(B)"],
    [6, "执行率(B/A)"],
    [7, "得分(10分*执行率)"],
  ] as [number, string][])("column %i headed %j: funding 7.5 written back", async (col, text) => {
    const { table, back } = pipeline(await excelJsXlsx(fundingVariant(col, text)));
    expect(table.funding).toEqual(SAMPLE_FIGURES.funding);
    expect([back.get("G5")?.value, back.get("H5")?.value]).toEqual([0.75, 7.5]);
  });

  test("预算数 merged over 年初 | 全年 in a second header row: 全年 is the budget (年初 was read: 6.82)", async () => {
    const { table, back } = pipeline(await excelJsXlsx(layoutGrid(NATIONAL, { funding: "two-row" })));
    expect(table.funding).toEqual(SAMPLE_FIGURES.funding);
    expect([back.get("G6")?.value, back.get("H6")?.value]).toEqual([0.75, 7.5]);
    expect(table.total).toBe(SAMPLE_FIGURES.total);
  });

  test.each(["资金总额", "总额", "合计"])("a total row labelled %j", async (label) => {
    const { table } = pipeline(await excelJsXlsx(fundingVariant(1, label, 4)));
    expect(table.funding?.score).toBe(7.5);
  });

  test("no 分值 cell: the points in the block's label (预算执行情况（20分）) weigh the rate, said as differing from the profile", async () => {
    const grid = fundingVariant(0, "预算执行情况（20分）");
    grid.values[4][5] = null;
    grid.values[3][5] = null;
    const { table, back } = pipeline(await excelJsXlsx(grid));
    expect(table.funding).toMatchObject({ weight: 20, score: 15 });
    expect(back.get("H5")?.value).toBe(15);
    expect(
      table.findings.find((f) => f.code === "WEIGHTS_DIFFER_FROM_PROFILE" && f.message.startsWith("预算执行率"))
        ?.message,
    ).toBe("预算执行率分值为20分，评分方案为10分，按表中20分计算");
  });
});

describe("labels above a table without a total row (自评得分 | ▢ | 自评等级 | ▢)", () => {
  // the total and grade were in the report only: the labelled cells came back empty
  test("the total and grade are written right of the labels, read back, and a second run leaves them", async () => {
    const grid = layoutGrid(NATIONAL);
    grid.values[grid.values.length - 1] = [];
    grid.values[2] = ["项目名称", "职业技能培训", null, null, "自评得分", null, "自评等级", null];
    const wb = readXlsx(await excelJsXlsx(grid), "v.xlsx");
    const options = { mode: "score" as const, profile: builtInProfile("central-2020")!, fileName: "v.xlsx" };
    const first = applyPlan(wb, scoreWorkbook(wb.grid, options).writes);
    const back = readBack(first).get("自评表")!;
    expect([back.get("F3")?.value, back.get("H3")?.value]).toEqual([SAMPLE_FIGURES.total, SAMPLE_FIGURES.grade]);
    const again = scoreWorkbook(readXlsx(first, "v.xlsx").grid, options);
    expect(again.writes.filter((w) => w.address === "F3" || w.address === "H3").map((w) => w.value)).toEqual([
      undefined,
    ]);
    expect(again.report.tables[0].total).toBe(SAMPLE_FIGURES.total);
  });
});
