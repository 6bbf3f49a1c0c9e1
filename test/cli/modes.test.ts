// Command-line modes and options: audit, check, in-place, profiles, help, usage errors, parallel batches.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { workbook } from "../helpers/fixtures";
import { readmeAuditFigures } from "../helpers/readmeFigures";
import { fingerprint, readReport, runWithCrashingWorkers, selfeval, tmpDir } from "./helpers";

test("--audit: existing scores stay, no SCORE_DIFFERS on the submitted copies, flags on a copy", async () => {
  const dir = tmpDir();
  const files = ["project-gansu-2021-submitted.xlsx", "department-gansu-2021-submitted.xlsx"].map(workbook);
  const run = await selfeval("score", ...files, "--audit", "--out", dir, "--json", path.join(dir, "r.json"));
  expect(run.code).toBe(0);
  const checks = readmeAuditFigures(readReport(path.join(dir, "r.json")));
  expect(checks.misses).toEqual([]);
  expect(checks.held).toBe(4);
  const before = readBack(new Uint8Array(fs.readFileSync(files[0]))).get("Sheet")!;
  const after = readBack(new Uint8Array(fs.readFileSync(path.join(dir, "project-gansu-2021-submitted.xlsx")))).get(
    "Sheet",
  )!;
  for (const [a, c] of before) expect(after.get(a)?.value).toEqual(c.value);
});

test("--audit flags a printed score that breaks the rules, with both numbers", async () => {
  const dir = tmpDir();
  const src = workbook("project-gansu-2021-submitted.xlsx");
  // change J17 (2.2) to 3 inside the sheet XML of a copy
  const copy = path.join(dir, "改过的 自评表.xlsx");
  const { unzipSync, zipSync, strToU8, strFromU8 } = require("fflate");
  const parts = unzipSync(new Uint8Array(fs.readFileSync(src)));
  parts["xl/worksheets/sheet1.xml"] = strToU8(
    strFromU8(parts["xl/worksheets/sheet1.xml"]).replace(/(<c r="J17"[^>]*><v>)2\.2(<\/v>)/, "$13$2"),
  );
  fs.writeFileSync(copy, zipSync(parts));
  const run = await selfeval(
    "score",
    copy,
    "--audit",
    "--out",
    path.join(dir, "out"),
    "--json",
    path.join(dir, "r.json"),
  );
  expect(run.code).toBe(0);
  const f = readReport(path.join(dir, "r.json")).files[0].tables[0].findings.filter((x) => x.code === "SCORE_DIFFERS");
  expect(f).toEqual([
    { code: "SCORE_DIFFERS", severity: "warning", cell: "J17", message: "原得分3分，按规则应为2.20分" },
  ]);
  expect(run.out).toContain("J17 原得分3分，按规则应为2.20分");
});

test("check: target review only, nothing written but the report", async () => {
  const dir = tmpDir();
  const f = workbook("targets-hengshui-2021.xlsx");
  const run = await selfeval("check", f, "--json", path.join(dir, "r.json"));
  expect(run.code).toBe(0);
  expect(fs.readdirSync(dir)).toEqual(["r.json"]);
  const r = readReport(path.join(dir, "r.json")).files[0];
  expect(r.output).toBeNull();
  expect(r.tables.flatMap((t) => t.findings.map((x) => x.code))).toEqual(
    expect.arrayContaining(["DIRECTION_SUSPECT", "QUANTITY_CAPPED"]),
  );
});

test("--in-place: rewritten atomically, the original kept as a backup", async () => {
  const dir = tmpDir();
  const file = path.join(dir, "项目 自评表.xlsx");
  fs.copyFileSync(workbook("project-gansu-2021.xlsx"), file);
  const orig = fingerprint(file);
  const run = await selfeval("score", file, "--in-place");
  expect(run.code).toBe(0);
  expect(fingerprint(path.join(dir, "项目 自评表.before-selfeval.xlsx"))).toBe(orig);
  expect(
    readBack(new Uint8Array(fs.readFileSync(file)))
      .get("绩效自评表")!
      .get("G41")!.value,
  ).toBe(96.88);
  expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
});

