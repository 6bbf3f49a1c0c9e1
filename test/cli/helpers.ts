// Runs the command line in-process with captured output, in temporary folders.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { ReportSchema, type Report } from "../../src/core/report";
import { workbook } from "../helpers/fixtures";

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `selfeval ARGS` in-process on one core (worker threads need the compiled build). */
export async function selfeval(...args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main([...args, ...(args[0] === "score" || args[0] === "check" ? ["--jobs", "1"] : [])], {
    out: (s) => (out += s + "\n"),
    err: (s) => (err += s + "\n"),
    isTTY: false,
  });
  return { code, out, err };
}

/** A fresh temporary folder. */
export function tmpDir(prefix = "selfeval-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Reads and validates a JSON report with the zod schema. */
export function readReport(file: string): Report {
  return ReportSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** SHA-like fingerprint of a file's bytes, to prove an input was not touched. */
export function fingerprint(file: string): string {
  return require("node:crypto").createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** The compiled command line, which the tests that need worker threads, signals or a preload run. */
export const BIN = path.resolve(__dirname, "../../bin/selfeval.js");

/** Runs the compiled command with `args` in a process of its own, after the preload file `preload` when given (its
 *  code runs in every thread first); a run still going after 30 s is ended, so a run that hangs fails its test. */
export function runCompiled(args: string[], preload?: string): SpawnSyncReturns<string> {
  const node = preload ? ["-r", preload, BIN] : [BIN];
  return spawnSync(process.execPath, [...node, ...args], { encoding: "utf8", timeout: 30000 });
}

/** The compiled command on a folder of copies of project-gansu-2021.xlsx named `names`, `--jobs 2`, with a preload:
 *  `preload`'s code runs in every thread before the command does. Returns the process's result, the report and the
 *  folder (outputs in `dir/out`). */
export function runWithPreload(
  names: readonly string[],
  preload: string,
): {
  run: SpawnSyncReturns<string>;
  report: Report;
  dir: string;
} {
  const dir = folderOfCopies(names);
  const inDir = path.join(dir, "in");
  const file = path.join(dir, "preload.js");
  fs.writeFileSync(file, preload);
  const json = path.join(dir, "r.json");
  const run = runCompiled(["score", inDir, "--out", path.join(dir, "out"), "--json", json, "--jobs", "2"], file);
  return { run, report: readReport(json), dir };
}

/** A new folder whose `in` folder holds copies of project-gansu-2021.xlsx named `names`. */
export function folderOfCopies(names: readonly string[]): string {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, "in"));
  for (const n of names) fs.copyFileSync(workbook("project-gansu-2021.xlsx"), path.join(dir, "in", n));
  return dir;
}

/** Preloaded code that ends a worker thread (the way an out-of-memory abort does) when it opens a file whose name
 *  holds 崩溃. */
export const CRASHING_WORKERS = `const { isMainThread } = require("node:worker_threads");
if (!isMainThread) { const fs = require("node:fs"); const real = fs.openSync;
  fs.openSync = (p, ...a) => { if (String(p).includes("崩溃")) process.exit(7); return real(p, ...a); }; }`;

/** runWithPreload with workers that crash on files whose name holds 崩溃 (CRASHING_WORKERS). */
export function runWithCrashingWorkers(names: readonly string[]): ReturnType<typeof runWithPreload> {
  return runWithPreload(names, CRASHING_WORKERS);
}
