// `selfeval score <folder> --summary 汇总表.xlsx` on the project's fixtures: the summary read back with ExcelJS has one
// row per table with the JSON report's figures, and its links resolve to the scored copies; two units' 自评表.xlsx
// stay apart; an earlier summary in the folder is not scored; usage errors.
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { WORKBOOKS, workbook } from "../helpers/fixtures";
import { readReport, selfeval, tmpDir } from "./helpers";
import { expectRowsMatchReport, readSummary } from "./summaryReadBack";

describe("the fixtures folder", () => {
  const dir = tmpDir("selfeval-summary-");
  const summary = path.join(dir, "汇总表.xlsx");
  let code: number;
  let out: string;

  beforeAll(async () => {
    ({ code, out } = await selfeval(
      "score",
      WORKBOOKS,
      "--out",
      path.join(dir, "out"),
      "--json",
      path.join(dir, "r.json"),
      "--summary",
      summary,
    ));
  }, 120000);

  test("one row per table, figures equal to the JSON report, links resolve to the scored copies", async () => {
    expect(code).toBe(0);
    const report = readReport(path.join(dir, "r.json"));
    const rows = await readSummary(summary);
    const tables = expectRowsMatchReport(rows, report, dir);
    expect(report.files.length).toBe(40);
    expect(out).toContain(`汇总表：${summary}（${tables}行，需要处理的在前）`);
    const gansu = rows.find((r) => r.file.endsWith(`${path.sep}project-gansu-2021.xlsx`))!;
    expect(gansu.cells.slice(7, 10)).toEqual([96.88, "优", 0.768]);
  });

  test("sorted: errors, then warnings, then clean tables; within each the lowest total first", async () => {
    const rows = await readSummary(summary);
    const rank: Record<string, number> = { 未能处理: 0, 有错误: 1, 有警告: 2, 无问题: 3 };
    const keys = rows.map((r) => [rank[r.cells[2] as string], (r.cells[7] as number | null) ?? -1] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1], keys[i]];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true);
    }
    expect(new Set(keys.map((k) => k[0]))).toEqual(new Set([1, 2, 3]));
  });
});

/** A folder 报送/ with 单位A/自评表.xlsx (the project table) and 单位B/自评表.xlsx (the department table). */
function unitsFolder(dir: string): string {
  const input = path.join(dir, "报送");
  for (const [unit, src] of [
    ["单位A", "project-gansu-2021.xlsx"],
    ["单位B", "department-gansu-2021.xlsx"],
  ]) {
    fs.mkdirSync(path.join(input, unit), { recursive: true });
    fs.copyFileSync(workbook(src), path.join(input, unit, "自评表.xlsx"));
  }
  return input;
}

describe("two units' files with the same name", () => {
  test("stay apart: their folders in the file cell, links to out/单位A/… and out/单位B/…; a re-run does not score the summary", async () => {
    const dir = tmpDir("selfeval-units-");
    const input = unitsFolder(dir);
    const summary = path.join(input, "汇总表.xlsx");
    const first = await selfeval("score", input, "--out", path.join(dir, "out"), "--summary", summary);
    expect(first.code).toBe(0);
    const again = await selfeval("score", input, "--out", path.join(dir, "out"), "--summary", summary);
    expect(again.out).toContain("共处理2个文件");
    const rows = await readSummary(summary);
    expect(rows.map((r) => [r.file, r.link, r.cells[7]])).toEqual([
      [path.join(input, "单位B", "自评表.xlsx"), "../out/单位B/自评表.xlsx", 90.56],
      [path.join(input, "单位A", "自评表.xlsx"), "../out/单位A/自评表.xlsx", 96.88],
    ]);
  });

  test("check writes no copies: the links go to the inputs", async () => {
    const dir = tmpDir("selfeval-units-");
    const input = unitsFolder(dir);
    const sum = path.join(dir, "check", "汇总.xlsx");
    expect((await selfeval("check", input, "--summary", sum)).code).toBe(0);
    expect((await readSummary(sum)).map((r) => r.link).sort()).toEqual([
      "../报送/单位A/自评表.xlsx",
      "../报送/单位B/自评表.xlsx",
    ]);
  });

  test("--lang en: the summary lines and sheet are English", async () => {
    const dir = tmpDir("selfeval-units-");
    const input = unitsFolder(dir);
    const sum = path.join(dir, "en", "summary.xlsx");
    const run = await selfeval("check", input, "--summary", sum, "--lang", "en");
    expect(run.out).toContain(`Summary: ${sum} (2 row(s), those needing attention first)`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sum);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "About"]);
  });
});

test("usage errors: --summary needs an .xlsx name; report writes no workbook", async () => {
  const bad = await selfeval("score", workbook("project-gansu-2021.xlsx"), "--summary", "汇总.csv");
  expect([bad.code, bad.err.trim()]).toEqual([2, "selfeval: --summary 需要一个 .xlsx 文件名，例如 汇总表.xlsx"]);
  const inPlace = await selfeval("report", workbook("project-gansu-2021.xlsx"), "--in-place");
  expect([inPlace.code, inPlace.err.trim()]).toEqual([
    2,
    "selfeval: report 只写自评报告，不改工作簿；请去掉 --in-place / --audit",
  ]);
});
