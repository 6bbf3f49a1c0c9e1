// A run stopped part-way (Ctrl+C, a kill) leaves none of its own files behind: no temporary report, no folder lock.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { BIN, folderOfCopies } from "./helpers";

const names = Array.from({ length: 400 }, (_, i) => `单位${String(i).padStart(3, "0")}.xlsx`);

/** Runs the compiled command (after `preload`, if given), sends `signal` once it has printed its third file, or
 *  when `ready` first says so (asked every 20 ms), and resolves with its exit: the code, and when it has none the
 *  signal that ended it with the end of what it wrote to stderr (a rare null code was seen twice; this says why). */
function stopMidway(
  args: string[],
  signal: NodeJS.Signals,
  { preload, ready }: { preload?: string; ready?: () => boolean } = {},
): Promise<{ printed: number; exit: { code: number | null; signal: string | null; stderr: string } }> {
  return new Promise((resolve, reject) => {
    const node = preload ? ["-r", preload, BIN] : [BIN];
    const child = spawn(process.execPath, [...node, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    if (ready) {
      const poll = setInterval(() => {
        if (!ready()) return;
        clearInterval(poll);
        child.kill(signal);
      }, 20);
      child.on("exit", () => clearInterval(poll));
    }
    let printed = 0;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      const before = printed;
      printed += text.split("■").length - 1;
      if (!ready && before < 3 && printed >= 3) child.kill(signal);
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => (stderr = (stderr + text).slice(-600)));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      resolve({ printed, exit: { code, signal, stderr: code === null ? stderr : "" } }),
    );
  });
}

test.each([
  ["in this thread", "1"],
  ["on workers", "2"],
])(
  "Ctrl+C during a run with --json %s: exit 130, the temporary report removed, no report, no temporary copy",
  async (_, jobs) => {
    const dir = folderOfCopies(names);
    const reports = path.join(dir, "报告");
    const out = path.join(dir, "out");
    const args = ["score", path.join(dir, "in"), "--out", out, "--json", path.join(reports, "r.json"), "--jobs", jobs];
    const r = await stopMidway(args, "SIGINT");
    expect(r.exit).toEqual({ code: 130, signal: null, stderr: "" });
    expect(r.printed).toBeLessThan(names.length);
    expect(fs.readdirSync(reports)).toEqual([]);
    expect(fs.readdirSync(out).filter((n) => !n.endsWith(".xlsx"))).toEqual([]);
  },
  60000,
);

test("a kill during an --in-place run: exit 143, the folder lock removed, every file whole (scored or as it was)", async () => {
  const dir = folderOfCopies(names);
  const inDir = path.join(dir, "in");
  const original = fs.readFileSync(path.join(inDir, names[0]));
  const r = await stopMidway(["score", inDir, "--in-place", "--jobs", "1"], "SIGTERM");
  expect(r.exit).toEqual({ code: 143, signal: null, stderr: "" });
  const left = fs.readdirSync(inDir);
  expect(left.filter((n) => !n.endsWith(".xlsx"))).toEqual([]); // no .selfeval.lock, no temporary file
  const scored = names.filter((n) => !fs.readFileSync(path.join(inDir, n)).equals(original));
  expect(scored.length).toBeGreaterThanOrEqual(3);
  expect(scored.length).toBeLessThan(names.length);
  // each scored file has its backup: the original bytes
  for (const n of scored)
    expect(fs.readFileSync(path.join(inDir, n.replace(/\.xlsx$/, ".before-selfeval.xlsx"))).equals(original)).toBe(
      true,
    );
}, 60000);

test("Ctrl+C while a worker is between writing a copy and renaming it: the worker halted, its temporary copy removed", async () => {
  const dir = folderOfCopies(names);
  const out = path.join(dir, "out");
  // in the workers, the third copy's rename waits 20 s: the run is stopped with a temporary copy on disk
  const preload = path.join(dir, "slow-rename.js");
  fs.writeFileSync(
    preload,
    `const { isMainThread } = require("node:worker_threads"); const fs = require("node:fs"); const real = fs.renameSync;
let n = 0;
if (!isMainThread) fs.renameSync = (from, to) => {
  if (String(from).endsWith(".tmp") && ++n === 3) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);
  return real(from, to);
};`,
  );
  const temps = () => (fs.existsSync(out) ? fs.readdirSync(out).filter((n) => n.endsWith(".tmp")) : []);
  const started = Date.now();
  const args = ["score", path.join(dir, "in"), "--out", out, "--jobs", "2"];
  const r = await stopMidway(args, "SIGINT", { preload, ready: () => temps().length > 0 });
  expect(r.exit).toEqual({ code: 130, signal: null, stderr: "" });
  expect(Date.now() - started).toBeLessThan(15000); // not after the 20 s wait: the worker was halted in it
  expect(temps()).toEqual([]);
}, 60000);
