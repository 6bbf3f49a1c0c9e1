// Writing safely: atomic backups, names that fit, a lock per folder for --in-place, system errors in Chinese.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { LOCK_NAME } from "../../src/cli/folderLock";
import { systemReason } from "../../src/cli/systemErrors";
import { oneLine } from "../../src/cli/terminal";
import { readBack } from "../../src/xlsx";
import { BIN, fingerprint, selfeval, tmpDir } from "./helpers";

const EXAMPLE = path.resolve(__dirname, "../../assets/example/绩效自评表示例.xlsx");

function copyInto(dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, name);
  fs.copyFileSync(EXAMPLE, p);
  return p;
}

test("an 80-character Chinese name in place: the backup's name is shortened to fit 255 bytes, no temporary file left", async () => {
  const dir = tmpDir();
  const name = "长".repeat(20) + "绩效自评表".repeat(12) + ".xlsx";
  const file = copyInto(dir, name);
  const orig = fingerprint(file);
  const run = await selfeval("score", file, "--in-place");
  expect(run.code).toBe(0);
  const names = fs.readdirSync(dir).sort();
  expect(names).toHaveLength(2);
  const backup = names.find((n) => n !== name)!;
  expect(backup).toMatch(/…\.before-selfeval\.xlsx$/);
  expect(Buffer.byteLength(backup)).toBeLessThanOrEqual(255);
  expect(fingerprint(path.join(dir, backup))).toBe(orig);
  expect(
    readBack(new Uint8Array(fs.readFileSync(file)))
      .get("附件1")!
      .get("J42")!.value,
  ).toBe(96.88);
});

test("a disk that fills up while the backup is written: no half backup, the file as it was, the reason in Chinese", () => {
  const dir = tmpDir();
  const file = copyInto(dir, "自评表.xlsx");
  const orig = fingerprint(file);
  const preload = path.join(tmpDir(), "enospc.js");
  fs.writeFileSync(
    preload,
    `const fs = require("node:fs"); const real = fs.writeSync;
fs.writeSync = (fd, ...a) => { const e = new Error("ENOSPC"); e.code = "ENOSPC"; throw e; };`,
  );
  const r = spawnSync(process.execPath, ["-r", preload, BIN, "score", file, "--in-place"], { encoding: "utf8" });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("WRITE_FAILED: 无法写入");
  expect(r.stdout).toContain("磁盘空间不足");
  expect(fs.readdirSync(dir)).toEqual(["自评表.xlsx"]);
  expect(fingerprint(file)).toBe(orig);
});

test("two --in-place runs on one folder: the second leaves it alone and says why, the first finishes cleanly", async () => {
  const dir = tmpDir();
  const folder = path.join(dir, "收件");
  copyInto(folder, "a.xlsx");
  copyInto(folder, "b.xlsx");
  // the first run is slowed down while it reads, so that the second starts while it holds the lock
  const preload = path.join(dir, "slow.js");
  fs.writeFileSync(
    preload,
    `const fs = require("node:fs"); const real = fs.openSync;
fs.openSync = (p, ...a) => { if (String(p).endsWith(".xlsx")) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500); return real(p, ...a); };`,
  );
  const first = spawn(process.execPath, ["-r", preload, BIN, "score", folder, "--in-place", "--jobs", "1"]);
  let firstOut = "";
  first.stdout.on("data", (d) => (firstOut += d));
  const done = new Promise<number>((resolve) => first.on("exit", (code) => resolve(code ?? -1)));
  for (let i = 0; i < 100 && !fs.existsSync(path.join(folder, LOCK_NAME)); i++)
    await new Promise((r) => setTimeout(r, 50));
  expect(fs.existsSync(path.join(folder, LOCK_NAME))).toBe(true);
  const second = spawnSync(process.execPath, [BIN, "score", folder, "--in-place"], { encoding: "utf8" });
  expect(second.status).toBe(1);
  expect(second.stdout.match(/WRITE_FAILED: 未处理：另一个selfeval（进程\d+，/g)).toHaveLength(2);
  expect(await done).toBe(0);
  expect(firstOut).toContain("共处理2个文件，0个未能完成。");
  expect(fs.readdirSync(folder).sort()).toEqual([
    "a.before-selfeval.xlsx",
    "a.xlsx",
    "b.before-selfeval.xlsx",
    "b.xlsx",
  ]);
}, 30000);

test("a lock left by a run that was killed is taken over, and removed at the end", async () => {
  const dir = tmpDir();
  const file = copyInto(dir, "自评表.xlsx");
  fs.writeFileSync(
    path.join(dir, LOCK_NAME),
    JSON.stringify({ pid: 2 ** 22 + 12345, host: require("node:os").hostname(), started: "2026-01-01T00:00:00Z" }),
  );
  const run = await selfeval("score", file, "--in-place");
  expect(run.code).toBe(0);
  expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(false);
});

