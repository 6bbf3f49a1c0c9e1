// A table marked as an example (填报示例（请勿修改）, 【示例】, 样表, 例： in its title, just above it or in its header) is
// not the department's table: it is not scored or written to, and EXAMPLE_TABLE_SKIPPED (info, on the workbook's first
// table) names it. It was scored as a project table: `填报说明!A3:H4（1项指标）：总分8.00，等级差`, its score written.
// The sheet's name is not read: a real table on a sheet named 说明 is scored.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { PROJECT_HEADER, seedGrid, twoRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const HEADER: CellValue[] = [...PROJECT_HEADER];
const EXAMPLE_ROW = ["产出指标", "数量指标", "培训人次", "≥100人次", "80人次", 10, null, "受疫情影响"];
/** A sheet holding an example table: `above` rows (the title first), the header, one example row. */
const exampleSheet = (name: string, above: CellValue[][]): SheetGrid => ({
  name,
  values: [...above, HEADER, EXAMPLE_ROW],
  merges: [],
  origin: { row: 0, col: 0 },
});
/** The seed's two-row table (total 97.63) on a sheet `name`, after the sheets given. */
const workbook = (before: SheetGrid[], name = "附件1"): WorkbookGrid => {
  const real = seedGrid(twoRowSeed()).sheets[0];
  real.name = name;
  return { name: "t.xlsx", sheets: [...before, real] };
};
const scored = (g: WorkbookGrid, lang: "zh" | "en" = "zh") => {
  const plan = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang });
  const tables = plan.report.tables;
  const skipped = tables.flatMap((t) => t.findings.filter((f) => f.code === "EXAMPLE_TABLE_SKIPPED"));
  return { plan, tables, said: skipped.map((f) => `${f.severity} ${f.cell} ${f.message}`) };
};

describe("an example table", () => {
  test("填报示例（请勿修改） over a one-row table on 填报说明: not scored, not written, said (was 8.00 差, G4 written)", () => {
    const { plan, tables, said } = scored(workbook([exampleSheet("填报说明", [["填报示例（请勿修改）"], []])]));
    expect(tables.map((t) => `${t.sheet}!${t.range} ${t.total} ${t.grade}`)).toEqual(["附件1!A4:H13 97.63 优"]);
    expect(said).toEqual(["info null 填报说明!A3:H4标有“填报示例（请勿修改）”，是填报示例，未评分，也未写入"]);
    expect(plan.writes.filter((w) => w.sheet === "填报说明")).toEqual([]);
    expect(plan.report.errors).toEqual([]);
  });

  test.each([["【示例】项目支出绩效自评表"], ["示例：培训项目"], ["样表"], ["样例"], ["范例"], ["例：培训项目"]])(
    "marked %j just above its header: skipped",
    (mark) => {
      const { tables, said } = scored(workbook([exampleSheet("Sheet1", [["说明：按下表格式填写"], [], [mark]])]));
      expect(tables.map((t) => t.sheet)).toEqual(["附件1"]);
      expect(said).toHaveLength(1);
    },
  );

  test("above a real table on the same sheet: the real one is scored, the example named by its range", () => {
    const real = seedGrid(twoRowSeed()).sheets[0];
    real.values = [["示例："], HEADER, EXAMPLE_ROW, [], [], ...real.values];
    const { tables, said } = scored({ name: "t.xlsx", sheets: [real] });
    expect(tables.map((t) => [t.range, t.total])).toEqual([["A9:H18", 97.63]]);
    expect(said).toEqual(["info null 自评表!A2:H3标有“示例：”，是填报示例，未评分，也未写入"]);
  });

  test("the only table of the workbook: NO_TABLE_FOUND says the example was skipped", () => {
    const { tables, plan } = scored({ name: "t.xlsx", sheets: [exampleSheet("填报说明", [["填报示例"]])] });
    expect(tables).toEqual([]);
    expect(plan.report.errors.map((e) => e.code)).toEqual(["NO_TABLE_FOUND"]);
    expect(plan.report.errors[0].message).toMatch(/；填报说明!A2:H3标有“填报示例”，是填报示例，未评分，也未写入$/);
  });

  test("in English", () => {
    expect(scored(workbook([exampleSheet("填报说明", [["填报示例（请勿修改）"]])]), "en").said).toEqual([
      'info null 填报说明!A2:H3 is marked "填报示例（请勿修改）": an example, not scored and not written to',
    ]);
  });
});

describe("not an example", () => {
  test("a real table on a sheet named 说明 or 填报说明 is scored", () => {
    for (const name of ["说明", "填报说明"]) {
      const { tables, said } = scored(workbook([], name));
      expect(tables.map((t) => `${t.sheet} ${t.total}`)).toEqual([`${name} 97.63`]);
      expect(said).toEqual([]);
    }
  });

  test("示例 not at the start of the title, or a note further above the table: scored", () => {
    const a = seedGrid(twoRowSeed());
    a.sheets[0].values[0] = ["2021年度示范区建设项目支出绩效自评表（样表）"];
    expect(scored(a).tables.map((t) => t.total)).toEqual([97.63]);
    const b = seedGrid(twoRowSeed());
    b.sheets[0].values.unshift(["示例：年度指标值写“≥95%”，实际完成值写“96%”"], [], [], []);
    expect(scored(b).tables.map((t) => t.total)).toEqual([97.63]);
  });
});
