// Bad input through the command line: a clear Chinese message, the input unchanged, the rest of the batch processed.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { builtInProfile } from "../../src/core";
import { LIMITS } from "../../src/xlsx";
import { minimalCfb, minimalXlsx, sheetXml } from "../xlsx/builders";
import { workbook } from "../helpers/fixtures";
import { fingerprint, readReport, runCompiled, selfeval, tmpDir } from "./helpers";

const dir = tmpDir("selfeval-bad-");
const good = path.join(dir, "正常 的表.xlsx");
fs.copyFileSync(workbook("project-gansu-2021.xlsx"), good);

function write(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const cases: [string, () => string, string, RegExp][] = [
  ["not a workbook", () => write("说明.xlsx", "这不是工作簿"), "FILE_UNREADABLE", /[\u4e00-\u9fff]/],
  [
    "a truncated zip",
    () => write("截断.xlsx", fs.readFileSync(workbook("project-gansu-2021.xlsx")).subarray(0, -28)),
    "FILE_UNREADABLE",
    /[\u4e00-\u9fff]/,
  ],
  [
    "an encrypted workbook",
    () => write("加密.xlsx", minimalCfb(["EncryptionInfo", "EncryptedPackage"])),
    "FILE_ENCRYPTED",
    /密码/,
  ],
  [
    "a file over the size limit (sparse: refused by its size, never read)",
    () => {
      const p = write("巨大.xlsx", "");
      fs.truncateSync(p, LIMITS.fileBytes + 1);
      return p;
    },
    "FILE_TOO_LARGE",
    /^文件大小200\.1MB，超过200MB，无法处理$/,
  ],
  ["a legacy .xls", () => write("旧表.xls", minimalCfb(["Workbook"])), "FILE_LEGACY_FORMAT", /另存为/],
  ["a WPS .et", () => write("金山表.et", minimalCfb(["Workbook"])), "FILE_LEGACY_FORMAT", /另存为/],
  [
    "an empty workbook",
    () => write("空白.xlsx", minimalXlsx({ sheets: [{ name: "Sheet1", xml: sheetXml("") }] })),
    "NO_TABLE_FOUND",
    /未找到绩效指标表/,
  ],
  [
    "a sheet with no table",
    () =>
      write(
        "无表.xlsx",
        minimalXlsx({
          sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>预算表</t></is></c></row>') }],
        }),
      ),
    "NO_TABLE_FOUND",
    /未找到绩效指标表/,
  ],
];

let run: { code: number; out: string };
let files: string[];
let prints: Map<string, string>;

beforeAll(async () => {
  files = [...cases.map(([, make]) => make()), good];
  prints = new Map(files.map((f) => [f, fingerprint(f)]));
  run = await selfeval("score", ...files, "--out", path.join(dir, "out"), "--json", path.join(dir, "r.json"));
});

test("the batch goes on and exits 1 because some files could not be read", () => {
  expect(run.code).toBe(1);
  const r = readReport(path.join(dir, "r.json"));
  expect(r.files.at(-1)!.tables[0].total).toBe(96.88);
  expect(r.files.at(-1)!.output).toBe(path.join(dir, "out", "正常 的表.xlsx"));
});

test.each(cases.map(([what, , code, msg], i) => [what, i, code, msg] as const))(
  "%s: its error code and a Chinese message, input unchanged",
  (_what, i, code, msg) => {
    const f = readReport(path.join(dir, "r.json")).files[i];
    expect(f.errors.map((e) => e.code)).toEqual([code]);
    expect(f.errors[0].message).toMatch(msg);
    expect(f.output).toBeNull();
    expect(fingerprint(files[i])).toBe(prints.get(files[i]));
    expect(run.out).toContain(`✗ ${code}: ${f.errors[0].message}`);
  },
);

test("a protected sheet: nothing written, a clear message", async () => {
  const { unzipSync, zipSync, strToU8, strFromU8 } = require("fflate");
  const parts = unzipSync(new Uint8Array(fs.readFileSync(workbook("project-gansu-2021.xlsx"))));
  parts["xl/worksheets/sheet1.xml"] = strToU8(
    strFromU8(parts["xl/worksheets/sheet1.xml"]).replace(
      "</sheetData>",
      '</sheetData><sheetProtection sheet="1" objects="1"/>',
    ),
  );
  const p = write("受保护.xlsx", zipSync(parts));
  const out = path.join(dir, "out-protected");
  const r = await selfeval("score", p, "--out", out, "--json", path.join(dir, "p.json"));
  expect(r.code).toBe(1);
  const f = readReport(path.join(dir, "p.json")).files[0];
  expect(f.errors[0].code).toBe("SHEET_PROTECTED");
  expect(f.errors[0].message).toContain("受保护");
  expect(f.tables[0].total).toBe(96.88); // the figures are still in the report
  expect(fs.existsSync(path.join(out, "受保护.xlsx"))).toBe(false);
});

test("a read-only output folder: WRITE_FAILED with the reason, no partial file", () => {
  // As root a chmod'ed folder stays writable, so the compiled command runs with fs.openSync failing like a
  // read-only file system does (EROFS) for its temporary file.
  const preload = path.join(dir, "readonly-fs.js");
  fs.writeFileSync(
    preload,
    `const fs = require("node:fs"); const real = fs.openSync;
fs.openSync = (p, ...a) => { if (String(p).endsWith(".tmp")) { const e = new Error("EROFS"); e.code = "EROFS"; throw e; } return real(p, ...a); };`,
  );
  const out = path.join(dir, "ro");
  const r = runCompiled(["score", good, "--out", out], preload);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("WRITE_FAILED: 无法写入");
  expect(r.stdout).toContain("没有写权限");
  expect(fs.readdirSync(out)).toEqual([]);
});

test("an --out path that is a file, a --json path that is a folder: the reason in Chinese, exit 1, input unchanged", async () => {
  const file = path.join(dir, "不是文件夹");
  fs.writeFileSync(file, "x");
  const before = fingerprint(good);
  const r = await selfeval("score", good, "--out", file);
  expect(r.code).toBe(1);
  expect(r.out).toContain("WRITE_FAILED: 无法写入");
  expect(r.out).toContain("路径中有一段是已存在的文件，不是文件夹，原文件未改动");
  const j = await selfeval("score", good, "--out", path.join(dir, "o3"), "--json", dir);
  expect(j.code).toBe(1);
  expect(j.err).toContain(`无法写入报告“${dir}”：这是一个文件夹，请给出文件名`);
  expect(fingerprint(good)).toBe(before);
});

test("a subfolder that cannot be listed is reported, the rest of the folder scored", () => {
  // as root every folder is readable, so the compiled command runs with opendirSync failing for one folder
  const tree = path.join(dir, "收件");
  fs.mkdirSync(path.join(tree, "锁定"), { recursive: true });
  fs.copyFileSync(good, path.join(tree, "a.xlsx"));
  fs.copyFileSync(good, path.join(tree, "锁定", "b.xlsx"));
  const preload = path.join(dir, "eacces-fs.js");
  fs.writeFileSync(
    preload,
    `const fs = require("node:fs"); const real = fs.opendirSync;
fs.opendirSync = (p, ...a) => { if (String(p).endsWith("锁定")) { const e = new Error("EACCES"); e.code = "EACCES"; throw e; } return real(p, ...a); };`,
  );
  const json = path.join(dir, "locked.json");
  const r = runCompiled(["score", tree, "--out", path.join(dir, "o4"), "--json", json], preload);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(`FILE_UNREADABLE: 无法打开文件夹“${path.join(tree, "锁定")}”：没有权限`);
  expect(r.stderr).not.toContain("内部错误");
  expect(readReport(json).files.map((f) => [path.basename(f.file), f.tables[0]?.total ?? null])).toEqual([
    ["锁定", null],
    ["a.xlsx", 96.88],
  ]);
});

test("a named pipe called .xlsx, in a folder or named alone, is reported without waiting on it; the rest scored", () => {
  const tree = path.join(dir, "管道");
  fs.mkdirSync(tree);
  fs.copyFileSync(good, path.join(tree, "a.xlsx"));
  const pipe = path.join(tree, "b.xlsx");
  expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
  const json = path.join(dir, "pipe.json");
  const r = runCompiled(["score", tree, "--out", path.join(dir, "o5"), "--json", json]);
  expect(r.signal).toBeNull();
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("FILE_UNREADABLE: 无法读取文件：这不是普通文件，而是管道、设备或套接字");
  expect(readReport(json).files.map((f) => [path.basename(f.file), f.tables[0]?.total ?? null])).toEqual([
    ["a.xlsx", 96.88],
    ["b.xlsx", null],
  ]);
  const alone = runCompiled(["score", pipe, "--out", path.join(dir, "o6"), "--lang", "en"]);
  expect([alone.signal, alone.status]).toEqual([null, 1]);
  expect(alone.stdout).toContain("Cannot read the file: this is not a regular file but a pipe, device or socket");
});

test("--profile: a pipe, a device, a folder, a file far too large are refused with the reason; a file with a BOM reads", () => {
  const pipe = path.join(dir, "方案管道.json");
  expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
  const huge = write("巨大方案.json", "");
  fs.truncateSync(huge, 5 * 1024 * 1024);
  const refused = (profile: string) => {
    const r = runCompiled(["score", good, "--profile", profile, "--out", path.join(dir, "o7")]);
    expect([r.signal, r.status]).toEqual([null, 2]);
    return r.stderr.trim();
  };
  expect(refused(pipe)).toBe(`selfeval: 无法读取评分方案文件“${pipe}”：这不是普通文件，而是管道、设备或套接字`);
  expect(refused("/dev/zero")).toBe(
    "selfeval: 无法读取评分方案文件“/dev/zero”：这不是普通文件，而是管道、设备或套接字",
  );
  expect(refused(dir)).toBe(`selfeval: 无法读取评分方案文件“${dir}”：这是一个文件夹，请给出文件名`);
  expect(refused(huge)).toBe(`selfeval: 评分方案文件“${huge}”大小5.0MB，超过4MB，不是评分方案，未读取`);
  expect(fs.existsSync(path.join(dir, "o7"))).toBe(false);
  // saved by Windows Notepad: a byte-order mark before the JSON
  const profile = { ...builtInProfile("central-2020")!, id: "county-notepad" };
  const bom = write("记事本方案.json", "\uFEFF" + JSON.stringify(profile));
  const json = path.join(dir, "bom.json");
  const r = runCompiled(["score", good, "--profile", bom, "--out", path.join(dir, "o8"), "--json", json]);
  expect(r.status).toBe(0);
  expect(readReport(json).profile).toBe("county-notepad");
});

test("a file and a folder whose names are GBK, not UTF-8 (a Windows zip unpacked on Linux): how to fix it, the rest scored", () => {
  const tree = path.join(dir, "解压");
  fs.mkdirSync(tree);
  fs.copyFileSync(good, path.join(tree, "a.xlsx"));
  const gbk = (name: number[]) => Buffer.concat([Buffer.from(tree + path.sep), Buffer.from(name)]);
  const 单位 = [0xb5, 0xa5, 0xce, 0xbb];
  fs.copyFileSync(good, gbk([...单位, ...Buffer.from(".xlsx")]));
  fs.mkdirSync(gbk(单位));
  fs.copyFileSync(good, Buffer.concat([gbk(单位), Buffer.from(path.sep + "b.xlsx")]));
  const json = path.join(dir, "gbk.json");
  const r = runCompiled(["score", tree, "--out", path.join(dir, "o9"), "--json", json]);
  expect(r.status).toBe(1);
  const files = readReport(json).files;
  expect(files.map((f) => [path.basename(f.file), f.tables[0]?.total ?? null])).toEqual([
    ["\uFFFD\uFFFD\u03BB", null],
    ["a.xlsx", 96.88],
    ["\uFFFD\uFFFD\u03BB.xlsx", null],
  ]);
  const fix = "名称不是UTF-8编码（多为在Windows上压缩、在Linux上解压的GBK文件名），无法按名打开；请用 unzip -O GBK";
  expect(files[0].errors[0].message).toContain(`无法打开文件夹“${files[0].file}”：${fix}`);
  expect(files[2].errors[0].message).toContain(`无法读取文件：${fix}`);
  // a file that is simply gone keeps its reason
  expect(runCompiled(["score", path.join(tree, "没有.xlsx")]).stdout).toContain("找不到");
});

test("links to folders in a folder walk are named and not followed; a link to a workbook is scored", async () => {
  const tree = path.join(dir, "链接");
  const elsewhere = path.join(dir, "别处");
  fs.mkdirSync(tree);
  fs.mkdirSync(elsewhere);
  fs.copyFileSync(good, path.join(tree, "a.xlsx"));
  fs.copyFileSync(good, path.join(elsewhere, "b.xlsx"));
  fs.symlinkSync("..", path.join(tree, "上级"));
  fs.symlinkSync(elsewhere, path.join(tree, "别处的表"));
  fs.symlinkSync(path.join(elsewhere, "b.xlsx"), path.join(tree, "c.xlsx"));
  const json = path.join(dir, "links.json");
  const r = await selfeval("score", tree, "--out", path.join(dir, "o10"), "--json", json);
  expect(r.code).toBe(0);
  const skipped = (name: string) =>
    `已跳过“${path.join(tree, name)}”：这是指向另一个文件夹的链接，不跟随（以免重复或循环评分）；如需评分，请直接给出该文件夹`;
  expect(r.out.split("\n").filter((l) => l.startsWith("已跳过"))).toEqual([skipped("上级"), skipped("别处的表")]);
  expect(readReport(json).files.map((f) => [path.basename(f.file), f.tables[0].total])).toEqual([
    ["a.xlsx", 96.88],
    ["c.xlsx", 96.88],
  ]);
});

test("a missing input is reported, the others processed", async () => {
  const r = await selfeval("score", path.join(dir, "没有这个文件.xlsx"), good, "--out", path.join(dir, "o2"));
  expect(r.code).toBe(1);
  expect(r.out).toContain("找不到文件或文件夹");
  expect(r.out).toContain("总分96.88，等级优");
});

test("a 100,000-row sheet is read and scored", async () => {
  const rows: string[] = [];
  const c = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  rows.push(
    `<row r="1">${c("A1", "一级指标")}${c("B1", "二级指标")}${c("C1", "三级指标")}${c("D1", "年度指标值")}${c("E1", "实际完成值")}${c("F1", "分值")}${c("G1", "得分")}</row>`,
  );
  for (let r = 2; r <= 100001; r++)
    rows.push(
      `<row r="${r}">${c(`C${r}`, `指标${r}`)}${c(`D${r}`, "≥10次")}${c(`E${r}`, r % 2 ? "10次" : "5次")}<c r="F${r}"><v>1</v></c></row>`,
    );
  const p = write("十万行.xlsx", minimalXlsx({ sheets: [{ name: "大表", xml: sheetXml(rows.join("")) }] }));
  const r = await selfeval("score", p, "--out", path.join(dir, "big"), "--json", path.join(dir, "big.json"));
  expect(r.code).toBe(0);
  const t = readReport(path.join(dir, "big.json")).files[0].tables[0];
  expect(t.indicators).toHaveLength(100000);
  expect(t.indicators[0].score).toBe(0.5); // row 2: 5次 of ≥10次
  expect(t.indicators[1].score).toBe(1);
  expect(t.total).toBe(75000);
}, 120000);
