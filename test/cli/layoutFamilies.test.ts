// Issue 12's layout families through the whole pipeline: `selfeval score` on every family workbook (workbook in,
// scored workbook out), the report's figures and the written cells read back where each layout puts them.
// A stacked table with no indicator rows gets NO_INDICATORS and nothing written into it.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseA1 } from "../../src/core/grid";
import type { FileReport } from "../../src/core/report";
import { readBack } from "../../src/xlsx";
import { catalogue, familyWorkbooks, workbook, type CatalogueEntry, type CatalogueTable } from "../helpers/fixtures";
import { expectSeedFigures, figuresOf, printedScores } from "../helpers/seedFigures";
import { fingerprint, readReport, selfeval, tmpDir } from "./helpers";

/** The national copies the reader already reads, as a control on these checks, then every family workbook. */
const CONTROL = ["project-gansu-2021.xlsx", "department-gansu-2021.xlsx", "two-sheets-gansu-2021.xlsx"];
const ENTRIES = [...catalogue().filter((e) => CONTROL.includes(e.file)), ...familyWorkbooks()];
const dir = tmpDir("selfeval-families-");
const inputs = ENTRIES.map((e) => workbook(e.file));
const prints = new Map(inputs.map((f) => [f, fingerprint(f)]));
let code = -1;

beforeAll(async () => {
  code = (await selfeval("score", ...inputs, "--out", dir, "--json", path.join(dir, "r.json"))).code;
}, 120000);

const reportOf = (entry: CatalogueEntry): FileReport =>
  readReport(path.join(dir, "r.json")).files.find((f) => f.file === workbook(entry.file))!;
const cellsOf = (file: string, sheet: string) => readBack(new Uint8Array(fs.readFileSync(file))).get(sheet)!;

function inside(address: string, range: string): boolean {
  const [a, b] = range.split(":").map((r) => parseA1(r)!);
  const p = parseA1(address)!;
  return p.row >= a.row && p.row <= b.row && p.col >= a.col && p.col <= b.col;
}

function expectWrittenCells(entry: CatalogueEntry, table: CatalogueTable, rate: number | undefined): void {
  const f = figuresOf(table);
  const cells = cellsOf(path.join(dir, path.basename(entry.file)), table.sheet);
  const scores = printedScores(table).map(([name]) => [name, cells.get(table.scores![name])?.value]);
  expect(scores).toEqual(printedScores(table));
  expect([cells.get(table.total!)?.value, cells.get(table.fundingScore!)?.value]).toEqual([f.total, f.funding]);
  expect(cells.get(table.fundingRate!)?.value).toBe(rate);
  for (const [label, address] of Object.entries(table.subtotals ?? {}))
    expect([label, cells.get(address)?.value]).toEqual([label, f.subtotals[label]]);
}

function expectNothingWritten(entry: CatalogueEntry, table: CatalogueTable): void {
  const before = cellsOf(workbook(entry.file), table.sheet);
  const after = cellsOf(path.join(dir, path.basename(entry.file)), table.sheet);
  const changed = [...after].filter(
    ([address, c]) => inside(address, table.area) && c.value !== (before.get(address)?.value ?? null),
  );
  expect(changed.map(([address, c]) => `${address}=${c.value}`)).toEqual([]);
}

test("every file processed, exit 0, inputs untouched", () => {
  expect(code).toBe(0);
  for (const f of inputs) expect(fingerprint(f)).toBe(prints.get(f));
});

describe.each(ENTRIES.map((e) => [e.file, e] as const))("%s", (_file, entry) => {
  test(`${entry.family}: every table found and written`, () => {
    const r = reportOf(entry);
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(path.join(dir, path.basename(entry.file)));
    expect(r.tables.map((t) => t.sheet)).toEqual(entry.tables.map((t) => t.sheet));
  });

  test.each(entry.tables.map((t, i) => [t.seed ?? "empty table", i] as const))(
    "table %s: the seed's figures in the report and in the written cells",
    (_seed, i) => {
      const table = entry.tables[i];
      const t = reportOf(entry).tables[i];
      if (table.empty) {
        expect(t).toBeDefined();
        expect([t.indicators.length, t.total, t.grade]).toEqual([0, null, null]);
        expect(t.findings.map((x) => x.code)).toContain("NO_INDICATORS");
        return expectNothingWritten(entry, table);
      }
      expectSeedFigures(t, table);
      expectWrittenCells(entry, table, t.funding?.rate);
    },
  );
});
