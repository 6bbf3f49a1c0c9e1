// `selfeval report`: a 自评报告 .docx per project and department table, read back (word/document.xml text); where
// the drafts go; no workbook written; English lines.
import * as fs from "node:fs";
import * as path from "node:path";
import { workbook } from "../helpers/fixtures";
import { docxText, EXAMPLE } from "../reports/helpers";
import { fingerprint, selfeval, tmpDir } from "./helpers";

test("on the example: 自评报告（附件1）.docx holds 96.88, 优, 76.80%, 形成调研报告数量 and its shortfall; 附件2 the department form", async () => {
  const dir = tmpDir("selfeval-report-");
  const before = fingerprint(EXAMPLE);
  const out = path.join(dir, "自评报告.docx");
  const run = await selfeval("report", EXAMPLE, "--out", out, "--jobs", "1");
  expect(run.code).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(["自评报告（附件1）.docx", "自评报告（附件2）.docx"]);
  expect(run.out).toContain(`自评报告初稿：${path.join(dir, "自评报告（附件1）.docx")}`);
  const project = docxText(new Uint8Array(fs.readFileSync(path.join(dir, "自评报告（附件1）.docx"))));
  for (const s of ["96.88", "优", "76.80%", "形成调研报告数量"]) expect(project).toContain(s);
  expect(project).toContain(
    "形成调研报告数量：年度指标值≥15篇，实际完成值11篇，得2.20分（分值3分，扣0.80分）。偏差原因：【请填写：偏差原因】",
  );
  expect(project).toContain("合计总分96.88分，自评等级为“优”");
  const department = docxText(new Uint8Array(fs.readFileSync(path.join(dir, "自评报告（附件2）.docx"))));
  expect(department.split("\n")[0]).toBe("2021年度【请填写：单位名称】部门整体支出绩效自评报告");
  expect(department).toContain("合计总分90.56分");
  expect(fingerprint(EXAMPLE)).toBe(before);
});

test("one table: exactly the --out file; without --out beside the input; --out DIR keeps the units' folders; no workbook written", async () => {
  const dir = tmpDir("selfeval-report-");
  for (const unit of ["单位A", "单位B"]) {
    fs.mkdirSync(path.join(dir, "in", unit), { recursive: true });
    fs.copyFileSync(workbook("project-gansu-2021.xlsx"), path.join(dir, "in", unit, "自评表.xlsx"));
  }
  const one = path.join(dir, "in", "单位A", "自评表.xlsx");
  expect((await selfeval("report", one, "--out", path.join(dir, "a.docx"), "--jobs", "1")).code).toBe(0);
  expect(fs.existsSync(path.join(dir, "a.docx"))).toBe(true);
  expect((await selfeval("report", one, "--jobs", "1")).code).toBe(0);
  expect(fs.readdirSync(path.join(dir, "in", "单位A")).sort()).toEqual(["自评表.xlsx", "自评表.自评报告.docx"]);
  expect((await selfeval("report", path.join(dir, "in"), "--out", path.join(dir, "drafts"), "--jobs", "1")).code).toBe(
    0,
  );
  expect(["单位A", "单位B"].map((u) => fs.readdirSync(path.join(dir, "drafts", u)))).toEqual([
    ["自评表.自评报告.docx"],
    ["自评表.自评报告.docx"],
  ]);
  expect(
    (await selfeval("report", path.join(dir, "in"), "--out", path.join(dir, "all.docx"), "--jobs", "1")).code,
  ).toBe(0);
  expect(
    fs
      .readdirSync(dir)
      .filter((f) => f.startsWith("all"))
      .sort(),
  ).toEqual(["all（单位A-自评表）.docx", "all（单位B-自评表）.docx"]);
});

test("--lang en: English draft and lines; a targets-only workbook gets no draft, said so", async () => {
  const dir = tmpDir("selfeval-report-");
  const run = await selfeval(
    "report",
    workbook("project-gansu-2021.xlsx"),
    "--out",
    path.join(dir, "r.docx"),
    "--lang",
    "en",
    "--jobs",
    "1",
  );
  expect(run.out).toContain(`Draft report: ${path.join(dir, "r.docx")}`);
  const text = docxText(new Uint8Array(fs.readFileSync(path.join(dir, "r.docx"))));
  expect(text).toContain("a total of 96.88, grade 优 Excellent");
  const none = await selfeval("report", workbook("targets-hengshui-2021.xlsx"), "--jobs", "1");
  expect([none.code, none.out.trim().split("\n").pop()]).toEqual([
    0,
    "没有可写自评报告的指标表（只有绩效目标表、缺少实际完成值列的表，或文件未能读取）。",
  ]);
});
