// `npm run bench`: the project's performance figures, each next to its floor or baseline measured in the same run
// (paired and alternating where two things are compared, medians with their quartiles). `npm run bench -- 2 6` runs
// some sections; BENCH_BATCHES=1000,10000 (the default) sets section 3's batch sizes.
// 1. core rows/s on a synthetic 30,000-row table vs one regular expression per target and completed cell, and the
//    value reader's cells/s warm (memo hits) and cold;
// 2. one workbook file, as the command line processes it, vs the floor (unzip, put the sheet back, rezip, write);
// 3. batches of 1,000 and 10,000 workbooks, the default pool vs --jobs 1: wall, CPU, peak memory;
// 4. the Excel host's syncs and payload per run (fake context) vs a row-by-row add-in;
// 5. a 200-file batch in Chromium vs the command line (when Chromium is installed);
// 6. a 30,000-row sheet with merged level cells end to end, and the cost per row at 300, 3,000 and 30,000 rows.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { copies, runTimed } from "./bench/batch.mjs";
import { floorOf } from "./bench/floor.mjs";
import { ensureBuilt } from "./builds.mjs";
import { rebuildPlan } from "./bench/planFloor.mjs";
import { inTurn, median, paired, spread } from "./bench/stats.mjs";
import { syntheticGrid } from "./bench/synthetic.mjs";
import { syntheticBook } from "./bench/syntheticBook.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const only = process.argv.slice(2);
const want = (n) => only.length === 0 || only.includes(String(n));
ensureBuilt("cli"); // when lib/ is older than src/ (or missing): never time code that is no longer there
const core = require(path.join(ROOT, "lib/core"));
const lib = {
  zip: require(path.join(ROOT, "lib/xlsx/zip")),
  zipWrite: require(path.join(ROOT, "lib/xlsx/zipWrite")),
  nodeCodec: require(path.join(ROOT, "lib/cli/nodeCodec")),
};
const xlsx = require(path.join(ROOT, "lib/xlsx"));
const reader = require(path.join(ROOT, "lib/core/parse"));
const { processFile } = require(path.join(ROOT, "lib/cli/processFile"));
const profile = core.builtInProfile("central-2020");
const BIN = path.join(ROOT, "bin/selfeval.js");
const timeIt = (runs, f) => {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return median(t);
};
const ms = (f) => () => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
process.on("exit", () => fs.rmSync(tmpRoot, { recursive: true, force: true }));

console.log(
  `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load (1/5/15 min) ${load()}`,
);

if (want(1)) {
  const N = 30000;
  const grid = syntheticGrid(N);
  const coldMs = timeIt(1, () => core.scoreWorkbook(grid, { mode: "score", profile, fileName: "warm" }));
  const coreMs = timeIt(9, () => core.scoreWorkbook(grid, { mode: "score", profile, fileName: "s.xlsx" }));
  const re = /^([≥≤><]?)(\d+(?:\.\d+)?)(.*)$/;
  const rows = grid.sheets[0].values.slice(10, 10 + N);
  let hits = 0;
  const baseMs = timeIt(9, () => {
    for (const r of rows) {
      if (re.exec(String(r[3]))) hits++;
      if (re.exec(String(r[4]))) hits++;
    }
  });
  if (hits === 0) throw new Error("baseline matched nothing");
  const merged = syntheticGrid(N, { mergedLevels: true });
  core.scoreWorkbook(merged, { mode: "score", profile, fileName: "warm" });
  const mergedMs = timeIt(9, () => core.scoreWorkbook(merged, { mode: "score", profile, fileName: "m.xlsx" }));
  const plan = core.scoreWorkbook(grid, { mode: "score", profile, fileName: "s.xlsx" });
  rebuildPlan(plan);
  const floorMs = timeIt(9, () => rebuildPlan(plan));
  console.log(`\n1. core on a synthetic ${N}-row table (median of 9 after the first, cold run)`);
  console.log(
    `   full core:        ${Math.round((N / coreMs) * 1000).toLocaleString("en")} rows/s (${coreMs.toFixed(1)} ms; ${plan.writes.length} cells planned, ${plan.report.tables[0].findings.length} findings)`,
  );
  console.log(
    `   merged level cells: ${Math.round((N / mergedMs) * 1000).toLocaleString("en")} rows/s (${mergedMs.toFixed(1)} ms; level 1 merged down the table, each level 2 down to the next)`,
  );
  console.log(
    `   first (cold) run: ${Math.round((N / coldMs) * 1000).toLocaleString("en")} rows/s (${coldMs.toFixed(1)} ms: compiling and growing the heap)`,
  );
  console.log(
    `   baseline (1 regex per target+actual): ${Math.round((N / baseMs) * 1000).toLocaleString("en")} rows/s (${baseMs.toFixed(1)} ms)`,
  );
  console.log(`   ratio: core is ${(coreMs / baseMs).toFixed(1)}× the baseline's time (goal ≤ 5×)`);
  const cells = rows.flatMap((r) => [r[3], r[4]]);
  const readAll = () => cells.forEach((c) => reader.parseValue(c, { tableYear: 2021 }));
  const warmMs = timeIt(9, readAll);
  const coldReadMs = timeIt(9, () =>
    cells.forEach((c) => (reader.clearParseCache(), reader.parseValue(c, { tableYear: 2021 }))),
  );
  const rate = (n, t) => Math.round((n / t) * 1000).toLocaleString("en");
  console.log(
    `   value reader on the table's ${cells.length} target and completed cells: ${rate(cells.length, warmMs)} cells/s warm (memo hits), ${rate(cells.length, coldReadMs)} cells/s cold (memo cleared before each), baseline ${rate(2 * N, baseMs)} cells/s`,
  );
  console.log(
    `   plan floor (allocating this plan's writes, indicators and findings with their texts; no reading or scoring): ${Math.round((N / floorMs) * 1000).toLocaleString("en")} rows/s (${floorMs.toFixed(1)} ms, ${(floorMs / baseMs).toFixed(1)}× the baseline)`,
  );
}

