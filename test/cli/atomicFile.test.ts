// Files written whole or not at all (src/cli/atomicFile.ts): the folder made once and again when it went away, an
// earlier file kept byte for byte when the disk fills during the write, for a scored copy's writer and the summary's.
import * as fs from "node:fs";
import * as path from "node:path";
import { replaceFile } from "../../src/cli/atomicFile";
import { aggregateOf } from "../../src/cli/aggregate";
import { writeSummaryFile } from "../../src/cli/reportOutputs";
import { tmpDir } from "./helpers";

/** node:fs itself (the namespace import above reads through getters, which cannot be replaced). */
const nodeFs = require("node:fs") as typeof fs;

/** Makes every write call fail as a full disk does, for the duration of `f`. */
function withFullDisk<T>(f: () => T): T {
  const full = () => {
    throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
  };
  const spies = [
    jest.spyOn(nodeFs, "writeSync").mockImplementation(full),
    jest.spyOn(nodeFs, "writevSync").mockImplementation(full),
  ];
  try {
    return f();
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

test("the folder is made, and made again when it was removed after the last write there", () => {
  const dir = path.join(tmpDir(), "出", "子目录");
  replaceFile(path.join(dir, "a.xlsx"), new Uint8Array([1, 2, 3]));
  fs.rmSync(path.dirname(dir), { recursive: true });
  replaceFile(path.join(dir, "b.xlsx"), new Uint8Array([4, 5]));
  expect(fs.readdirSync(dir)).toEqual(["b.xlsx"]);
  expect([...fs.readFileSync(path.join(dir, "b.xlsx"))]).toEqual([4, 5]);
});

test("a disk that fills up during the write: the earlier file as it was, no temporary file left", () => {
  const dir = tmpDir();
  const target = path.join(dir, "汇总表.xlsx");
  fs.writeFileSync(target, "earlier");
  expect(() => withFullDisk(() => replaceFile(target, new Uint8Array(200_000)))).toThrow("ENOSPC");
  expect(fs.readdirSync(dir)).toEqual(["汇总表.xlsx"]);
  expect(fs.readFileSync(target, "utf8")).toBe("earlier");
});

test("the summary workbook: a failed write says so in Chinese and leaves the earlier summary whole", () => {
  const dir = tmpDir();
  const target = path.join(dir, "汇总表.xlsx");
  fs.writeFileSync(target, "earlier");
  const said: string[] = [];
  const io = { out: (s: string) => said.push(s), err: (s: string) => said.push(s), isTTY: false };
  const failed = aggregateOf({
    file: "a.xlsx",
    output: null,
    tables: [],
    errors: [{ code: "NO_TABLE_FOUND", message: "x" }],
  });
  expect(withFullDisk(() => writeSummaryFile([failed], target, "central-2020", "zh", io))).toBe(false);
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(target);
  expect(said[0]).toContain("磁盘空间不足");
  expect(fs.readdirSync(dir)).toEqual(["汇总表.xlsx"]);
  expect(fs.readFileSync(target, "utf8")).toBe("earlier");
  expect(writeSummaryFile([failed], target, "central-2020", "zh", io)).toBe(true);
  expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe("PK");
});
