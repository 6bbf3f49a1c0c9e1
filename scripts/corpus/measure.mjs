// Measures the hostile corpus file by file with /usr/bin/time -v (Debian package `time`): wall time and peak
// memory of `selfeval score FILE` per file, then the whole folder as one batch. Figures go to BENCHMARKS.md.
// Usage: node scripts/corpus/measure.mjs [DIR]   (needs the compiled CLI: npm run build:cli)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { makeHostileCorpus } from "./hostile.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = path.join(ROOT, "bin", "selfeval.js");
if (!existsSync("/usr/bin/time")) {
  console.error("/usr/bin/time 不存在，请先安装：apt-get install -y time / install Debian's time package");
  process.exit(1);
}
const dir = path.resolve(process.argv[2] ?? mkdtempSync(path.join(os.tmpdir(), "selfeval-corpus-")));
const corpus = await makeHostileCorpus(dir);

/** Runs selfeval under /usr/bin/time -v; returns seconds, peak MB, the exit code and the first ✗ line. */
function measure(args) {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, "score", ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const field = (name) => new RegExp(`${name}: (.+)`).exec(r.stderr)?.[1] ?? "";
  const [m, s] = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").map(Number);
  return {
    seconds: m * 60 + s,
    mb: Math.round(Number(field("Maximum resident set size \\(kbytes\\)")) / 1024),
    code: r.status,
    line: (r.stdout.split("\n").find((l) => l.includes("✗")) ?? "").trim(),
  };
}

console.log(
  `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`,
);
console.log("seconds  peak MB  exit  file");
let worst = { seconds: 0, mb: 0 };
for (const c of corpus) {
  const m = measure([c.file, "--out", path.join(dir, "out"), "--jobs", "1"]);
  worst = { seconds: Math.max(worst.seconds, m.seconds), mb: Math.max(worst.mb, m.mb) };
  console.log(
    `${m.seconds.toFixed(2).padStart(7)}  ${String(m.mb).padStart(7)}  ${String(m.code).padStart(4)}  ${path.basename(c.file)}  ${m.line.slice(0, 60)}`,
  );
}
const batch = measure([dir, "--out", path.join(dir, "out-batch")]);
console.log(`worst single file: ${worst.seconds.toFixed(2)} s, ${worst.mb} MB (limits: 10 s, 1024 MB)`);
console.log(
  `whole folder as one batch (default pool): ${batch.seconds.toFixed(2)} s, peak ${batch.mb} MB, exit ${batch.code}`,
);
