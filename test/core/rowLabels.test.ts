// The total row is found by what its label says, in the words counties use (总分, 合计, 总得分, 综合评分, 自评得分 …):
// the project seed scores 96.88 with its total written on that row, whatever the label; level names that merely
// start like one (综合管理, 总体满意度) are no total.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { isGradeLabel, isTotalLabel } from "../../src/core/tables/rowLabels";
import { seed } from "../helpers/fixtures";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const TOTALS = [
  "总分",
  "总 分",
  "总分（100分）",
  "合计",
  "合 计",
  "合计得分",
  "总计",
  "得分合计",
  "分值合计",
  "自评总分",
  "总得分",
  "总评分",
  "综合得分",
  "综合评分",
  "自评得分",
  "自评总得分",
];

test.each(TOTALS)("%s labels the total row: 96.88 written on it, no indicator taken from it", (label) => {
  const grid = seedGrid(seed("project-gansu-2021"));
  const values = grid.sheets[0].values;
  const totalRow = values.length - 1;
  values[totalRow][0] = label;
  const plan = scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" });
  const t = plan.report.tables[0];
  expect([plan.report.tables.length, t.indicators.length, t.total, t.grade]).toEqual([1, 30, 96.88, "优"]);
  expect(plan.writes.filter((w) => w.kind === "total").map((w) => [w.row, w.value])).toEqual([[totalRow, 96.88]]);
});

test.each(["综合管理", "总体满意度", "自评工作质量", "合同管理", "得分率", "总成本控制"])(
  "a level-2 name %s is no total: every row is read",
  (name) => {
    expect(isTotalLabel(name)).toBe(false);
    const grid = seedGrid(seed("project-gansu-2021"));
    grid.sheets[0].values[14][1] = name;
    const t = scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx" }).report.tables[0];
    expect([t.indicators.length, t.total]).toEqual([30, 96.88]);
  },
);

test("grade labels: 等级, 自评等级, 评价等级, 绩效等级, and not 等级评定说明", () => {
  expect(["等级", "自评等级", "评价等级", "绩效等级", "自评等级："].map(isGradeLabel)).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(["等级评定说明", "质量等级", ""].map(isGradeLabel)).toEqual([false, false, false]);
});

// the grade went beside the total as 自评等级：优 and the form's own grade cell stayed blank
test("grade labels of other forms: 等次, 绩效评价等次, 等级评定, 自评结论, 评价结果; not 评价结果说明 or 质量等次", () => {
  const labels = ["等次", "自评等次", "绩效评价等次", "等级评定", "自评结论", "评价结论", "评价结果", "自评结果："];
  expect(labels.filter((l) => !isGradeLabel(l))).toEqual([]);
  expect(["评价结果说明", "质量等次", "结论", "自评结论性意见"].filter(isGradeLabel)).toEqual([]);
});
