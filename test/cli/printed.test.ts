// What the command line prints under each table: its first errors and warnings, then how many more (a long table can
// have hundreds; every one is in the copy's notes and in the --json report), then the next steps.
import * as fs from "node:fs";
import * as path from "node:path";
import { builtInProfile, scoreWorkbook, type FileReport } from "../../src/core";
import { fileSummary, MAX_FINDING_LINES } from "../../src/cli/summary";
import { readXlsx } from "../../src/xlsx";

const EXAMPLE = path.join(__dirname, "../../assets/example/绩效自评表示例.xlsx");

/** The example's report, its second table given `n` warnings in all (copies of its first). */
function exampleWith(n: number, lang: "zh" | "en"): FileReport {
  const wb = readXlsx(new Uint8Array(fs.readFileSync(EXAMPLE)), "例.xlsx");
  const report = scoreWorkbook(wb.grid, {
    mode: "score",
    profile: builtInProfile("central-2020")!,
    fileName: "例.xlsx",
    lang,
  }).report;
  const t = report.tables[1];
  const warning = t.findings.find((f) => f.severity === "warning")!;
  t.findings = [...t.findings.filter((f) => f.severity === "info"), ...Array.from({ length: n }, () => warning)];
  return report;
}

const problemLines = (text: string) => text.split("\n").filter((l) => /^ {4}[!✗] /.test(l));

test("a table with few problems prints them all", () => {
  const text = fileSummary(exampleWith(MAX_FINDING_LINES, "zh"), "zh");
  expect(problemLines(text)).toHaveLength(1 + MAX_FINDING_LINES);
  expect(text).not.toContain("另有");
});

test("a table with many prints the first ones and counts the rest, in the run's language", () => {
  const zh = fileSummary(exampleWith(MAX_FINDING_LINES + 45, "zh"), "zh");
  expect(problemLines(zh)).toHaveLength(1 + MAX_FINDING_LINES);
  expect(zh).toContain("    ……另有45条错误和警告，见评分后副本中的批注或 --json 报告");
  expect(zh.split("\n").at(-1)).toMatch(/^ {4}→ 下一步：/);
  const en = fileSummary(exampleWith(MAX_FINDING_LINES + 45, "en"), "en");
  expect(en).toContain(
    "    ... and 45 more errors and warnings: see the notes in the scored copy or the --json report",
  );
});