test("--in-place again: the original backup is never replaced, an edited file gets its own numbered backup", async () => {
  const dir = tmpDir();
  const file = path.join(dir, "自评表.xlsx");
  fs.copyFileSync(workbook("project-gansu-2021.xlsx"), file);
  const orig = fingerprint(file);
  await selfeval("score", dir, "--in-place");
  const scored = fingerprint(file);
  await selfeval("score", dir, "--in-place"); // the scored file gets a backup of its own
  await selfeval("score", dir, "--in-place"); // unchanged since that backup: nothing new to keep
  expect(fingerprint(file)).toBe(scored);
  expect(fs.readdirSync(dir).sort()).toEqual([
    "自评表.before-selfeval.xlsx",
    "自评表.before-selfeval（2）.xlsx",
    "自评表.xlsx",
  ]);
  fs.copyFileSync(workbook("department-gansu-2021.xlsx"), file); // the user changed the file between runs
  const edited = fingerprint(file);
  await selfeval("score", dir, "--in-place"); // the walk does not score the backups themselves
  const backups = [
    "自评表.before-selfeval.xlsx",
    "自评表.before-selfeval（2）.xlsx",
    "自评表.before-selfeval（3）.xlsx",
  ];
  expect(backups.map((b) => fingerprint(path.join(dir, b)))).toEqual([orig, scored, edited]);
  expect(fs.readdirSync(dir).sort()).toEqual([...backups, "自评表.xlsx"]);
});

test("default output sits beside the input as <name>.scored.xlsx", async () => {
  const dir = tmpDir();
  const file = path.join(dir, "a.xlsx");
  fs.copyFileSync(workbook("department-gansu-2021.xlsx"), file);
  await selfeval("score", file);
  expect(fs.readdirSync(dir).sort()).toEqual(["a.scored.xlsx", "a.xlsx"]);
});

test("an --out folder inside the input folder is skipped on the next run (its scored copies are not scored again)", async () => {
  const dir = tmpDir();
  fs.copyFileSync(workbook("project-gansu-2021.xlsx"), path.join(dir, "甘肃 项目.xlsx"));
  fs.copyFileSync(workbook("department-gansu-2021.xlsx"), path.join(dir, "b.xlsx"));
  const out = path.join(dir, "评分结果");
  const json = path.join(dir, "r.json");
  const first = await selfeval("score", dir, "--out", out, "--json", json);
  expect(first.out).not.toContain("已跳过");
  const second = await selfeval("score", dir, "--out", out, "--json", json);
  expect(second.code).toBe(0);
  expect(second.out).toContain(`已跳过输出文件夹“${out}”`);
  expect(
    readReport(json)
      .files.map((f) => path.basename(f.file))
      .sort(),
  ).toEqual(["b.xlsx", "甘肃 项目.xlsx"]);
  expect(fs.readdirSync(out).sort()).toEqual(["b.xlsx", "甘肃 项目.xlsx"]); // no 评分结果/评分结果 inside
  const en = await selfeval("score", dir, "--out", out, "--lang", "en");
  expect(en.out).toContain(`Skipped the output folder "${out}"`);
});

test("same-named workbooks from different folders never overwrite each other in one --out folder", async () => {
  const dir = tmpDir();
  for (const [unit, src] of [
    ["单位A", "project-gansu-2021.xlsx"],
    ["单位B", "department-gansu-2021.xlsx"],
    ["其他/单位A", "project-gansu-2021.xlsx"],
  ]) {
    fs.mkdirSync(path.join(dir, unit), { recursive: true });
    fs.copyFileSync(workbook(src), path.join(dir, unit, "自评表.xlsx"));
  }
  const out = path.join(dir, "out");
  const json = path.join(dir, "r.json");
  const run = await selfeval(
    "score",
    path.join(dir, "单位A"),
    path.join(dir, "单位B"),
    path.join(dir, "其他/单位A"),
    "--out",
    out,
    "--json",
    json,
  );
  expect(run.code).toBe(0);
  const outputs = readReport(json).files.map((f) => path.relative(out, f.output!));
  expect(outputs).toEqual([
    path.join("单位A", "自评表.xlsx"),
    path.join("单位B", "自评表.xlsx"),
    path.join("单位A", "自评表（2）.xlsx"),
  ]);
  // each written file is its own source's: the two project copies alike, the department copy different
  const prints = outputs.map((o) => fingerprint(path.join(out, o)));
  expect(prints[0]).toBe(prints[2]);
  expect(prints[1]).not.toBe(prints[0]);
  expect(readReport(json).files.map((f) => f.tables[0].total)).toEqual([96.88, 90.56, 96.88]);
});

