// `selfeval score` on the project's copies of the fixtures README's workbooks: its figures in the report and in
// the written files. (The shared acceptance checker on the shared workbooks runs in test/shared/ when ../shared is there.)
import * as fs from "node:fs";
import * as path from "node:path";
import { readBack } from "../../src/xlsx";
import { readmeWorkbooks, workbook } from "../helpers/fixtures";
import { readmeFigures } from "../helpers/readmeFigures";
import { fingerprint, readReport, selfeval, tmpDir } from "./helpers";

const all = readmeWorkbooks().map(workbook);
let dir: string;
let before: Map<string, string>;
let run: { code: number; out: string };

beforeAll(async () => {
  dir = tmpDir();
  before = new Map(all.map((f) => [f, fingerprint(f)]));
  run = await selfeval("score", ...all, "--out", path.join(dir, "out"), "--json", path.join(dir, "r.json"));
}, 60000);

test("every file processed, exit 0, inputs untouched", () => {
  expect(run.code).toBe(0);
  for (const f of all) expect(fingerprint(f)).toBe(before.get(f));
  expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(
    readmeWorkbooks()
      .map((n) => path.basename(n))
      .sort(),
  );
});

test("the summary prints total, grade and counts per table", () => {
  expect(run.out).toContain(
    "绩效自评表!A4:H41（30项指标）：预算执行率76.80%得7.68分，总分96.88，等级优；错误0，警告1，提示16",
  );
  expect(run.out).toContain("共处理11个文件，0个未能完成。");
});

test("the README's figures hold on the project's copies: 72 of 72, NOT_MET_NO_REASON where the reason cell is empty", () => {
  const checks = readmeFigures(readReport(path.join(dir, "r.json")));
  expect(checks.misses).toEqual([]);
  expect(checks.held).toBe(72);
});

test("the figure checks fail on a wrong total and on a missing reason flag", () => {
  const report = readReport(path.join(dir, "r.json"));
  const table = report.files.find((f) => path.basename(f.file) === "project-gansu-2021.xlsx")!.tables[0];
  table.total = 96.87;
  table.indicators.find((i) => i.level3 === "形成调研报告数量")!.findings = [];
  expect(readmeFigures(report).misses).toEqual([
    "project-gansu-2021.xlsx: total 96.88 优 (got 96.87 优)",
    "project-gansu-2021.xlsx: NOT_MET_NO_REASON on 形成调研报告数量 present",
  ]);
});

test("the report validates and names the written files", () => {
  const r = readReport(path.join(dir, "r.json"));
  expect(r.profile).toBe("central-2020");
  for (const f of r.files) expect(f.output).toBe(path.join(dir, "out", path.basename(f.file)));
});

test.each([
  "project-gansu-2021.xlsx",
  "foreign/project-gansu-2021-openpyxl.xlsx",
  "foreign/project-gansu-2021-libreoffice.xlsx",
])("%s written: scores, funding, total and grade read back; inputs' cells unchanged", (name) => {
  const cells = readBack(new Uint8Array(fs.readFileSync(path.join(dir, "out", path.basename(name))))).get(
    "绩效自评表",
  )!;
  const v = (a: string) => cells.get(a)?.value;
  expect(v("G17")).toBe(2.2);
  for (let r = 11; r <= 40; r++) if (r !== 17) expect(v(`G${r}`)).toBe(3);
  expect(v("G41")).toBe(96.88);
  expect(v("H41")).toBe("自评等级：优");
  expect(v("G5")).toBe(0.768);
  expect(cells.get("G5")!.numFmt).toBe("0.00%");
  expect(v("H5")).toBe(7.68);
  expect(cells.get("H17")!.fill).toBe("FFFFEB9C");
  expect(cells.get("H17")!.note).toContain("按11/15×3计2.20分");
  expect(v("D17")).toBe("≥15篇");
  expect(v("F17")).toBe(3);
});

test("department written: 5.94, the three partial scores and 90.56", () => {
  const cells = readBack(new Uint8Array(fs.readFileSync(path.join(dir, "out", "department-gansu-2021.xlsx")))).get(
    "绩效自评表",
  )!;
  expect(["H5", "G11", "G12", "G14", "G40", "H40"].map((a) => cells.get(a)?.value)).toEqual([
    5.94,
    2.98,
    0.64,
    0,
    90.56,
    "自评等级：优",
  ]);
});

test("targets-only tables get their flags written, nothing into target cells", () => {
  const orig = readBack(new Uint8Array(fs.readFileSync(workbook("targets-hengshui-2021.xlsx")))).get("绩效自评表1")!;
  const out = readBack(new Uint8Array(fs.readFileSync(path.join(dir, "out", "targets-hengshui-2021.xlsx")))).get(
    "绩效自评表1",
  )!;
  expect(out.get("E9")!.fill).toBe("FFFFEB9C");
  expect(out.get("E9")!.note).toContain("采购计划完成率");
  for (const [addr, c] of orig) expect(out.get(addr)?.value).toEqual(c.value);
});
