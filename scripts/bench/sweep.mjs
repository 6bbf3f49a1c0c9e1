// The jobs sweep behind scripts/bench/scaling.sh: `selfeval score` on N copies of the README workbooks with
// --jobs 1, 2, 4, 8, 16 and the default, in rounds (every setting once per round, so a drifting machine moves all
// alike), printed as one table (format in scaling.sh and BENCHMARKS.md).
// Usage: node scripts/bench/sweep.mjs [--files N] [--rounds R] [--jobs 1,2,4,8,16] [--keep DIR]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { copies, runTimed } from "./batch.mjs";
import { median } from "./stats.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const files = Number(arg("--files", "1000"));
const rounds = Number(arg("--rounds", "3"));
const settings = [...arg("--jobs", "1,2,4,8,16").split(",").map(Number), null];
const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
const dir = fs.mkdtempSync(path.join(arg("--keep", os.tmpdir()), "selfeval-sweep-"));
copies(ROOT, path.join(dir, "in"), files);

const runs = new Map(settings.map((j) => [j, []]));
for (let r = 0; r < rounds; r++) {
  for (const jobs of settings) {
    const out = path.join(dir, "out");
    fs.rmSync(out, { recursive: true, force: true });
    const args = [
      path.join(ROOT, "bin/selfeval.js"),
      "score",
      path.join(dir, "in"),
      "--out",
      out,
      "--json",
      path.join(dir, "r.json"),
      ...(jobs === null ? [] : ["--jobs", String(jobs)]),
    ];
    runs.get(jobs).push(runTimed(args));
  }
}
fs.rmSync(dir, { recursive: true, force: true });

const fmt = (x, d) => (Number.isNaN(x) ? "n/a" : x.toFixed(d));
const base = median(runs.get(settings[0]).map((r) => r.wall));
console.log(
  `# selfeval jobs sweep: ${os.cpus()[0]?.model ?? "?"}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()}`,
);
console.log(
  `# ${files} workbooks (copies of 4 README workbooks), ${rounds} rounds; load at the end (1/5/15 min) ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(
  `# wall, CPU (user + system) and peak memory of the whole process, medians over the rounds (min-max for wall)`,
);
console.log(
  ["jobs", "wall_s", "wall_min-max", "cpu_s", "peak_mb", "files_per_s", "speedup", "efficiency", "exit"].join("\t"),
);
for (const [jobs, rs] of runs) {
  const wall = median(rs.map((r) => r.wall));
  const label = jobs === null ? `default` : String(jobs);
  const n = jobs === null ? cores : jobs;
  const walls = rs.map((r) => r.wall);
  console.log(
    [
      label,
      fmt(wall, 2),
      `${fmt(Math.min(...walls), 2)}-${fmt(Math.max(...walls), 2)}`,
      fmt(median(rs.map((r) => r.cpu)), 2),
      fmt(median(rs.map((r) => r.peakMb)), 0),
      fmt(files / wall, 0),
      fmt(base / wall, 2),
      fmt(base / wall / Math.min(n, cores), 2),
      [...new Set(rs.map((r) => r.status))].join(","),
    ].join("\t"),
  );
}
