// A header printed again inside its table (a page break of a printed or converted form, pages pasted together) is
// one table, on every family of layouts: the same figures as without the break, one HEADER_REPEATED on the repeated
// header; anything of its own between the parts (a total row, another project's title, another header) keeps two.
import { builtInProfile, scoreWorkbook, type Plan, type TableReport } from "../../src/core";
import type { CellValue, MergedArea, SheetGrid } from "../../src/core/grid";
import {
  layoutGrid,
  NATIONAL,
  SAMPLE_FIGURES,
  TWO_ROW_SPLIT,
  type LayoutColumn,
  type LayoutOptions,
} from "../helpers/layoutGrid";

const profile = builtInProfile("central-2020")!;
const plan = (sheet: SheetGrid, mode: "score" | "check" = "score"): Plan =>
  scoreWorkbook({ name: "t", sheets: [sheet] }, { mode, profile, fileName: "t.xlsx" });
const col = (head: string, cell: LayoutColumn["cell"], extra: Partial<LayoutColumn> = {}): LayoutColumn => ({
  head,
  cell,
  ...extra,
});

/** The first and last header row of a layoutGrid sheet (the row holding 一级指标; two rows when a column has a sub). */
function headerRows(sheet: SheetGrid, cols: readonly LayoutColumn[]): { top: number; bottom: number } {
  const i = sheet.values.findIndex((row) => row.some((v) => typeof v === "string" && v.startsWith("一级指标")));
  const top = sheet.origin.row + i;
  return { top, bottom: top + (cols.some((c) => c.sub) ? 1 : 0) };
}

/** The sheet with `rows` put in before sheet row `at`: merges below move down, a merge across `at` is split and its
 *  lower part holds the anchor's text again (as a page break prints a merged level cell on both pages). */
function insertRows(sheet: SheetGrid, at: number, rows: CellValue[][], rowMerges: MergedArea[] = []): SheetGrid {
  const n = rows.length;
  const i = at - sheet.origin.row;
  const values = [...sheet.values.slice(0, i), ...rows, ...sheet.values.slice(i)].map((r) => [...r]);
  const merges: MergedArea[] = [];
  for (const m of sheet.merges) {
    if (m.r2 < at) merges.push(m);
    else if (m.r1 >= at) merges.push({ ...m, r1: m.r1 + n, r2: m.r2 + n });
    else {
      merges.push({ ...m, r2: at - 1 });
      const text = values[m.r1 - sheet.origin.row][m.c1 - sheet.origin.col];
      values[at + n - sheet.origin.row][m.c1 - sheet.origin.col] = text;
      if (m.r2 + n > at + n) merges.push({ ...m, r1: at + n, r2: m.r2 + n });
    }
  }
  return { ...sheet, values, merges: [...merges, ...rowMerges] };
}

/** A page break before sheet row `at`: the `gap` rows, then the header rows again with their merges. */
function pageBreak(sheet: SheetGrid, cols: readonly LayoutColumn[], at: number, gap: CellValue[][] = []): SheetGrid {
  const { top, bottom } = headerRows(sheet, cols);
  const header = sheet.values.slice(top - sheet.origin.row, bottom - sheet.origin.row + 1);
  const shift = at + gap.length - top;
  const headerMerges = sheet.merges
    .filter((m) => m.r1 >= top && m.r2 <= bottom)
    .map((m) => ({ ...m, r1: m.r1 + shift, r2: m.r2 + shift }));
  return insertRows(sheet, at, [...gap, ...header], headerMerges);
}

function expectFigures(t: TableReport): void {
  expect(t.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
    ["产出指标", "数量指标", "培训次数"],
    ["产出指标", "数量指标", "覆盖人数"],
    ["产出指标", "质量指标", "验收合格率"],
    ["产出指标", "成本指标", "人均培训成本"],
    ["效益指标", "社会效益指标", "政策知晓率"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度"],
  ]);
  expect(t.indicators.map((i) => i.score)).toEqual(SAMPLE_FIGURES.scores);
  expect(t.total).toBe(SAMPLE_FIGURES.total);
  expect(t.grade).toBe("优");
}

const WEIGHT_FIRST: LayoutColumn[] = [
  ...NATIONAL.slice(0, 3),
  NATIONAL.find((c) => c.head === "分值")!,
  NATIONAL.find((c) => c.head === "年度指标值")!,
  col("全年实际值", (r) => `${r.actual}${r.unit}`),
  NATIONAL.find((c) => c.head === "得分")!,
];

