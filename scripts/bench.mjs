// `npm run bench`: prints the project's performance figures, each next to its baseline measured in the same run.
// 1. core rows/s on a synthetic 30,000-row table vs one regular expression per target and completed cell;
// 2. one workbook's time split into unzip / read / score / write+zip;
// 3. 1,000 workbooks scored with `selfeval score` (wall time, peak memory);
// 4. the Excel host's syncs and payload per run (fake context) vs a row-by-row add-in;
// 5. a 200-file batch in Chromium vs the command line (when Chromium is installed).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { rebuildPlan } from "./bench/planFloor.mjs";
import { syntheticGrid } from "./bench/synthetic.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const only = process.argv.slice(2);
const want = (n) => only.length === 0 || only.includes(String(n));
if (!fs.existsSync(path.join(ROOT, "lib/core/index.js"))) spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "inherit" });
const core = require(path.join(ROOT, "lib/core"));
const xlsx = require(path.join(ROOT, "lib/xlsx"));
const zip = require(path.join(ROOT, "lib/xlsx/zip"));
const profile = core.builtInProfile("central-2020");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeIt = (runs, f) => { const t = []; for (let i = 0; i < runs; i++) { const t0 = performance.now(); f(); t.push(performance.now() - t0); } return median(t); };

console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`);

if (want(1)) {
  const N = 30000;
  const grid = syntheticGrid(N);
  const coldMs = timeIt(1, () => core.scoreWorkbook(grid, { mode: "score", profile, fileName: "warm" }));
  const coreMs = timeIt(9, () => core.scoreWorkbook(grid, { mode: "score", profile, fileName: "s.xlsx" }));
  const re = /^([≥≤><]?)(\d+(?:\.\d+)?)(.*)$/;
  const rows = grid.sheets[0].values.slice(10, 10 + N);
  let hits = 0;
  const baseMs = timeIt(9, () => { for (const r of rows) { if (re.exec(String(r[3]))) hits++; if (re.exec(String(r[4]))) hits++; } });
  if (hits === 0) throw new Error("baseline matched nothing");
  const merged = syntheticGrid(N, { mergedLevels: true });
  core.scoreWorkbook(merged, { mode: "score", profile, fileName: "warm" });
  const mergedMs = timeIt(9, () => core.scoreWorkbook(merged, { mode: "score", profile, fileName: "m.xlsx" }));
  const plan = core.scoreWorkbook(grid, { mode: "score", profile, fileName: "s.xlsx" });
  rebuildPlan(plan);
  const floorMs = timeIt(9, () => rebuildPlan(plan));
  console.log(`\n1. core on a synthetic ${N}-row table (median of 9 after the first, cold run)`);
  console.log(`   full core:        ${Math.round(N / coreMs * 1000).toLocaleString("en")} rows/s (${coreMs.toFixed(1)} ms; ${plan.writes.length} cells planned, ${plan.report.tables[0].findings.length} findings)`);
  console.log(`   merged level cells: ${Math.round(N / mergedMs * 1000).toLocaleString("en")} rows/s (${mergedMs.toFixed(1)} ms; level 1 merged down the table, each level 2 down to the next)`);
  console.log(`   first (cold) run: ${Math.round(N / coldMs * 1000).toLocaleString("en")} rows/s (${coldMs.toFixed(1)} ms: compiling and growing the heap)`);
  console.log(`   baseline (1 regex per target+actual): ${Math.round(N / baseMs * 1000).toLocaleString("en")} rows/s (${baseMs.toFixed(1)} ms)`);
  console.log(`   ratio: core is ${(coreMs / baseMs).toFixed(1)}× the baseline's time (goal ≤ 5×)`);
  console.log(`   plan floor (allocating this plan's writes, indicators and findings with their texts; no reading or scoring): ${Math.round(N / floorMs * 1000).toLocaleString("en")} rows/s (${floorMs.toFixed(1)} ms, ${(floorMs / baseMs).toFixed(1)}× the baseline)`);
}

