// The summary's problem lines name an indicator only for a finding that is that indicator's: a label's finding on a
// cell of the first row it spans (BLOCK_POINTS_DIFFER on 产出指标（60分）, merged A11:A12) named that row's 三级指标.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { aggregateOf } from "../../src/reports/aggregate";
import { SEED_LAYOUT, seedGrid, twoRowSeed } from "../helpers/seedGrid";

test("a label's finding names no indicator; a row's finding names its own", () => {
  const seed = twoRowSeed();
  seed.rows = seed.rows.map((r) => Object.assign({}, r, { level1: "产出指标（60分）" }));
  const g = seedGrid(seed);
  g.sheets[0].values[SEED_LAYOUT.firstRow + 1][0] = null;
  g.sheets[0].merges = [{ r1: SEED_LAYOUT.firstRow, c1: 0, r2: SEED_LAYOUT.firstRow + 1, c2: 0 }];
  const profile = builtInProfile("central-2020")!;
  const report = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx" }).report;
  expect(aggregateOf(report).tables[0].problems).toEqual([
    { code: "NOT_MET_NO_REASON", severity: "warning", cell: "H12", indicator: "合格率" },
    { code: "BLOCK_POINTS_DIFFER", severity: "warning", cell: "A11", indicator: null },
  ]);
});
