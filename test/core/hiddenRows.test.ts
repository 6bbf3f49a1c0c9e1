// Hidden rows: an indicator or funding row the sheet hides is still read and scored (the grid is the sheet's data), and
// a HIDDEN_ROWS warning names the table's hidden rows, so a total that counts rows the user cannot see is never silent.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { SEED_LAYOUT, seedGrid, twoRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const grid = (): WorkbookGrid => seedGrid(twoRowSeed());
const scored = (g: WorkbookGrid, lang: "zh" | "en" = "zh") => {
  const t = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang }).report.tables[0];
  return { t, hidden: t.findings.filter((f) => f.code === "HIDDEN_ROWS").map((f) => `${f.cell} ${f.message}`) };
};

test("a hidden indicator row is scored and said (row numbers as the sheet shows them)", () => {
  const g = grid();
  g.sheets[0].hiddenRows = new Set([SEED_LAYOUT.firstRow + 1]);
  const { t, hidden } = scored(g);
  expect(t.indicators.map((i) => i.score)).toEqual([45, 42.63]);
  expect(t.total).toBe(97.63);
  expect(hidden).toEqual(["null 第12行是隐藏行，其中的指标也参与评分；如不属于本表请删除，否则请取消隐藏后核对"]);
  expect(t.findings.find((f) => f.code === "HIDDEN_ROWS")!.severity).toBe("warning");
});

test("the funding row counts; rows hidden outside the table do not; many rows are summed up", () => {
  const g = grid();
  g.sheets[0].hiddenRows = new Set([0, 2, SEED_LAYOUT.fundingRow, SEED_LAYOUT.firstRow]);
  expect(scored(g).hidden).toEqual([
    "null 第5、11行是隐藏行，其中的指标也参与评分；如不属于本表请删除，否则请取消隐藏后核对",
  ]);
  const only = grid();
  only.sheets[0].hiddenRows = new Set([0, 2]);
  expect(scored(only).hidden).toEqual([]);
  expect(scored(grid()).hidden).toEqual([]);
});

test("more than ten hidden rows: the first ten and how many", () => {
  const g = seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: null,
    rows: Array.from({ length: 12 }, (_, i) => ({
      level1: "产出指标",
      level2: "数量指标",
      level3: `指标${i + 1}`,
      target: "≥1次",
      actual: "1次",
      weight: 5,
    })),
  });
  g.sheets[0].hiddenRows = new Set(Array.from({ length: 12 }, (_, i) => SEED_LAYOUT.firstRow + i));
  expect(scored(g).hidden[0]).toMatch(/^null 第11、12、13、14、15、16、17、18、19、20行等12行是隐藏行/);
});

test("Excel that cannot tell which rows are hidden: the sheet has some, said once per table", () => {
  const g = grid();
  g.sheets[0].someRowsHidden = true;
  expect(scored(g).hidden).toEqual([
    "null 本工作表有隐藏行（此版本Excel无法确定是哪几行），隐藏行中的指标也参与评分，请取消隐藏后核对",
  ]);
  expect(scored(g, "en").hidden[0]).toMatch(
    /^null The sheet has hidden rows \(this version of Excel cannot tell which\)/,
  );
});
