// A funding block printed under the indicators (some counties' templates) belongs to the sheet's last table when none
// stands above it: its rate is scored and written, and the 总分 row after it takes the total. It was not read: the
// total was 90 of 90 (优) and the total row after the block was not found.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import type { CellValue } from "../../src/core/grid";
import { PROJECT_HEADER } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const HEADER: CellValue[] = [...PROJECT_HEADER];
const INDICATORS: CellValue[][] = [
  ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 45, null, null],
  ["产出指标", "质量指标", "合格率", "≥95%", "96%", 45, null, null],
];
const FUNDING: CellValue[][] = [
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  [null, "年度资金总额", 100, 100, 90, 10, null, null],
  [null, "其中：当年财政拨款", 100, 100, 90, null, null, null],
];
const TOTAL: CellValue[] = ["总分", null, null, null, null, 100, null, null];
const sheet = (rows: CellValue[][]): WorkbookGrid => ({
  name: "t.xlsx",
  sheets: [{ name: "自评表", values: rows, merges: [], origin: { row: 0, col: 0 } }],
});
const scored = (g: WorkbookGrid) => scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx" });
const writes = (g: WorkbookGrid) => scored(g).writes.map((w) => `${w.address} ${w.kind} ${w.value ?? ""}`.trim());

test("under the indicators, a blank row between, the total row after it: rate, score and total written", () => {
  const g = sheet([["2021年度项目支出绩效自评表"], HEADER, ...INDICATORS, [], ...FUNDING, TOTAL]);
  const t = scored(g).report.tables[0];
  expect(t.funding).toEqual({ budget: 100, executed: 90, rate: 0.9, weight: 10, score: 9 });
  expect([t.total, t.grade, t.range]).toEqual([99, "优", "A2:H9"]);
  expect(t.findings.map((f) => f.code)).not.toContain("WEIGHTS_NOT_FULL");
  expect(writes(g)).toEqual([
    "G3 score 45",
    "G4 score 45",
    "G7 funding-rate 0.9",
    "H7 funding-score 9",
    "G9 total 99",
    "H9 grade 自评等级：优",
  ]);
});

test("a total row between the indicators and the block: the block is read, the total stays where it is", () => {
  const t = scored(sheet([HEADER, ...INDICATORS, TOTAL, ...FUNDING])).report.tables[0];
  expect([t.funding?.score, t.total]).toEqual([9, 99]);
});

test("a block above the table is taken first; one under it is then not read", () => {
  const g = sheet([...FUNDING, HEADER, ...INDICATORS, [], FUNDING[0], [null, "年度资金总额", 100, 100, 50, 10]]);
  expect(scored(g).report.tables[0].funding).toMatchObject({ executed: 90, score: 9 });
});

test("between two tables a block stays with the table under it, as before", () => {
  const g = sheet([HEADER, ...INDICATORS, [], ...FUNDING, [], HEADER, ...INDICATORS]);
  const [first, second] = scored(g).report.tables;
  expect([first.funding, second.funding?.score]).toEqual([null, 9]);
});

describe("a sheet that prints every table's block under its indicators", () => {
  const executed = (figure: number): CellValue[][] => [
    FUNDING[0],
    [null, "年度资金总额", 100, 100, figure, 10, null, null],
    [null, "其中：当年财政拨款", 100, 100, figure, null, null, null],
  ];
  const table = (title: string, figure: number, total: boolean): CellValue[][] => [
    [title],
    HEADER,
    ...INDICATORS,
    [],
    ...executed(figure),
    ...(total ? [TOTAL] : []),
    [],
  ];

  test.each([
    ["with", true, "A2:H9", "A12:H19"],
    ["without", false, "A2:H7", "A11:H16"],
  ])("each block goes to the table above it, %s total rows (the second took the first's)", (_w, total, r1, r2) => {
    const g = sheet([
      ...table("2021年度甲项目支出绩效自评表", 90, total),
      ...table("2021年度乙项目支出绩效自评表", 50, total),
    ]);
    const tables = scored(g).report.tables;
    expect(tables.map((t) => [t.range, t.funding?.executed, t.funding?.score, t.total])).toEqual([
      [r1, 90, 9, 99],
      [r2, 50, 5, 95],
    ]);
  });
});