if (want(2)) {
  const src = path.join(ROOT, "test/fixtures/workbooks/foreign/project-gansu-2021-libreoffice.xlsx");
  const bytes = new Uint8Array(fs.readFileSync(src));
  const runs = 30;
  const unzip = timeIt(runs, () => { const z = zip.readZip(bytes, "x.xlsx"); for (const e of z.entries) zip.entryData(z, e, "x.xlsx"); });
  const read = timeIt(runs, () => xlsx.readXlsx(bytes, "x.xlsx"));
  const wb = xlsx.readXlsx(bytes, "x.xlsx");
  const score = timeIt(runs, () => core.scoreWorkbook(wb.grid, { mode: "score", profile, fileName: "x.xlsx" }));
  const plan = core.scoreWorkbook(wb.grid, { mode: "score", profile, fileName: "x.xlsx" });
  const write = timeIt(runs, () => xlsx.applyPlan(wb, plan.writes));
  console.log(`\n2. one workbook (${path.basename(src)}, ${bytes.length} bytes, median of ${runs})`);
  console.log(`   unzip every part ${unzip.toFixed(2)} ms | read (unzip + parse into grids) ${read.toFixed(2)} ms | score ${score.toFixed(2)} ms | write + zip ${write.toFixed(2)} ms | total ${(read + score + write).toFixed(2)} ms`);
  console.log(`   baseline: unzipping every part alone is ${(unzip / (read + score + write) * 100).toFixed(0)}% of the whole`);
}

if (want(3)) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
  const inDir = path.join(tmp, "in");
  fs.mkdirSync(inDir);
  const srcs = ["project-gansu-2021.xlsx", "department-gansu-2021.xlsx", "project-gansu-2021-split.xlsx", "department-gansu-2021-split.xlsx"]
    .map((n) => path.join(ROOT, "test/fixtures/workbooks", n));
  for (let i = 0; i < 1000; i++) fs.copyFileSync(srcs[i % srcs.length], path.join(inDir, `单位${String(i).padStart(4, "0")}.xlsx`));
  const args = [path.join(ROOT, "bin/selfeval.js"), "score", inDir, "--out", path.join(tmp, "out"), "--json", path.join(tmp, "r.json")];
  const hasTime = fs.existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = hasTime ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8" }) : spawnSync(process.execPath, args, { encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  const rss = hasTime ? Number((/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) ?? [])[1]) / 1024 : NaN;
  const t1 = performance.now();
  spawnSync(process.execPath, [...args, "--jobs", "1"], { encoding: "utf8" });
  const single = (performance.now() - t1) / 1000;
  console.log(`\n3. 1,000 workbooks with selfeval score (exit ${r.status})`);
  console.log(`   all cores: ${wall.toFixed(2)} s wall, peak memory ${Number.isNaN(rss) ? "n/a (no /usr/bin/time)" : rss.toFixed(0) + " MB"} (goal ≤ 10 s, ≤ 1 GB)`);
  console.log(`   baseline, one core (--jobs 1): ${single.toFixed(2)} s`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (want(4)) {
  console.log(`\n4. Excel host on the fake context: syncs and payload per run vs a row-by-row add-in`);
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/jest"), ["test/excel/hostScale.test.ts", "--silent=false", "--verbose=false"], { cwd: ROOT, encoding: "utf8" });
  const lines = (r.stdout + r.stderr).split("\n").filter((l) => /^\s+\d+ rows/.test(l));
  console.log(lines.length ? lines.map((l) => "   " + l.trim()).join("\n") : "   (jest run failed)\n" + r.stderr.slice(-2000));
}

if (want(5)) {
  console.log(`\n5. 200-file batch: browser page vs command line`);
  try {
    const { benchWeb } = await import("./bench-web.mjs");
    const b = await benchWeb({ files: 200 });
    console.log(`   browser ${(b.browserMs / 1000).toFixed(2)} s (longest task ${b.longestTaskMs} ms, largest timer gap ${b.maxTimerGapMs} ms) vs selfeval ${(b.cliMs / 1000).toFixed(2)} s: ratio ${(b.browserMs / b.cliMs).toFixed(2)} (goal ≤ 2)`);
  } catch (e) {
    console.log(`   skipped: ${e.message}`);
  }
}