test("a name too long for the file system: ENAMETOOLONG in Chinese, the input unchanged", async () => {
  const dir = tmpDir();
  const file = copyInto(dir, "自评表.xlsx");
  const run = await selfeval("score", file, "--out", path.join(dir, "结果".repeat(60)));
  expect(run.code).toBe(1);
  expect(run.out).toContain("文件名或路径过长");
  expect(run.out).not.toContain("ENAMETOOLONG");
});

test("--in-place on a link to a workbook: neither the link nor the file it points to is replaced, the reason said; --out scores it", async () => {
  const dir = tmpDir();
  const real = copyInto(path.join(dir, "单位"), "自评表.xlsx");
  const orig = fingerprint(real);
  fs.mkdirSync(path.join(dir, "汇总"));
  const link = path.join(dir, "汇总", "自评表.xlsx");
  fs.symlinkSync(real, link);
  const run = await selfeval("score", link, "--in-place");
  expect(run.code).toBe(1);
  expect(run.out).toContain("这是指向另一个文件的链接");
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(fs.readdirSync(path.join(dir, "汇总"))).toEqual(["自评表.xlsx"]);
  expect(fs.readdirSync(path.join(dir, "单位"))).toEqual(["自评表.xlsx"]);
  expect(fingerprint(real)).toBe(orig);
  const copy = await selfeval("score", link, "--out", path.join(dir, "out"));
  expect(copy.code).toBe(0);
  expect(
    readBack(new Uint8Array(fs.readFileSync(path.join(dir, "out", "自评表.xlsx"))))
      .get("附件1")!
      .get("J42")!.value,
  ).toBe(96.88);
});

describe("--in-place and the file's permissions", () => {
  const modeOf = (f: string) => fs.statSync(f).mode & 0o777;

  test("a file only its office may read keeps its permissions, owner and group, and so does its backup", async () => {
    const dir = tmpDir();
    const file = copyInto(dir, "自评表.xlsx");
    fs.chmodSync(file, 0o640);
    // as root the file is given to another user and group, whom the copy must keep; else it stays this user's
    const [uid, gid] = process.getuid?.() === 0 ? [1234, 5678] : [fs.statSync(file).uid, fs.statSync(file).gid];
    fs.chownSync(file, uid, gid);
    const run = await selfeval("score", file, "--in-place");
    expect(run.code).toBe(0);
    for (const f of [file, path.join(dir, "自评表.before-selfeval.xlsx")]) {
      expect(modeOf(f)).toBe(0o640);
      expect([fs.statSync(f).uid, fs.statSync(f).gid]).toEqual([uid, gid]);
    }
    expect(
      readBack(new Uint8Array(fs.readFileSync(file)))
        .get("附件1")!
        .get("J42")!.value,
    ).toBe(96.88);
  });

  test("a read-only file is not rewritten in place (a rename would succeed and undo the protection); --out scores it", async () => {
    const dir = tmpDir();
    const file = copyInto(dir, "自评表.xlsx");
    fs.chmodSync(file, 0o444);
    const orig = fingerprint(file);
    const run = await selfeval("score", file, "--in-place");
    expect(run.code).toBe(1);
    expect(run.out).toContain("文件被设为只读，不原地改写");
    expect(fs.readdirSync(dir)).toEqual(["自评表.xlsx"]);
    expect(fingerprint(file)).toBe(orig);
    expect(modeOf(file)).toBe(0o444);
    expect((await selfeval("score", file, "--out", path.join(dir, "out"))).code).toBe(0);
  });
});

test.each([
  [".~lock.自评表.xlsx#", "LibreOffice"],
  ["~$自评表.xlsx", "Excel and WPS"],
  ["~$表.xlsx", "Word-style owner file, the name's first two characters replaced"],
])("a file open in another program (%s: %s) is not rewritten in place; --out scores it", async (lock) => {
  const dir = tmpDir();
  const file = copyInto(dir, "自评表.xlsx");
  fs.writeFileSync(path.join(dir, lock), "owner");
  const orig = fingerprint(file);
  const run = await selfeval("score", file, "--in-place");
  expect(run.code).toBe(1);
  expect(run.out).toContain("文件正在Excel、WPS或LibreOffice中打开（同一文件夹中有它的锁文件）");
  expect(fs.readdirSync(dir).sort()).toEqual([lock, "自评表.xlsx"].sort());
  expect(fingerprint(file)).toBe(orig);
  expect((await selfeval("score", file, "--out", path.join(dir, "out"))).code).toBe(0);
});

