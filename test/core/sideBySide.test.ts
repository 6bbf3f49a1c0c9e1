// Two tables printed side by side under one header row (A:H and K:R): each is found and scored on its own columns.
// Read whole, the left one ran into the right one's columns (their headers ignored as duplicates) and the right one,
// with its funding block, was neither scored nor reported.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { seedGrid, type SeedCase } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const table = (title: string, actual: string): SeedCase => ({
  title,
  kind: "project",
  funding: { budget: 100, executed: 90, weight: 10, printedScore: 9 },
  rows: Array.from({ length: 9 }, (_, i) => ({
    level1: "产出指标",
    level2: "数量指标",
    level3: `培训次数${i + 1}`,
    target: "≥10次",
    actual: i === 0 ? actual : "10次",
    weight: 10,
    reason: "",
  })),
});

/** Table A at column A and table B `gap` empty columns right of it, on one sheet; B `lower` rows lower (A when
 *  negative). */
function besideEachOther(gap: number, lower = 0): WorkbookGrid {
  const a = seedGrid(table("项目A绩效自评表", "10次")).sheets[0];
  const b = seedGrid(table("项目B绩效自评表", "5次")).sheets[0];
  const width = Math.max(...a.values.map((r) => r.length));
  const rows = Math.max(a.values.length, b.values.length) + Math.abs(lower);
  const [downA, downB] = lower < 0 ? [-lower, 0] : [0, lower];
  const values = Array.from({ length: rows }, (_, r) => {
    const left = Array.from({ length: width + gap }, (_, c) => a.values[r - downA]?.[c] ?? null);
    return [...left, ...(b.values[r - downB] ?? [])];
  });
  return { name: "t.xlsx", sheets: [{ name: "自评表", values, merges: [], origin: { row: 0, col: 0 } }] };
}

test.each([2, 0])("tables side by side with %s empty columns between are both scored, each on its own cells", (gap) => {
  const plan = scoreWorkbook(besideEachOther(gap), { mode: "score", profile, fileName: "t.xlsx" });
  const tables = plan.report.tables;
  const right = String.fromCharCode(65 + 8 + gap);
  expect(tables.map((t) => [t.range.split(":")[0], t.indicators.length, t.total])).toEqual([
    ["A4", 9, 99],
    [`${right}4`, 9, 94],
  ]);
  expect(tables[0].findings.some((f) => f.code === "HEADER_IGNORED")).toBe(false);
  const scoreB = String.fromCharCode(65 + 8 + gap + 6);
  expect(plan.writes.find((w) => w.address === `${scoreB}11`)?.value).toBe(5);
});

// the header rows differ (one table's funding block longer, or a title row more): the sheet is still cut by columns.
// Read across, one table was cut after 2 rows and the other's total 60 went into the 得分 cell of an indicator.
test.each([3, -2])(
  "tables side by side whose headers are %s rows apart are both scored, each on its own cells",
  (n) => {
    const plan = scoreWorkbook(besideEachOther(1, n), { mode: "score", profile, fileName: "t.xlsx" });
    const [rowA, rowB] = n < 0 ? [4 - n, 4] : [4, 4 + n];
    expect(plan.report.tables.map((t) => [t.range.split(":")[0], t.indicators.length, t.total, t.grade])).toEqual([
      [`A${rowA}`, 9, 99, "优"],
      [`J${rowB}`, 9, 94, "优"],
    ]);
    expect(plan.report.tables.flatMap((t) => t.findings.map((f) => f.code))).not.toContain("HEADER_IGNORED");
    expect(plan.writes.find((w) => w.address === `P${rowB + 7}`)?.value).toBe(5);
    expect(plan.writes.filter((w) => w.value === 94).map((w) => w.address)).toEqual([`P${rowB + 16}`]);
  },
);
