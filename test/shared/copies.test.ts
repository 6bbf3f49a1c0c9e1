// The project's fixtures against ../shared/fixtures: the seeds hold the shared seed cases' numbers and texts, and
// each generated copy reads cell for cell like the shared workbook of the same name (values, number formats,
// formulas, merges, origin, sheet names), so the project's own tests check what the shared README describes.
import * as fs from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/xlsx";
import { readmeWorkbooks, seed, workbookBytes, type SeedName } from "../helpers/fixtures";
import { SHARED_FIXTURES, sharedWorkbook } from "./shared";

const SEED_FILES: Record<SeedName, string> = {
  "project-gansu-2021": "004-project-gansu-2021.json",
  "department-gansu-2021": "004-department-gansu-2021.json",
  "targets-hengshui-2021-a": "001-targets-hengshui-2021-a.json",
  "targets-hengshui-2021-b": "001-targets-hengshui-2021-b.json",
  "no-weights-xiqu-2021": "002-final-accounts-xiqu-2021.json",
};

interface SharedRow {
  [key: string]: unknown;
  printed_score?: number | null;
}

test.each(Object.entries(SEED_FILES))("seed %s holds the numbers and texts of seed-cases/%s", (name, file) => {
  const shared = JSON.parse(fs.readFileSync(path.join(SHARED_FIXTURES, "seed-cases", file), "utf8"));
  const own = seed(name as SeedName);
  expect(own.title).toBe(shared.title);
  expect(own.printedTotal ?? null).toBe(shared.printed_total ?? null);
  if (shared.funding)
    expect(own.funding).toMatchObject({
      budget: shared.funding.budget,
      executed: shared.funding.executed,
      weight: shared.funding.weight,
      printedScore: shared.funding.printed_score,
    });
  else expect(own.funding).toBeNull();
  const rename = ({ printed_score, ...rest }: SharedRow) =>
    printed_score === undefined ? rest : { ...rest, printedScore: printed_score };
  expect(own.rows).toEqual(shared.rows.map(rename));
});

const view = (s: SheetGrid) => ({
  name: s.name,
  origin: s.origin,
  values: s.values,
  formats: s.formats,
  formulas: s.formulas,
  merges: [...s.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1 || a.r2 - b.r2),
});

test.each(readmeWorkbooks())("%s reads exactly like the shared workbook", (name) => {
  const own = readXlsx(workbookBytes(name), name).grid.sheets.map(view);
  const shared = readXlsx(new Uint8Array(fs.readFileSync(sharedWorkbook(name))), name).grid.sheets.map(view);
  expect(own).toEqual(shared);
});