describe("a file another program saves while an --in-place run has it", () => {
  const SAVED = Buffer.from("saved in Excel meanwhile");
  /** Rewrites `file` in place (same inode), as WPS or a script would. */
  const rewrite = (file: string) => fs.writeFileSync(file, SAVED);
  /** Saves `file` as Excel does: a new file written beside it, renamed over it (a new inode). */
  const saveAsExcel = (file: string) => {
    fs.writeFileSync(file + ".~tmp", SAVED);
    fs.renameSync(file + ".~tmp", file);
  };
  /** Runs `selfeval score FILE --in-place ARGS` with `save(FILE)` done after the `nth` call of `fs[call]`. */
  async function runSavedDuring(
    call: "readSync" | "fsyncSync",
    nth: number,
    save: (f: string) => void,
    args: string[] = [],
  ) {
    const dir = tmpDir();
    const file = copyInto(dir, "自评表.xlsx");
    const original = fs.readFileSync(file);
    const nodeFs = require("node:fs") as typeof fs; // the module itself (the import above is a view of it)
    const real = nodeFs[call] as (...a: unknown[]) => unknown;
    let calls = 0;
    const spy = jest.spyOn(nodeFs, call).mockImplementation(((...a: unknown[]) => {
      const r = real(...a);
      if (++calls === nth) save(file);
      return r;
    }) as never);
    try {
      const run = await selfeval("score", file, "--in-place", ...args);
      return { run, dir, file, original, listing: fs.readdirSync(dir).sort() };
    } finally {
      spy.mockRestore();
    }
  }

  test("saved while it is scored: nothing written, no backup, the save kept, the reason in Chinese", async () => {
    const { run, file, listing } = await runSavedDuring("readSync", 1, rewrite);
    expect(run.code).toBe(1);
    expect(run.out).toContain("WRITE_FAILED: 无法写入");
    expect(run.out).toContain("读取后该文件已被其他程序修改、替换或移走");
    expect(listing).toEqual(["自评表.xlsx"]);
    expect(fs.readFileSync(file)).toEqual(SAVED);
  });

  test("saved while the backup is written: the scored copy does not replace it, the backup holds what was read", async () => {
    const { run, file, original, listing } = await runSavedDuring("fsyncSync", 1, rewrite);
    expect(run.code).toBe(1);
    expect(run.out).toContain("读取后该文件已被其他程序修改");
    expect(listing).toEqual(["自评表.before-selfeval.xlsx", "自评表.xlsx"]);
    expect(fs.readFileSync(file)).toEqual(SAVED);
    expect(fs.readFileSync(file.replace(".xlsx", ".before-selfeval.xlsx"))).toEqual(original);
  });

  test("saved by Excel (a new file under its name) while the copy is written, --no-backup: left as saved, no temporary file", async () => {
    const { run, file, listing } = await runSavedDuring("fsyncSync", 1, saveAsExcel, ["--no-backup"]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("读取后该文件已被其他程序修改");
    expect(listing).toEqual(["自评表.xlsx"]);
    expect(fs.readFileSync(file)).toEqual(SAVED);
  });

  test("removed meanwhile: not written back (the file is not made again)", async () => {
    const { run, listing } = await runSavedDuring("fsyncSync", 1, (f) => fs.rmSync(f), ["--no-backup"]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("读取后该文件已被其他程序修改");
    expect(listing).toEqual([]);
  });

  test("not touched meanwhile: replaced by its scored copy as always (the checks see no change)", async () => {
    const { run, file, listing } = await runSavedDuring("fsyncSync", 99, rewrite);
    expect(run.code).toBe(0);
    expect(listing).toEqual(["自评表.before-selfeval.xlsx", "自评表.xlsx"]);
    expect(
      readBack(new Uint8Array(fs.readFileSync(file)))
        .get("附件1")!
        .get("J42")!.value,
    ).toBe(96.88);
  });
});

test.each([
  ["ENAMETOOLONG", "文件名或路径过长"],
  ["ENOENT", "路径不存在"],
  ["EACCES", "没有权限"],
  ["ENOSPC", "磁盘空间不足"],
  ["EROFS", "没有写权限"],
  ["EBUSY", "正被其他程序使用"],
  ["EWHATEVER", "系统错误（EWHATEVER）"],
])("%s is said in Chinese", (code, text) => {
  expect(systemReason(Object.assign(new Error(code), { code }))).toContain(text);
});

test("control characters from a file are escaped in one summary line", () => {
  expect(oneLine("a\u001b[2Jb\rc\nd\u202eé")).toBe("a\\x1B[2Jb\\rc\\nd\\u202Eé");
});
