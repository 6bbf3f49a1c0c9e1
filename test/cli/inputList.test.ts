// The compact list of a run's input files: the same paths, order and records a path per file gave.
import * as fs from "node:fs";
import * as path from "node:path";
import { makeJobs } from "../../src/cli/files";
import { expandInputs } from "../../src/cli/folderWalk";
import { InputList, joinPrefix } from "../../src/cli/inputList";
import { mergeSort, NameTable } from "../../src/cli/nameTable";
import { tmpDir } from "./helpers";

test.each([".", "./in/", "in", "in/", "/", "a/../b", "a//b/."])(
  "joinPrefix(%j) + name is path.join(dir, name)",
  (dir) => {
    expect(joinPrefix(dir) + "单位1.xlsx").toBe(path.join(dir, "单位1.xlsx"));
  },
);

test("files are found by index across folders; a wrong index throws", () => {
  const list = new InputList();
  list.add("a/", "", "a", NameTable.of(["1.xlsx", "2.xlsx"]));
  list.add("a/sub/", "sub", "a", NameTable.of([]));
  list.add("a/sub/", "sub", "a", NameTable.of(["3.xlsx"]));
  list.add("", "", "x", NameTable.of(["x/4.xlsx"]));
  expect(list.length).toBe(4);
  expect([0, 1, 2, 3].map((i) => list.at(i).path)).toEqual(["a/1.xlsx", "a/2.xlsx", "a/sub/3.xlsx", "x/4.xlsx"]);
  expect(list.at(2)).toEqual({ path: "a/sub/3.xlsx", display: "a/sub/3.xlsx", relDir: "sub", source: "a" });
  expect(list.folders()).toEqual(["a", "a/sub", "x"]);
  expect(() => list.at(4)).toThrow(RangeError);
  expect(() => list.at(-1)).toThrow(RangeError);
  const odd = list.filter((_, i) => i % 2 === 1);
  expect([odd.length, odd.at(0).path, odd.at(1).path]).toEqual([2, "a/2.xlsx", "x/4.xlsx"]);
});

/** The walk as it was written before the compact list: a path joined per file, entries in name order. */
function referenceWalk(root: string, dir = root, out: string[] = []): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) referenceWalk(root, p, out);
    else if (/\.xlsx$/.test(e.name) && !e.name.startsWith("~$") && !/\.scored\.xlsx$/.test(e.name)) out.push(p);
  }
  return out;
}

test("a folder tree lists as a path per file would: files before, inside and after subfolders, in name order", () => {
  const root = tmpDir();
  const names = ["b.xlsx", "a/1.xlsx", "a/c/2.xlsx", "a/d.xlsx", "乙.xlsx", "甲/3.xlsx", "z.xlsx", "~$b.xlsx"];
  for (const n of [...names, "a/1.scored.xlsx", "说明.docx"]) {
    fs.mkdirSync(path.dirname(path.join(root, n)), { recursive: true });
    fs.writeFileSync(path.join(root, n), "x");
  }
  for (const given of [root, root + path.sep, path.relative(process.cwd(), root) || "."]) {
    const { files } = expandInputs([given]);
    const listed = Array.from({ length: files.length }, (_, i) => files.at(i));
    expect(listed.map((f) => f.path)).toEqual(referenceWalk(given));
    expect(listed.map((f) => f.relDir)).toEqual(listed.map((f) => path.relative(given, path.dirname(f.path))));
    const jobs = makeJobs(files, path.join(root, "out"), false, true);
    expect(jobs.at(1).output).toBe(path.join(root, "out", "a", "c", "2.xlsx"));
  }
});

test("a file given twice, or in two folders given, is listed once", () => {
  const root = tmpDir();
  fs.mkdirSync(path.join(root, "x"));
  for (const n of ["x/1.xlsx", "x/2.xlsx"]) fs.writeFileSync(path.join(root, n), "x");
  const { files } = expandInputs([path.join(root, "x", "2.xlsx"), path.join(root, "x"), path.join(root, "x/")]);
  expect(Array.from({ length: files.length }, (_, i) => path.basename(files.at(i).path))).toEqual(["2.xlsx", "1.xlsx"]);
});

test("names kept as UTF-8 read back as given, and sort as localeCompare sorts them", () => {
  const names = [
    "单位10.xlsx",
    "单位2.xlsx",
    "B.xlsx",
    "a.xlsx",
    "Ä.xlsx",
    "甲.xlsx",
    "乙.xlsx",
    "",
    "😀 报表.xlsx",
    "a.xlsx",
  ];
  const table = NameTable.of(names);
  expect(Array.from({ length: table.length }, (_, j) => table.at(j))).toEqual(names);
  const sorted = Array.from(table.sortedOrder(), (j) => table.at(j));
  expect(sorted).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  const picked = table.pick([8, 0]);
  expect([picked.length, picked.at(0), picked.at(1)]).toEqual([2, "😀 报表.xlsx", "单位10.xlsx"]);
});

test("names across the builder's 64 KB buffers, and one longer than a buffer, read back as given, also picked", () => {
  // 6,000 names of 1-4 bytes a character fill several buffers, names cut at each one's end; one name is 96 KB
  const names = Array.from({ length: 6000 }, (_, i) => `${"单位😀a".repeat(i % 7)}${i}.xlsx`);
  names.splice(3000, 0, "表".repeat(32768) + ".xlsx");
  const table = NameTable.of(names);
  expect(Array.from({ length: table.length }, (_, j) => table.at(j))).toEqual(names);
  const backwards = Array.from({ length: names.length }, (_, k) => names.length - 1 - k);
  const picked = table.pick(backwards);
  expect(Array.from({ length: picked.length }, (_, j) => picked.at(j))).toEqual([...names].reverse());
});

test("mergeSort orders like Array.prototype.sort for every length, odd and even, with equal keys", () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 50;
  for (const n of [0, 1, 2, 3, 7, 8, 9, 100, 1000, 1025]) {
    const keys = Array.from({ length: n }, random);
    const items = Uint32Array.from({ length: n }, (_, j) => j);
    const byKey = (a: number, b: number) => keys[a] - keys[b] || a - b;
    expect(Array.from(mergeSort(items, byKey))).toEqual(Array.from({ length: n }, (_, j) => j).sort(byKey));
  }
});
