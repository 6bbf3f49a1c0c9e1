// Only the cells the plan names change, and none of them holds the user's own text or label: a funding block's label
// that says 执行率, a column that gives the basis of a score (得分依据), a row of column numbers under the header (栏次).
import { builtInProfile, scoreWorkbook, type Plan, type TableReport } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { isColumnNumberRow } from "../../src/core/tables/columnNumbers";
import { layoutGrid, NATIONAL, SAMPLE_FIGURES, type LayoutColumn } from "../helpers/layoutGrid";

const profile = builtInProfile("central-2020")!;
const plan = (sheet: SheetGrid): Plan =>
  scoreWorkbook({ name: "t", sheets: [sheet] }, { mode: "score", profile, fileName: "t.xlsx" });
const only = (p: Plan): TableReport => {
  expect(p.report.tables).toHaveLength(1);
  return p.report.tables[0];
};
/** The cells the plan gives a value in sheet rows `from` to `to` (0-based), with the value. */
const valueWrites = (p: Plan, from = 0, to = Infinity) =>
  p.writes.filter((w) => w.value !== undefined && w.row >= from && w.row <= to).map((w) => [w.address, w.value]);

/** The sample's figures: funding 150 of 200 (7.5), total 92.58 优. */
function expectFigures(t: TableReport): void {
  expect(t.indicators.map((i) => i.score)).toEqual(SAMPLE_FIGURES.scores);
  expect([t.funding, t.total, t.grade]).toEqual([SAMPLE_FIGURES.funding, SAMPLE_FIGURES.total, "优"]);
}

describe("a funding block's label that says 执行率 is its label, not its 执行率 column", () => {
  test.each(["预算执行率（10分）", "预算执行率", "预算资金执行率（10分）", "资金执行率情况"])("label %s", (label) => {
    const p = plan(layoutGrid(NATIONAL, { fundingLabel: label }));
    expectFigures(only(p));
    // the rate goes into G5 under 执行率, the score into H5; A4 (the label, merged A4:A6) is not written
    expect(valueWrites(p, 3, 5)).toEqual([
      ["G5", 0.75],
      ["H5", 7.5],
    ]);
  });
});

describe("a column giving the basis of a score (得分依据, 得分说明) is never the score column", () => {
  const basis = (head: string): LayoutColumn => ({ head, cell: () => "见佐证材料" });
  const score = (head: string): LayoutColumn => ({ head, cell: () => null });
  test.each([
    ["得分依据", "单位自评得分"],
    ["得分说明", "单位得分"],
  ])("%s left of %s: the scores go under the score header, the basis stays", (basisHead, scoreHead) => {
    const cols = [...NATIONAL.slice(0, 6), basis(basisHead), score(scoreHead), NATIONAL[7]];
    const p = plan(layoutGrid(cols));
    expectFigures(only(p));
    const [basisCol, scoreCol] = [6, 7];
    const rows = p.writes.filter((w) => w.row >= 8 && w.value !== undefined);
    expect(rows.filter((w) => w.col === basisCol && w.kind !== "grade")).toEqual([]);
    expect(rows.filter((w) => w.col === scoreCol).map((w) => w.value)).toEqual([...SAMPLE_FIGURES.scores, 92.58]);
    expect(only(p).findings.map((f) => f.code)).not.toContain("SCORE_DIFFERS");
  });
});

