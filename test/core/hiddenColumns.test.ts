// Hidden columns: a column the table reads or writes (its target, completed value, weight, score, reason; the funding
// block's) that the sheet hides is still read, and written, as the data says; a HIDDEN_COLUMNS warning names it with its
// header, so scores written where the user cannot see them are never silent.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { SEED_LAYOUT, seedGrid, twoRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** Columns of the seed layout (0-based): C 三级指标 / 年初预算数, F 分值, G 得分 / 执行率, I beyond the table. */
const [C, F, G, I] = [2, 5, 6, 8];
const withHidden = (cols: number[]): WorkbookGrid => {
  const g = seedGrid(twoRowSeed());
  g.sheets[0].hiddenColumns = new Set(cols);
  return g;
};
const scored = (g: WorkbookGrid, lang: "zh" | "en" = "zh") => {
  const plan = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang });
  const t = plan.report.tables[0];
  const hidden = t.findings.filter((f) => f.code === "HIDDEN_COLUMNS");
  return { t, plan, hidden: hidden.map((f) => `${f.severity} ${f.message}`) };
};

test("a hidden 得分 column is written as before and named with its header", () => {
  const { t, plan, hidden } = scored(withHidden([G]));
  expect(t.total).toBe(97.63);
  expect(plan.writes.some((w) => w.col === G)).toBe(true);
  expect(hidden).toEqual(["warning 第G列（得分）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对"]);
});

test("several hidden columns are named in sheet order; a column outside the table is not", () => {
  expect(scored(withHidden([I, F, C])).hidden).toEqual([
    "warning 第C列（三级指标）、第F列（分值）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对",
  ]);
  expect(scored(withHidden([I])).hidden).toEqual([]);
  expect(scored(seedGrid(twoRowSeed())).hidden).toEqual([]);
});

test("a column only the funding block uses is named by the block's header", () => {
  const g = seedGrid(twoRowSeed());
  const sheet = g.sheets[0];
  // move the indicator header's last column (偏差原因) out of H, so H is the funding block's 得分 alone
  sheet.values.forEach((row, r) => r >= SEED_LAYOUT.headerRow && row.length > 7 && (row.length = 7));
  sheet.hiddenColumns = new Set([7]);
  expect(scored(g).hidden).toEqual(["warning 第H列（得分）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对"]);
});

test("when the host knows only that some columns are hidden, the table says so; in English too", () => {
  const g = seedGrid(twoRowSeed());
  g.sheets[0].someColumnsHidden = true;
  expect(scored(g).hidden).toEqual([
    "warning 本工作表有隐藏列（此版本Excel无法确定是哪几列），隐藏的指标值、完成值、分值或得分列也会被读取或写入，请取消隐藏后核对",
  ]);
  expect(scored(withHidden([F, G]), "en").hidden).toEqual([
    "warning Columns F (分值), G (得分) are hidden; the scorer read or wrote cells in them: unhide and check",
  ]);
});

test("a hidden column scoring does not use is not named: 指标解释, and 年初预算数 beside a filled 全年预算数", () => {
  const withDescription = seedGrid(twoRowSeed());
  const sheet = withDescription.sheets[0];
  sheet.values[SEED_LAYOUT.headerRow][8] = "指标解释"; // I, beside the table's columns
  sheet.values[SEED_LAYOUT.firstRow][8] = "全年培训人次";
  sheet.hiddenColumns = new Set([8]);
  expect(scored(withDescription).hidden).toEqual([]);
  // a funding block in columns of its own (I-N): 年初预算数 in I, 全年预算数 in J
  const block = (budget: number | null, hidden: number) => {
    const g = seedGrid({ ...twoRowSeed(), funding: null });
    const v = g.sheets[0].values;
    v[3] = [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ];
    v[3][0] = "项目资金（万元）";
    v[4] = [null, "年度资金总额", null, null, null, null, null, null, 100, budget, 90, 10, null, null];
    g.sheets[0].hiddenColumns = new Set([hidden]);
    return scored(g).hidden;
  };
  expect(block(100, 8)).toEqual([]);
  expect(block(null, 8)).toEqual([
    "warning 第I列（年初预算数）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对",
  ]);
  expect(block(100, 9)).toEqual([
    "warning 第J列（全年预算数）是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对",
  ]);
});

test("of two 实际完成值 columns the visible one is read, not a stale hidden one left of it (it was)", () => {
  const g = seedGrid(twoRowSeed());
  const sheet = g.sheets[0];
  const header = sheet.values.findIndex((r) => r?.includes("实际完成值"));
  const E = sheet.values[header].indexOf("实际完成值");
  // a copy of the actual column, hidden, left of the visible one: its values stale (all 0)
  sheet.values = sheet.values.map((row, r) =>
    row
      ? [...row.slice(0, E), r === header ? "实际完成值" : r > header && row[E] != null ? "0次" : null, ...row.slice(E)]
      : row,
  );
  sheet.hiddenColumns = new Set([E]);
  const visible = scored(seedGrid(twoRowSeed())).t.total;
  const { t } = scored(g);
  expect(t.total).toBe(visible);
  expect(t.findings.some((f) => f.code === "HEADER_IGNORED" && f.message.includes("E列“实际完成值”"))).toBe(true);
});
