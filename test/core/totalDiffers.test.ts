// TOTAL_DIFFERS sets a hand total against the hand scores. A sheet whose funding 得分 cell is empty while its total
// counts the funding points (row scores 87 + 9.5 written as 96.5) was said to differ ("与各项原得分之和87分不一致"): the
// rules' funding score is counted for the empty cell now, and the message says so.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { seedGrid, twoRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;

/** The TOTAL_DIFFERS messages of the two-row table (45 + 42.63 of 90, funding 10 of 10) with hand scores 45 and 42 in
 *  G11:G12, `total` in G13 and `fundingScore` in H5, scored in `mode`. */
function totalDiffers(total: number, fundingScore: number | null, mode: "score" | "audit" = "audit"): string[] {
  const grid = seedGrid(twoRowSeed());
  const v = grid.sheets[0].values;
  [v[10][6], v[11][6], v[12][6], v[4][7]] = [45, 42, total, fundingScore];
  const plan = scoreWorkbook(grid, { mode, profile, fileName: "t.xlsx" });
  return plan.report.tables[0].findings.filter((f) => f.code === "TOTAL_DIFFERS").map((f) => `${f.cell} ${f.message}`);
}

test("a hand total that counts the funding points over an empty funding cell agrees (it was said to differ)", () => {
  expect(totalDiffers(97, null)).toEqual([]);
  expect(totalDiffers(97, null, "score")).toEqual([]);
});

test("one that does not agree says the rules' funding score was counted", () => {
  expect(totalDiffers(95, null)).toEqual([
    "G13 原总分95分与各项原得分之和97分（预算执行率得分栏为空，已计入按规则计算的10分）不一致",
  ]);
});

test("with the funding cell filled, its own figure is counted, as before", () => {
  expect(totalDiffers(97, 10)).toEqual([]);
  expect(totalDiffers(97, 8)).toEqual(["G13 原总分97分与各项原得分之和95分不一致"]);
});