test("a file named twice is scored once; files from one folder keep their plain names", async () => {
  const dir = tmpDir();
  fs.copyFileSync(workbook("project-gansu-2021.xlsx"), path.join(dir, "a.xlsx"));
  fs.copyFileSync(workbook("department-gansu-2021.xlsx"), path.join(dir, "b.xlsx"));
  const json = path.join(dir, "r.json");
  const out = path.join(dir, "out");
  await selfeval("score", path.join(dir, "a.xlsx"), dir, path.join(dir, "a.xlsx"), "--out", out, "--json", json);
  expect(readReport(json).files.map((f) => path.relative(out, f.output!))).toEqual(["a.xlsx", "b.xlsx"]);
});

test("--profile: built-in ids, a JSON file, and a clear error for a bad one", async () => {
  const dir = tmpDir();
  const r = await selfeval(
    "score",
    workbook("project-gansu-2021.xlsx"),
    "--profile",
    "qualitative-80-50",
    "--out",
    dir,
    "--json",
    path.join(dir, "r.json"),
  );
  expect(r.code).toBe(0);
  expect(readReport(path.join(dir, "r.json")).profile).toBe("qualitative-80-50");
  const bad = path.join(dir, "bad.json");
  fs.writeFileSync(bad, JSON.stringify({ id: "x" }));
  const b = await selfeval("score", workbook("project-gansu-2021.xlsx"), "--profile", bad);
  expect(b.code).toBe(2);
  expect(b.err).toContain("评分方案文件");
  expect((await selfeval("score", "x.xlsx", "--profile", "nope")).err).toContain("找不到评分方案“nope”");
});

test("profiles, --help, --version and usage errors", async () => {
  expect((await selfeval("profiles")).out).toContain("central-2020");
  expect((await selfeval("--help")).out).toContain("selfeval score <文件或文件夹...>");
  expect((await selfeval("--help", "--lang", "en")).out).toContain("reviewer's mode");
  expect((await selfeval("--version")).out.trim()).toBe("selfeval 0.1.0");
  for (const args of [
    ["frobnicate"],
    ["score"],
    ["score", "a.xlsx", "--in-place", "--out", "x"],
    ["score", "a.xlsx", "--audit", "--in-place"],
    ["score", "a.xlsx", "--lang", "fr"],
    ["check", "a.xlsx", "--out", "x"],
  ]) {
    const r = await selfeval(...args);
    expect([args.join(" "), r.code]).toEqual([args.join(" "), 2]);
    expect(r.err).toMatch(/^selfeval: .*[\u4e00-\u9fff]/);
  }
});

test("the compiled command scores a folder in parallel with worker threads", () => {
  const dir = tmpDir();
  const inDir = path.join(dir, "in");
  fs.mkdirSync(path.join(inDir, "子目录"), { recursive: true });
  for (let i = 0; i < 6; i++)
    fs.copyFileSync(
      workbook(i % 2 ? "project-gansu-2021.xlsx" : "department-gansu-2021-split.xlsx"),
      path.join(inDir, i < 3 ? "" : "子目录", `表${i}.xlsx`),
    );
  const bin = path.resolve(__dirname, "../../bin/selfeval.js");
  const r = spawnSync(
    process.execPath,
    [bin, "score", inDir, "--out", path.join(dir, "out"), "--json", path.join(dir, "r.json"), "--jobs", "2"],
    { encoding: "utf8" },
  );
  expect(r.status).toBe(0);
  const rep = readReport(path.join(dir, "r.json"));
  const totals = Object.fromEntries(rep.files.map((f) => [path.basename(f.file), f.tables[0].total]));
  expect(totals).toEqual({
    "表0.xlsx": 90.56,
    "表1.xlsx": 96.88,
    "表2.xlsx": 90.56,
    "表3.xlsx": 96.88,
    "表4.xlsx": 90.56,
    "表5.xlsx": 96.88,
  });
  expect(fs.existsSync(path.join(dir, "out", "子目录", "表5.xlsx"))).toBe(true);
});

test("a worker that dies on one file (out of memory, a crash) costs that file only: a fresh worker scores the rest", () => {
  // workers inherit the preload: reading a 崩溃 file ends the worker thread the way an out-of-memory abort does
  const names = ["a", "b", "c", "崩溃1", "d", "崩溃2", "e"].map((n) => `${n}.xlsx`);
  const { run: r, report, dir } = runWithCrashingWorkers(names);
  expect(r.status).toBe(1);
  expect(r.stderr).not.toContain("内部错误");
  const files = report.files;
  expect(files.map((f) => [path.basename(f.file), f.tables[0]?.total ?? f.errors[0].message.slice(0, 8)])).toEqual([
    ["a.xlsx", 96.88],
    ["b.xlsx", 96.88],
    ["c.xlsx", 96.88],
    ["d.xlsx", 96.88],
    ["e.xlsx", 96.88],
    ["崩溃1.xlsx", "处理此文件时程序"],
    ["崩溃2.xlsx", "处理此文件时程序"],
  ]);
  expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx"]);
}, 60000); // a whole CLI run with two worker starts: more than jest's 5 s on a loaded machine

