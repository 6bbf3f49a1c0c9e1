// The synthetic N-row table of synthetic.mjs as a real .xlsx workbook (shared strings, styled cells, merged level
// cells written the way Excel keeps them: the hidden cells of a merged area exist, styled and empty), for timing
// `selfeval score` end to end on large sheets.
import { writeBook } from "../fixtures/book.mjs";
import { Sheet } from "../fixtures/sheet.mjs";
import { syntheticGrid } from "./synthetic.mjs";

/** The .xlsx bytes of syntheticGrid(n, { mergedLevels }). */
export function syntheticBook(n, { mergedLevels = true } = {}) {
  const grid = syntheticGrid(n, { mergedLevels }).sheets[0];
  const sheet = new Sheet(grid.name);
  grid.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && sheet.set(r, c, v)));
  for (let r = 10; r < 10 + n; r++)
    for (let c = 0; c < 8; c++) if (!sheet.cells.has(`${r},${c}`)) sheet.set(r, c, null);
  for (const m of grid.merges) sheet.merge(m.r1, m.c1, m.r2, m.c2);
  sheet.width(0, 1, 10).width(2, 2, 24).width(3, 7, 14);
  return writeBook({ sheets: [sheet] });
}
