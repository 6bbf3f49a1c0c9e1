// Issue 12's layout families through the xlsx reader and the core: every family and variant scores to its seed's
// figures (project 96.88 优, funding 7.68, 形成调研报告数量 2.20, every other row 3; department 90.56 优, funding
// 5.94, 基本支出预算执行率 2.98, 项目支出预算执行率 0.64, 结转结余变动率 0), the planned cells are where the layout
// puts them, a header printed again at a page break continues its table, and a table with a header but no indicator
// rows is NO_INDICATORS with nothing written. No value lands on a cell that holds anything (a funding label that says
// 执行率, the 栏次 row's numbers, 得分依据's 见佐证材料: the form-print family).
import { builtInProfile, scoreWorkbook, type Plan } from "../../src/core";
import { cellAt, parseA1 } from "../../src/core/grid";
import { isBlank } from "../../src/core/tables/sheetRows";
import type { TableReport } from "../../src/core/report";
import { readXlsx } from "../../src/xlsx/readWorkbook";
import { catalogue, familyWorkbooks, workbookBytes, type CatalogueTable } from "../helpers/fixtures";
import { blockShareMessages, expectSeedFigures, figuresOf } from "../helpers/seedFigures";

const profile = builtInProfile("central-2020")!;

/** True when an A1 address lies inside an A1 range. */
function inside(address: string, range: string): boolean {
  const [a, b] = range.split(":").map((r) => parseA1(r)!);
  const p = parseA1(address)!;
  return p.row >= a.row && p.row <= b.row && p.col >= a.col && p.col <= b.col;
}

/** The value the plan writes into a cell of a sheet (undefined when it writes none). */
const planned = (plan: Plan, sheet: string, address: string) =>
  plan.writes.find((w) => w.sheet === sheet && w.address === address && w.value !== undefined)?.value;

function expectPlannedCells(plan: Plan, table: CatalogueTable, t: TableReport): void {
  const f = figuresOf(table);
  for (const [name, address] of Object.entries(table.scores!))
    expect([name, planned(plan, table.sheet, address)]).toEqual([
      name,
      t.indicators.find((i) => i.level3 === name)?.score,
    ]);
  expect(planned(plan, table.sheet, table.total!)).toBe(f.total);
  expect(planned(plan, table.sheet, table.fundingScore!)).toBe(f.funding);
  expect(planned(plan, table.sheet, table.fundingRate!)).toBe(t.funding!.rate);
  for (const [label, address] of Object.entries(table.subtotals ?? {}))
    expect([label, planned(plan, table.sheet, address)]).toEqual([label, f.subtotals[label]]);
}

function expectEmptyTable(plan: Plan, table: CatalogueTable, t: TableReport | undefined): void {
  expect(t).toBeDefined();
  expect([t!.indicators.length, t!.total, t!.grade]).toEqual([0, null, null]);
  const noRows = t!.findings.filter((x) => x.code === "NO_INDICATORS");
  expect(noRows.map((x) => x.severity)).toEqual(["error"]);
  expect(inside(noRows[0].cell!, table.header)).toBe(true);
  expect(
    plan.writes.filter((w) => w.sheet === table.sheet && w.value !== undefined && inside(w.address, table.area)),
  ).toEqual([]);
}

/** The national copies the reader already reads, as a control on these checks, then every family workbook. */
const CONTROL = ["project-gansu-2021.xlsx", "department-gansu-2021.xlsx", "two-sheets-gansu-2021.xlsx"];
const ENTRIES = [...catalogue().filter((e) => CONTROL.includes(e.file)), ...familyWorkbooks()];

describe.each(ENTRIES.map((e) => [e.file, e] as const))("%s", (_file, entry) => {
  const grid = readXlsx(workbookBytes(entry.file), entry.file).grid;
  const plan = scoreWorkbook(grid, { mode: "score", profile, fileName: entry.file });
  const report = plan.report;

  test(`${entry.family}: no value is written over a filled cell (a label, a 栏次 number, the user's words)`, () => {
    const over = plan.writes.filter((w) => {
      const sheet = grid.sheets.find((s) => s.name === w.sheet)!;
      return w.value !== undefined && !isBlank(cellAt(sheet, w.row, w.col));
    });
    expect(
      over.map(
        (w) =>
          `${w.address}=${String(
            cellAt(
              grid.sheets.find((s) => s.name === w.sheet)!,
              w.row,
              w.col,
            ),
          )}`,
      ),
    ).toEqual([]);
  });

  test(`${entry.family}: every table found, no file error`, () => {
    expect(report.errors).toEqual([]);
    expect(report.tables.map((t) => t.sheet)).toEqual(entry.tables.map((t) => t.sheet));
  });

  test.each(entry.tables.map((t, i) => [t.seed ?? "empty table", i] as const))(
    "table %s: the seed's figures, in the layout's cells",
    (_seed, i) => {
      const table = entry.tables[i];
      const t = report.tables[i];
      if (table.empty) return expectEmptyTable(plan, table, t);
      expectSeedFigures(t, table);
      expectPlannedCells(plan, table, t);
      const shares = t.findings.filter((x) => x.code === "WEIGHTS_FROM_BLOCKS");
      // one table-level warning per level-1 block whose points were divided (产出指标63分平均分配给21项指标，每项3分)
      expect(shares.map((x) => [x.severity, x.cell, x.message])).toEqual(
        entry.family === "hubei-20" ? blockShareMessages(table).map((m) => ["warning", null, m]) : [],
      );
      // a header printed again inside the table (page-break) is said on its first cell; no other table has one
      const repeats = t.findings.filter((x) => x.code === "HEADER_REPEATED");
      expect(repeats.map((x) => [x.severity, x.cell])).toEqual((table.repeatedHeaders ?? []).map((c) => ["info", c]));
    },
  );
});