if (want(2)) {
  console.log(
    `\n2. one workbook file as the command line processes it (read the file, read, score, write, write the copy) vs its`,
  );
  console.log(
    `   floor (read the file, inflate every part, put the edited sheet back deflated, rezip, write the copy); paired, 200 rounds after 30`,
  );
  for (const name of ["foreign/project-gansu-2021-libreoffice.xlsx", "project-gansu-2021.xlsx"]) {
    const input = path.join(ROOT, "test/fixtures/workbooks", name);
    const dir = fs.mkdtempSync(path.join(tmpRoot, "one-"));
    const bytes = new Uint8Array(fs.readFileSync(input));
    const wb = xlsx.readXlsx(bytes, "x.xlsx", { codec: lib.nodeCodec.nodeCodec });
    const plan = core.scoreWorkbook(wb.grid, { mode: "score", profile, fileName: "x.xlsx" });
    const sheetPart = wb.zip.entries.find(
      (e) =>
        e.name.replace(/^\/+/, "").toLowerCase() ===
        wb.sheets.find((s) => s.name === plan.writes[0].sheet).path.toLowerCase(),
    ).name;
    const job = { input, display: name, output: "", inPlace: false, backup: true, mode: "score", profile, lang: "zh" };
    // each round's copy gets a new name on both sides, as in a batch (scripts/bench/floor.mjs says why)
    let copies = 0;
    const scoreOne = () => processFile({ ...job, output: path.join(dir, `scored-${copies++}.xlsx`) });
    const [one, floor] = [ms(scoreOne), ms(floorOf(lib, input, sheetPart, dir))];
    const r = paired(200, 30, one, floor);
    // then as in a batch: both warmed up by 2,000 more rounds (a batch's files after its first thousand or so)
    const warm = paired(200, 2000, one, floor);
    const read = timeIt(100, () => xlsx.readXlsx(bytes, "x.xlsx", { codec: lib.nodeCodec.nodeCodec }));
    const score = timeIt(100, () => core.scoreWorkbook(wb.grid, { mode: "score", profile, fileName: "x.xlsx" }));
    const write = timeIt(100, () => xlsx.applyPlan(wb, plan.writes));
    console.log(
      `   ${path.basename(name)} (${bytes.length} bytes): workbook ${spread(r.a, 2)} ms, floor ${spread(r.b, 2)} ms: ratio ${spread(r.ratio, 2)} (goal ≤ 3)`,
    );
    console.log(
      `     warmed up as in a batch (after 2,000 rounds): workbook ${spread(warm.a, 2)} ms, floor ${spread(warm.b, 2)} ms: ratio ${spread(warm.ratio, 2)}`,
    );
    console.log(
      `     in memory: read ${read.toFixed(2)} ms | score ${score.toFixed(2)} ms | write + zip ${write.toFixed(2)} ms`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (want(3)) {
  const sizes = (process.env.BENCH_BATCHES ?? "1000,10000")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  console.log(
    `\n3. batches of workbooks: selfeval score DIR --out OUT --json REPORT, the default (A) vs --jobs 1 (B), in turn, 3 rounds`,
  );
  for (const n of sizes) {
    const dir = path.join(tmpRoot, `batch${n}`);
    copies(ROOT, path.join(dir, "in"), n);
    const args = (jobs) => [
      BIN,
      "score",
      path.join(dir, "in"),
      "--out",
      path.join(dir, "out"),
      "--json",
      path.join(dir, "r.json"),
      ...jobs,
    ];
    // on two cores the default runs one worker (this thread stores its copies): one worker per core is timed too
    const perCore =
      (typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length) === 2;
    const [a, b, c] = inTurn(3, [
      () => runTimed(args([])),
      () => runTimed(args(["--jobs", "1"])),
      ...(perCore ? [() => runTimed(args(["--jobs", "2"]))] : []),
    ]);
    const r = { a, b };
    const fig = (runs, k, d) =>
      spread(
        runs.map((x) => x[k]),
        d,
      );
    const bad = [...r.a, ...r.b].filter((x) => x.status !== 0).length;
    console.log(`   ${n.toLocaleString("en")} workbooks${bad ? ` (${bad} runs did not exit 0)` : ""}, load ${load()}:`);
    console.log(
      `     default: ${fig(r.a, "wall", 2)} s wall, ${fig(r.a, "cpu", 2)} s CPU, peak ${fig(r.a, "peakMb", 0)} MB${n === 1000 ? " (goal ≤ 3 s on 2 cores)" : ""}`,
    );
    console.log(
      `     --jobs 1: ${fig(r.b, "wall", 2)} s wall, ${fig(r.b, "cpu", 2)} s CPU, peak ${fig(r.b, "peakMb", 0)} MB`,
    );
    console.log(
      `     default / --jobs 1: wall ${spread(r.a.map((x, i) => x.wall / r.b[i].wall))} (goal ≤ 1), CPU ${spread(r.a.map((x, i) => x.cpu / r.b[i].cpu))} (goal ≤ 1.1)`,
    );
    if (c)
      console.log(
        `     --jobs 2 (one worker per core): ${fig(c, "wall", 2)} s wall, ${fig(c, "cpu", 2)} s CPU, peak ${fig(c, "peakMb", 0)} MB; / --jobs 1: wall ${spread(c.map((x, i) => x.wall / r.b[i].wall))}, CPU ${spread(c.map((x, i) => x.cpu / r.b[i].cpu))}`,
      );
    if (n === sizes[0]) await mainThreadShare(path.join(dir, "in"), n);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** This thread's CPU time in ms (user + system, from Linux's /proc; USER_HZ is 100), or null where there is none. */
function threadCpuMs() {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The main thread's CPU time per file while two workers score: what bounds a pool of many workers, since the main
 *  thread takes every result and writes it out. (Its event-loop utilisation counts as busy the time it waits for a
 *  core too — on two cores shared with two workers, about twice its CPU time; used only where /proc is missing.) */
async function mainThreadShare(inDir, n) {
  const pool = require(path.join(ROOT, "lib/cli/pool"));
  const { ReportStream } = require(path.join(ROOT, "lib/cli/reportStream"));
  const files = fs
    .readdirSync(inDir)
    .sort()
    .map((f) => ({ input: path.join(inDir, f), display: f, output: path.join(inDir, "..", "elu", f) }));
  const report = new ReportStream(path.join(inDir, "..", "elu.json"), profile.id);
  const sink = fs.openSync("/dev/null", "w");
  const before = performance.eventLoopUtilization();
  const cpu0 = threadCpuMs();
  const t0 = performance.now();
  await pool.runOnWorkers(
    {
      files,
      settings: {
        inPlace: false,
        backup: true,
        mode: "score",
        profile,
        lang: "zh",
        marks: "problems",
        reportEntries: true,
      },
      bytes: Infinity,
      jobsWanted: 2,
      onResult: (_i, r) => (fs.writeSync(sink, r.lines + "\n"), report.add(r.json)),
    },
    2,
  );
  report.finish();
  fs.closeSync(sink);
  const cpu1 = threadCpuMs();
  const elu = performance.eventLoopUtilization(before);
  const wallMs = performance.now() - t0;
  const cpuMs = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
  const perFile = (cpuMs ?? elu.active) / n;
  const what = cpuMs === null ? "event loop busy" : `CPU ${cpuMs} ms (event loop busy ${Math.round(elu.active)} ms)`;
  console.log(
    `     main thread (2 workers, in process, ${(wallMs / 1000).toFixed(2)} s): ${what}, ${(perFile * 1000).toFixed(0)} µs a file: it could keep up with ${Math.round(1000 / perFile).toLocaleString("en")} files/s`,
  );
}

if (want(4)) {
  console.log(`\n4. Excel host on the fake context: syncs and payload per run vs a row-by-row add-in`);
  const r = spawnSync(
    path.join(ROOT, "node_modules/.bin/jest"),
    ["test/excel/hostScale.test.ts", "--silent=false", "--verbose=false"],
    { cwd: ROOT, encoding: "utf8" },
  );
  const lines = (r.stdout + r.stderr).split("\n").filter((l) => /^\s+\d+ rows/.test(l));
  console.log(
    lines.length ? lines.map((l) => "   " + l.trim()).join("\n") : "   (jest run failed)\n" + r.stderr.slice(-2000),
  );
}

if (want(5)) {
  console.log(`\n5. 200-file batch: browser page vs command line on the same files, 3 rounds each way`);
  console.log(
    `   (cold: dropped as the page shows; warm: once the page has warmed its workers up, ~1 s after opening)`,
  );
  try {
    const { benchWeb } = await import("./bench-web.mjs");
    const rounds = { cold: [], warm: [] };
    for (let i = 0; i < 3; i++)
      for (const warm of [false, true]) rounds[warm ? "warm" : "cold"].push(await benchWeb({ files: 200, warm }));
    for (const [kind, rs] of Object.entries(rounds))
      console.log(
        `   ${kind}: browser ${spread(rs.map((b) => b.browserMs / 1000))} s vs selfeval ${spread(rs.map((b) => b.cliMs / 1000))} s: ratio ${spread(rs.map((b) => b.browserMs / b.cliMs))} (goal ≤ 1.5)`,
      );
    const all = [...rounds.cold, ...rounds.warm];
    console.log(
      `   longest main-thread task of the page's own ${Math.max(...all.map((b) => b.longestTaskMs))} ms (goal ≤ 200), largest timer gap ${Math.max(...all.map((b) => b.maxTimerGapMs))} ms; the browser's own file selection before it (making 200 File objects) up to ${Math.max(...all.map((b) => b.selectionMs))} ms`,
    );
  } catch (e) {
    console.log(`   skipped: ${e.message}`);
  }
}

if (want(6)) {
  console.log(
    `\n6. a sheet of N rows with merged level cells (level 1 down the table, each level 2 down to the next), scored`,
  );
  const dir = path.join(tmpRoot, "rows");
  fs.mkdirSync(dir);
  const sizes = [300, 3000, 30000];
  for (const n of sizes) fs.writeFileSync(path.join(dir, `rows${n}.xlsx`), syntheticBook(n));
  const cli = Array.from({ length: 5 }, () =>
    runTimed([
      BIN,
      "score",
      path.join(dir, "rows30000.xlsx"),
      "--out",
      path.join(dir, "out"),
      "--json",
      path.join(dir, "r.json"),
    ]),
  );
  console.log(
    `   30,000 rows end to end (selfeval score FILE --out --json, whole process, 5 runs): ${spread(cli.map((r) => r.wall))} s, peak ${spread(
      cli.map((r) => r.peakMb),
      0,
    )} MB (goal ≤ 1 s)`,
  );
  const perRow = {};
  for (let round = 0; round < 7; round++) {
    for (const n of sizes) {
      const job = {
        input: path.join(dir, `rows${n}.xlsx`),
        display: "x",
        output: path.join(dir, "out", `in${n}.xlsx`),
        inPlace: false,
        backup: true,
        mode: "score",
        profile,
        lang: "zh",
      };
      const reps = Math.max(1, 3000 / n);
      const t =
        timeIt(1, () => {
          for (let i = 0; i < reps; i++) processFile(job);
        }) / reps;
      if (round > 0) (perRow[n] ??= []).push((t / n) * 1000);
    }
  }
  console.log(
    `   cost per row in process (read + score + write, file to file; 6 rounds after one warm-up): ${sizes.map((n) => `${n.toLocaleString("en")} rows ${spread(perRow[n], 1)} µs`).join(", ")}`,
  );
  console.log(`   30,000 rows / 300 rows: ${(median(perRow[30000]) / median(perRow[300])).toFixed(2)} (goal ≤ 1.5)`);
}