const families: [string, LayoutColumn[], LayoutOptions][] = [
  ["the national template", NATIONAL, {}],
  ["a two-row header (年度指标值 over 指标性质 | 指标值 | 度量单位)", TWO_ROW_SPLIT, {}],
  ["分值 first under a merged 绩效指标 block label", WEIGHT_FIRST, { blockLabel: "绩效指标" }],
  ["subtotal rows before each block", NATIONAL, { subtotals: true }],
  ["a column offset and rows above", NATIONAL, { origin: { row: 5, col: 3 } }],
];

const gaps: [string, CellValue[][]][] = [
  ["nothing between", []],
  ["blank rows", [[], [null, "  "]]],
  ["a page mark and the title again", [["第 1 页，共 2 页"], [], ["2021年度项目支出绩效自评表"], ["（2021年度）"]]],
  ["a centred page number", [[null, null, "- 1 -"]]],
];

describe.each(families)("%s", (_, cols, options) => {
  test.each(gaps)("a header repeated after the third indicator (%s) is one table with the same figures", (_g, gap) => {
    const sheet = layoutGrid(cols, options);
    const { bottom } = headerRows(sheet, cols);
    const at = bottom + 1 + (options.subtotals ? 4 : 3);
    const p = plan(pageBreak(sheet, cols, at, gap));
    expect(p.report.tables).toHaveLength(1);
    const t = p.report.tables[0];
    expectFigures(t);
    const repeated = t.findings.filter((f) => f.code === "HEADER_REPEATED");
    const row = at + gap.length + 1;
    expect(repeated).toEqual([
      {
        code: "HEADER_REPEATED",
        severity: "info",
        cell: `${String.fromCharCode(65 + sheet.origin.col)}${row}`,
        message: `第${row}行重复了本表表头（分页打印或多页拼接时常见），该行未读取；其上下各行按同一张表评分，只有一个总分`,
      },
    ]);
    expect(p.writes.some((w) => w.row === at + gap.length)).toBe(false);
  });
});

test("each of several page breaks is said once, in English too, and every score is written below the breaks", () => {
  const sheet = layoutGrid(NATIONAL);
  const { bottom } = headerRows(sheet, NATIONAL);
  // after the second indicator, and after three more (header row bottom + 1 is the first indicator, 0-based)
  const twice = pageBreak(pageBreak(sheet, NATIONAL, bottom + 3), NATIONAL, bottom + 7);
  const p = scoreWorkbook({ name: "t", sheets: [twice] }, { mode: "score", profile, fileName: "t.xlsx", lang: "en" });
  const t = p.report.tables[0];
  expectFigures(t);
  expect(t.findings.filter((f) => f.code === "HEADER_REPEATED").map((f) => f.cell)).toEqual([
    `A${bottom + 4}`,
    `A${bottom + 8}`,
  ]);
  expect(t.findings.find((f) => f.code === "HEADER_REPEATED")!.message).toBe(
    `Row ${bottom + 4} repeats the table's header (as at a page break, or where pages were pasted together) and was not read; the rows above and below it are scored as one table with one total`,
  );
  const rowsOf = (kind: string) => p.writes.filter((w) => w.kind === kind).map((w) => w.row + 1);
  expect(rowsOf("score")).toEqual(t.indicators.map((i) => i.row));
  const b = bottom + 1; // 1-based
  expect(rowsOf("score")).toEqual([b + 1, b + 2, b + 4, b + 5, b + 6, b + 8]);
  expect(rowsOf("total")).toEqual([b + 9]);
});

describe("what is not a page break: two tables, as before", () => {
  const sheet = layoutGrid(NATIONAL);
  const { bottom } = headerRows(sheet, NATIONAL);
  const at = bottom + 4;

  test("the rows above end in their own total row", () => {
    const p = plan(pageBreak(sheet, NATIONAL, at, [["总分", null, null, null, null, 45]]));
    expect(p.report.tables).toHaveLength(2);
    expect(p.report.tables.flatMap((t) => t.findings).some((f) => f.code === "HEADER_REPEATED")).toBe(false);
  });

  test("a row of its own between (another project's name)", () => {
    const p = plan(pageBreak(sheet, NATIONAL, at, [["项目名称", "乡村道路养护"]]));
    expect(p.report.tables.map((t) => t.indicators.length)).toEqual([3, 3]);
  });

  test("a header with other texts", () => {
    const broken = pageBreak(sheet, NATIONAL, at);
    const repeatRow = at - broken.origin.row;
    broken.values[repeatRow] = broken.values[repeatRow].map((v) => (v === "实际完成值" ? "全年实际完成值" : v));
    expect(plan(broken).report.tables.map((t) => t.indicators.length)).toEqual([3, 3]);
  });
});
