// `--lang en` (issue 16): the command line prints no Chinese and no full-width punctuation except inside the workbook's
// own texts (cell texts, sheet names), file names and the header words a missing column's message asks for (the words
// to type into the sheet); a profile file against the core's rules is refused clearly.
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import { keyTermsOf } from "../../src/core/tables/headerTerms";
import { readXlsx } from "../../src/xlsx";
import { workbook } from "../helpers/fixtures";
import { selfeval, tmpDir } from "./helpers";

const EXAMPLE = path.join(__dirname, "../../assets/example/绩效自评表示例.xlsx");
const CJK_OR_FULL_WIDTH = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—]+/g;

/** Every text the workbooks hold (cell texts and sheet names): Chinese the output may quote. */
function ownTexts(files: string[]): string[] {
  return files.flatMap((f) =>
    readXlsx(new Uint8Array(fs.readFileSync(f)), f).grid.sheets.flatMap((s) => [
      s.name,
      ...s.values.flat().filter((v): v is string => typeof v === "string"),
    ]),
  );
}

/** The header words a message names when a table lacks its 实际完成值, 分值, 得分 or 年度指标值 column. */
const HEADER_WORDS = [
  keyTermsOf("actual").contains,
  keyTermsOf("weight").contains,
  keyTermsOf("score").contains,
  keyTermsOf("target").endsWith,
].flat();

/** The runs of Chinese or full-width characters in `out` that are not inside a text of the workbooks, a file name or
 *  a header word a message asks for. */
function foreignRuns(out: string, texts: string[], names: string[]): string[] {
  const allowed = [...texts, ...names, ...HEADER_WORDS];
  return [...new Set(out.match(CJK_OR_FULL_WIDTH) ?? [])].filter((run) => !allowed.some((t) => t.includes(run)));
}

test("score --lang en: the summary, findings, next steps and totals in English", async () => {
  const dir = tmpDir();
  const inputs = [
    EXAMPLE,
    workbook("department-gansu-2021.xlsx"),
    workbook("no-weights-xiqu-2021.xlsx"),
    workbook("targets-hengshui-2021.xlsx"),
  ];
  const broken = [path.join(dir, "坏的.xlsx"), path.join(dir, "旧表.xls"), path.join(dir, "表.ods")];
  broken.forEach((f, i) =>
    fs.writeFileSync(f, i === 1 ? Buffer.from("d0cf11e0a1b11ae1", "hex") : "PK\u0003\u0004 cut"),
  );
  const run = await selfeval(
    "score",
    ...inputs,
    ...broken,
    path.join(dir, "missing.xlsx"),
    "--out",
    path.join(dir, "out"),
    "--lang",
    "en",
  );
  expect(run.out).toContain("total 96.88, grade excellent");
  expect(run.out).toContain("is incomplete or damaged");
  expect(run.out).toContain("is a legacy Excel 97-2003 (.xls)");
  expect(run.out).toContain("is an OpenDocument spreadsheet (.ods)");
  expect(run.out).toContain("Next: Give the reason for the shortfall in K18; then score again");
  expect(run.out).toContain("8 file(s) processed, 4 failed.");
  expect(foreignRuns(run.out + run.err, ownTexts(inputs), [...inputs, ...broken, dir])).toEqual([]);
});

test("usage errors and the help follow --lang en", async () => {
  const bad = await selfeval("score", "--lang", "en", "--jobs", "99", "x.xlsx");
  expect([bad.code, bad.err.trim()]).toEqual([2, "selfeval: --jobs needs a whole number from 1 to 64"]);
  const help = await selfeval("--help", "--lang", "en");
  expect(foreignRuns(help.out, [], [])).toEqual([]);
});

describe("a profile file against the core's rules is refused, with the field and the rule (exit 2)", () => {
  const dir = tmpDir();
  const file = path.join(dir, "grades.json");
  fs.writeFileSync(
    file,
    JSON.stringify({ ...BUILT_IN_PROFILES[0], id: "mine", grades: { excellent: 80, good: 90, pass: 60 } }),
  );

  test("in Chinese", async () => {
    const run = await selfeval("score", EXAMPLE, "--profile", file, "--out", path.join(dir, "o"));
    expect([run.code, run.err.trim()]).toEqual([2, `selfeval: 评分方案文件“${file}”有误：grades.good：须低于优（80）`]);
    expect(fs.existsSync(path.join(dir, "o"))).toBe(false);
  });

  test("in English", async () => {
    const run = await selfeval("score", EXAMPLE, "--profile", file, "--lang", "en");
    expect([run.code, run.err.trim()]).toEqual([
      2,
      `selfeval: The profile file "${file}" is not valid: grades.good: Must be below excellent (80)`,
    ]);
  });
});

test("the README's demo block is what `npm run demo` prints (every line shown, in order)", async () => {
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  const block = readme.split("`npm run demo` prints")[1].split("```")[1].split("\n").slice(1, -1);
  const run = await selfeval("score", "assets/example/绩效自评表示例.xlsx", "--out", "demo-output");
  const lines = run.out.split("\n");
  let at = 0;
  for (const line of block.filter((l) => l.trim() !== "...")) {
    at = lines.indexOf(line, at);
    expect([line, at >= 0]).toEqual([line, true]);
  }
});
