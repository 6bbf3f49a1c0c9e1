// Cells an earlier run flagged (the grid's ownNotes): the plan names those this run does not flag, and only those.
import { BUILT_IN_PROFILES, scoreWorkbook, type ScoreOptions } from "../../src/core";
import type { WorkbookGrid } from "../../src/core/grid";
import { seed } from "../helpers/fixtures";
import { SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";

const options: ScoreOptions = { mode: "score", profile: BUILT_IN_PROFILES[0], fileName: "p.xlsx", marks: "all" };
const project = seed("project-gansu-2021");

function withOwnNotes(cells: { row: number; col: number }[], isProtected = false): WorkbookGrid {
  const grid = seedGrid(project);
  grid.sheets[0] = { ...grid.sheets[0], ownNotes: cells, protected: isProtected };
  return grid;
}

const flagged = (grid: WorkbookGrid) =>
  scoreWorkbook(grid, options)
    .writes.filter((w) => w.mark)
    .map((w) => `${w.row},${w.col}`);

test("a flagged cell noted before is marked again (its note is replaced), never unmarked", () => {
  const cells = flagged(seedGrid(project)).map((k) => ({ row: Number(k.split(",")[0]), col: Number(k.split(",")[1]) }));
  expect(cells.length).toBeGreaterThan(3);
  const writes = scoreWorkbook(withOwnNotes(cells), options).writes;
  expect(writes.filter((w) => w.unmark)).toEqual([]);
  expect(writes.filter((w) => w.mark).length).toBe(cells.length);
});

test("a noted cell that is fine now gets an unmark write; a score cell keeps its value write and is unmarked on it", () => {
  const row = SEED_LAYOUT.firstRow + 1; // the second indicator: met, nothing to flag
  expect(flagged(seedGrid(project))).not.toContain(`${row},3`);
  const writes = scoreWorkbook(
    withOwnNotes([
      { row, col: 3 },
      { row, col: 6 },
      { row: 200, col: 1 },
    ]),
    options,
  ).writes;
  const unmarks = writes
    .filter((w) => w.unmark)
    .map((w) => [w.address, w.kind, w.value === undefined ? null : typeof w.value]);
  expect(unmarks).toEqual([
    ["G12", "score", "number"],
    ["D12", "unmark", null],
    ["B201", "unmark", null],
  ]);
});

test("check mode writes nothing and a protected sheet gets no unmark writes", () => {
  const cells = [{ row: SEED_LAYOUT.firstRow, col: 3 }];
  expect(scoreWorkbook(withOwnNotes(cells), { ...options, mode: "check" }).writes).toEqual([]);
  expect(scoreWorkbook(withOwnNotes(cells, true), options).writes.filter((w) => w.unmark)).toEqual([]);
});

test("a stale note inside a merged area is taken off its top-left cell", () => {
  const grid = withOwnNotes([{ row: SEED_LAYOUT.firstRow + 1, col: 0 }]);
  grid.sheets[0].merges = [{ r1: SEED_LAYOUT.firstRow, c1: 0, r2: SEED_LAYOUT.firstRow + 3, c2: 0 }];
  expect(
    scoreWorkbook(grid, options)
      .writes.filter((w) => w.unmark)
      .map((w) => w.address),
  ).toEqual(["A11"]);
});
