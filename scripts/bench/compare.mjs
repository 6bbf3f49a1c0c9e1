// `npm run bench:compare -- REV`: this working tree against another revision, measured in the same run, alternating
// (A B, then B A, …), so a change's cost shows as a ratio the machine's drifting load moves alike. REV is built into
// a temporary worktree (its lib/, with this tree's node_modules). Three figures:
// 1. the core on a synthetic 30,000-row table (CPU time per scoring, merged level cells);
// 2. one workbook file as the command line processes it (processFile: read the file, score, write the copy);
// 3. a batch of 200 workbooks as a whole process (selfeval score DIR --out --json, --jobs 1).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { copies, runTimed } from "./batch.mjs";
import { paired, spread } from "./stats.mjs";
import { syntheticGrid } from "./synthetic.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const rev = process.argv[2] ?? "HEAD~1";

function sh(cmd, args, cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

/** Builds `revision` in a temporary worktree; returns its root (removed by the caller). */
function buildRevision(revision) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-compare-"));
  sh("git", ["worktree", "add", "--detach", dir, revision]);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  sh(path.join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.cli.json"], dir);
  return dir;
}

/** What one build is measured through. */
function side(root) {
  const core = require(path.join(root, "lib/core"));
  const { processFile } = require(path.join(root, "lib/cli/processFile"));
  return { root, core, processFile, profile: core.builtInProfile("central-2020") };
}

function cpuMs(f) {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function report(title, r, unit, digits) {
  console.log(`${title}\n  this tree: ${spread(r.a, digits)} ${unit}\n  ${rev}: ${spread(r.b, digits)} ${unit}`);
  console.log(`  ratio this / ${rev}: ${spread(r.ratio, 3)} (1 = no change; above 1 = slower)`);
}

function coreFigure(now, then) {
  const grid = syntheticGrid(30000, { mergedLevels: true });
  const score = (s) => () =>
    cpuMs(() => s.core.scoreWorkbook(grid, { mode: "score", profile: s.profile, fileName: "s" }));
  const r = paired(9, 2, score(now), score(then));
  report("1. core, 30,000 rows with merged level cells (CPU per scoring, 9 pairs)", r, "ms", 1);
}

function fileFigure(now, then, dir) {
  const input = path.join(ROOT, "test/fixtures/workbooks/project-gansu-2021.xlsx");
  const job = (s, out) => ({
    input,
    display: "p.xlsx",
    output: path.join(dir, out),
    inPlace: false,
    backup: false,
    mode: "score",
    profile: s.profile,
    lang: "zh",
    marks: "problems",
  });
  const once = (s, out) => () => {
    fs.rmSync(path.join(dir, out), { force: true });
    const t0 = performance.now();
    s.processFile(job(s, out));
    return performance.now() - t0;
  };
  const r = paired(200, 20, once(now, "a.xlsx"), once(then, "b.xlsx"));
  report("2. one workbook file, processFile (200 pairs)", r, "ms", 2);
}

function batchFigure(now, then, dir) {
  const input = path.join(dir, "in");
  copies(ROOT, input, 200);
  const run = (s, out) => () => {
    fs.rmSync(path.join(dir, out), { recursive: true, force: true });
    const args = [
      path.join(s.root, "bin/selfeval.js"),
      "score",
      input,
      "--out",
      path.join(dir, out),
      "--json",
      path.join(dir, `${out}.json`),
      "--jobs",
      "1",
    ];
    return runTimed(args).wall;
  };
  const r = paired(5, 1, run(now, "oa"), run(then, "ob"));
  report("3. 200 workbooks, selfeval score --jobs 1, whole process (5 pairs)", r, "s", 2);
}

const other = buildRevision(rev);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-compare-files-"));
try {
  if (!fs.existsSync(path.join(ROOT, "lib/cli/main.js"))) sh("npm", ["run", "build:cli"]);
  const [now, then] = [side(ROOT), side(other)];
  console.log(
    `this tree (${sh("git", ["rev-parse", "--short", "HEAD"])} + changes) vs ${rev} (${sh("git", ["rev-parse", "--short", rev])}); load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" / ")}\n`,
  );
  coreFigure(now, then);
  fileFigure(now, then, dir);
  batchFigure(now, then, dir);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  sh("git", ["worktree", "remove", "--force", other]);
}