test("scoring a scored copy again takes last run's marks off cells that are fine now, and says how many", async () => {
  const dir = tmpDir();
  const file = path.join(dir, "p.xlsx");
  fs.copyFileSync(workbook("foreign/project-gansu-2021-openpyxl.xlsx"), file); // carries a user's note on A11
  const first = await selfeval("score", file, "--out", path.join(dir, "o1"));
  expect(first.out).not.toContain("曾评过分");
  const scored = path.join(dir, "o1", "p.xlsx");
  const [sheet, scoredCells] = [...readBack(fs.readFileSync(scored))][0];
  // the missing reason marks the empty reason cell and the score it explains
  expect([...scoredCells].filter(([, c]) => c.note?.includes("请填写偏差原因")).map(([ref]) => ref)).toEqual([
    "G17",
    "H17",
  ]);
  // the reviewer types the reason into the scored copy
  const wb = readXlsx(fs.readFileSync(scored), "p.xlsx");
  fs.writeFileSync(
    scored,
    applyPlan(wb, [{ sheet, row: 16, col: 7, address: "H17", kind: "score", value: "受疫情影响，期刊出版推迟" }]),
  );
  const again = await selfeval("score", scored, "--out", path.join(dir, "o2"));
  expect(again.out).toContain("i 此文件曾评过分：已去掉上次在2个单元格留下的颜色和批注（这些单元格本次没有问题）");
  const cells = readBack(fs.readFileSync(path.join(dir, "o2", "p.xlsx"))).get(sheet)!;
  expect([cells.get("H17")!.note, cells.get("H17")!.fill]).toEqual([null, null]);
  expect([cells.get("G17")!.value, cells.get("G17")!.note, cells.get("G17")!.fill]).toEqual([2.2, null, null]);
  expect(cells.get("A11")!.note).toBe(readBack(fs.readFileSync(file)).get(sheet)!.get("A11")!.note);
  const check = await selfeval("check", scored);
  expect(check.out).not.toContain("曾评过分"); // check writes nothing, so nothing is taken off
});

describe("--info-marks and --clean choose which findings mark the copy; the scores are the same", () => {
  /** The comments (cell notes) a written copy holds, and its cell values. */
  async function copyWith(...flags: string[]): Promise<{ comments: number; values: Map<string, unknown> }> {
    const dir = tmpDir();
    const run = await selfeval("score", workbook("project-gansu-2021.xlsx"), "--out", dir, ...flags);
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "project-gansu-2021.xlsx")));
    const { unzipSync, strFromU8 } = require("fflate");
    const parts: Record<string, Uint8Array> = unzipSync(bytes);
    const xml = Object.keys(parts)
      .filter((n) => /^xl\/comments\d*\.xml$/.test(n))
      .map((n) => strFromU8(parts[n]))
      .join("");
    const sheet = [...readBack(bytes).values()][0];
    return {
      comments: (xml.match(/<comment /g) ?? []).length,
      values: new Map([...sheet].map(([a, c]) => [a, c.value])),
    };
  }

  test("problems by default, every hint with --info-marks, none with --clean", async () => {
    const [problems, all, none] = [await copyWith(), await copyWith("--info-marks"), await copyWith("--clean")];
    expect(problems.comments).toBeGreaterThan(0);
    expect(all.comments).toBeGreaterThan(problems.comments);
    expect(none.comments).toBe(0);
    expect([problems.values.get("G41"), all.values.get("G41"), none.values.get("G41")]).toEqual([96.88, 96.88, 96.88]);
  });

  test("--clean is refused with --audit and with check", async () => {
    for (const args of [
      ["score", "x.xlsx", "--audit", "--clean"],
      ["check", "x.xlsx", "--clean"],
    ]) {
      const run = await selfeval(...args);
      expect([run.code, run.err.trim()]).toEqual([
        2,
        "selfeval: --clean 写一份不带标记的评分副本，不能与 --audit 或 check 同时使用",
      ]);
    }
  });
});
