// Timing `selfeval score` as a whole process: wall, CPU (user + system) and peak memory from /usr/bin/time when the
// machine has it (the operating system's accounting of the finished child; peak = the largest resident set).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** Runs `node args…` once; returns { wall, cpu, peakMb, status } (cpu and peak NaN without /usr/bin/time). */
export function runTimed(args) {
  const started = performance.now();
  const r = TIME
    ? spawnSync(TIME, ["-f", "\n%U %S %M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  const m = TIME ? /(\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(r.stderr) : null;
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, peakMb: m ? Number(m[3]) / 1024 : NaN, status: r.status };
}

/** Fills `dir` with `n` copies of the four README workbooks (单位00000.xlsx …), as a province's folder of submissions. */
export function copies(root, dir, n) {
  const srcs = [
    "project-gansu-2021.xlsx",
    "department-gansu-2021.xlsx",
    "project-gansu-2021-split.xlsx",
    "department-gansu-2021-split.xlsx",
  ].map((f) => fs.readFileSync(path.join(root, "test/fixtures/workbooks", f)));
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++)
    fs.writeFileSync(
      path.join(dir, `单位${String(i).padStart(String(n - 1).length, "0")}.xlsx`),
      srcs[i % srcs.length],
    );
}
