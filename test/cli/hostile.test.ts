// The whole hostile corpus as one folder through the compiled command line with its worker pool: every file gets
// its message, the good files are scored, exit 1, and nothing from a cell reaches the terminal raw.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readReport, tmpDir } from "./helpers";

const dir = tmpDir("selfeval-hostile-cli-");
const inbox = path.join(dir, "收件");
execFileSync(process.execPath, [path.resolve(__dirname, "../../scripts/corpus/hostile.mjs"), inbox]);
const expected: { file: string; expect: { error?: string; says?: string; totals?: (number | null)[] } }[] = JSON.parse(
  fs.readFileSync(path.join(inbox, "expected.json"), "utf8"),
);
fs.rmSync(path.join(inbox, "expected.json"));
fs.copyFileSync(path.resolve(__dirname, "../../assets/example/绩效自评表示例.xlsx"), path.join(inbox, "0-正常.xlsx"));
const out = path.join(dir, "结果");
const json = path.join(dir, "r.json");
const run = spawnSync(
  process.execPath,
  [path.resolve(__dirname, "../../bin/selfeval.js"), "score", inbox, "--out", out, "--json", json, "--jobs", "2"],
  { encoding: "utf8", maxBuffer: 64 << 20 },
);
const report = readReport(json);
const byName = new Map(report.files.map((f) => [path.basename(f.file), f]));

test("the batch runs to the end: every file is in the report, the good ones scored, exit 1", () => {
  expect(run.status).toBe(1);
  expect(report.files).toHaveLength(expected.length + 1);
  expect(byName.get("0-正常.xlsx")!.tables.map((t) => t.total)).toEqual([96.88, 90.56]);
  expect(run.stdout).toContain(`共处理${expected.length + 1}个文件`);
});

test.each(expected.map((e) => [e.file, e.expect] as const))("%s", (file, want) => {
  const f = byName.get(file)!;
  if (want.error) {
    expect(f.errors.map((e) => e.code)).toContain(want.error);
    expect(f.errors.map((e) => e.message).join(" ")).toContain(want.says!);
    expect(f.output).toBeNull();
    expect(fs.existsSync(path.join(out, file))).toBe(false);
  } else {
    expect(f.errors).toEqual([]);
    expect(fs.existsSync(path.join(out, file))).toBe(true);
  }
  if (want.totals) expect(f.tables.map((t) => t.total)).toEqual(want.totals);
});

test("other spreadsheet formats in the folder are listed as not processed, with the save-as advice", () => {
  for (const name of ["12-开放文档表格.ods", "12-导出数据.csv", "12-苹果表格.numbers"]) {
    expect(byName.get(name)!.errors[0].message).toMatch(/^未处理：.*另存为/);
  }
});

test("ESC sequences from a cell are shown escaped, never sent to the terminal", () => {
  expect(run.stdout.includes(String.fromCharCode(27))).toBe(false);
  expect(run.stdout).toContain("\\x1B[2J\\x1B[H总分100 11篇");
  expect(JSON.stringify(report)).toContain("\\u001b[2J"); // the JSON report keeps the text as it is
});