describe("a row of column numbers under the header (栏次) is part of the header, never an indicator", () => {
  test.each([
    ["甲 | 乙 | 丙 | 1 | 2 | 3 | 4 | 5", ["甲", "乙", "丙", 1, 2, 3, 4, 5]],
    ["1 | 2 | … | 8", [1, 2, 3, 4, 5, 6, 7, 8]],
    ["栏次 | | | 1 | 2 | 3 | 4=2×3 | 5 as text", ["栏次", null, null, "1", "2", "3", "4=2×3", "5"]],
  ])("%s: same figures, the row not written", (_, numbers) => {
    const p = plan(layoutGrid(NATIONAL, { underHeader: numbers as CellValue[] }));
    const t = only(p);
    expectFigures(t);
    expect(t.indicators[0].row).toBe(10);
    expect(t.findings.map((f) => f.code)).not.toContain("WEIGHTS_NOT_FULL");
    expect(p.writes.filter((w) => w.row === 8)).toEqual([]);
  });

  test.each([
    [["甲", "乙", "丙", 1, 2, 3], true],
    [["栏次", 1, 2, 3], true],
    [["产出指标", "数量指标", "培训次数", "≥10次", "8次", 15], false],
    [[1, 2, 4, 5], false], // not counting up by one
    [[2, 3, 4], false], // not from 1
    [["乙", "丙", 1, 2], false], // not from 甲
    [[1, 2], false], // too few
    [["甲", "乙", "丙"], true],
  ])("%j is a row of column numbers: %s", (row, yes) => expect(isColumnNumberRow(row as CellValue[])).toBe(yes));
});

describe("a score, total or rate cell holding the user's words is kept; SCORE_DIFFERS says what the rules give", () => {
  /** The sample laid out nationally (header row 8, rows 9–14, total row 15) with `cells` set as [row, col, value]. */
  function withCells(...cells: [number, number, CellValue][]): SheetGrid {
    const sheet = layoutGrid(NATIONAL);
    for (const [r, c, v] of cells) sheet.values[r][c] = v;
    return sheet;
  }
  const differs = (t: TableReport) =>
    t.findings.filter((f) => f.code === "SCORE_DIFFERS").map((f) => [f.cell, f.severity, f.message]);

  test("a row's 得分 cell holding 见佐证材料 or 满分 is not written over; a mark (—) or 10分 is replaced, as before", () => {
    const sheet = withCells([8, 6, "见佐证材料"], [9, 6, "满分"], [10, 6, "—"], [11, 6, "10分"]);
    const p = plan(sheet);
    const t = only(p);
    expectFigures(t);
    expect(differs(t)).toEqual([
      ["G9", "warning", "原得分“见佐证材料”，按规则应为12.00分（单元格中是文字，未改动）"],
      ["G10", "warning", "原得分“满分”，按规则应为15.00分（单元格中是文字，未改动）"],
      ["G11", "warning", "原得分“—”与规则计算的15.00分不一致，已改为15.00分"],
      ["G12", "warning", "原得分10分与规则计算的13.64分不一致，已改为13.64分"],
    ]);
    expect(valueWrites(p, 8, 11)).toEqual([
      ["G11", 15],
      ["G12", 13.64],
    ]);
    // an audit keeps every cell and says so without the reason (nothing is written in an audit)
    const audit = scoreWorkbook({ name: "t", sheets: [sheet] }, { mode: "audit", profile, fileName: "t.xlsx" });
    expect(differs(only(audit))[0]).toEqual(["G9", "warning", "原得分“见佐证材料”，按规则应为12.00分"]);
  });

  test("the total, the funding block's 执行率 and 得分 cells holding words are not written over", () => {
    const p = plan(withCells([14, 6, "自动计算"], [4, 6, "见决算表"], [4, 7, "待定"]));
    const t = only(p);
    expectFigures(t);
    expect(differs(t)).toEqual([
      ["H5", "warning", "原得分“待定”，按规则应为7.50分（单元格中是文字，未改动）"],
      ["G15", "warning", "原总分“自动计算”，按规则应为92.58分（单元格中是文字，未改动）"],
      ["G5", "warning", "执行率单元格为“见决算表”，按规则执行率应为75%（单元格中是文字，未改动）"],
    ]);
    expect(valueWrites(p, 3, 5)).toEqual([]);
    expect(valueWrites(p, 14, 14)).toEqual([["H15", "自评等级：优"]]);
  });
});
