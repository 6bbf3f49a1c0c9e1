// What the command line leaves for V8's old generation. Objects that outlive two collections of the young generation
// are moved to the old one and wait there for a full collection; in a batch that is the memory a worker's heap grows
// by (docs/DECISIONS.md, "No object spread given more fields"), and bytes surviving the main thread's young
// collections count toward V8 doubling its young generation, which a run then keeps to its end (BENCHMARKS.md,
// "Issue 15, session 13"). The compiled command line runs in a child node with the collector's trace on (Node 20's
// `--trace-gc-nvp` lines), and what its young-generation collections promoted or kept is summed.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readmeWorkbooks, workbook } from "../helpers/fixtures";
import { tmpDir } from "./helpers";

const LIB = path.resolve(__dirname, "../../lib");

/** What the young collections did while `script` ran between its lines MEASURE and END. */
interface Survival {
  /** Bytes moved to the old generation. */
  promoted: number;
  /** Bytes promoted or copied within the young generation. */
  survived: number;
  scavenges: number;
}

function survivalOf(script: string, flags: string[]): Survival {
  const r = spawnSync(process.execPath, [...flags, "--trace-gc-nvp", "-e", script], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status).toBe(0);
  const from = r.stdout.search(/^MEASURE$/m);
  const measured = r.stdout.slice(from, from + r.stdout.slice(from).search(/^END\b/m));
  expect(from).toBeGreaterThanOrEqual(0);
  const field = (line: string, name: string) => Number(new RegExp(`\\b${name}=(\\d+)`).exec(line)?.[1] ?? NaN);
  const s: Survival = { promoted: 0, survived: 0, scavenges: 0 };
  for (const line of measured.split("\n")) {
    if (!/\bgc=s\b/.test(line)) continue;
    s.scavenges++;
    s.promoted += field(line, "promoted");
    s.survived += field(line, "promoted") + field(line, "new_space_survived");
  }
  return s;
}

test("once warm, a workbook's run promotes under 4 KB to the old generation (16 KB a file with object spreads)", () => {
  const runs = 2000;
  const out = tmpDir("selfeval-young-");
  const files = readmeWorkbooks().map(workbook);
  const script = `
    const path = require("node:path");
    const { builtInProfile } = require(${JSON.stringify(path.join(LIB, "core"))});
    const { fileJob, processFile } = require(${JSON.stringify(path.join(LIB, "cli/processFile"))});
    const files = ${JSON.stringify(files)};
    const settings = { inPlace: false, backup: false, mode: "score", profile: builtInProfile("central-2020"),
      lang: "zh", marks: "problems", reportEntries: true };
    const run = (i) => processFile(fileJob(settings, { input: files[i % files.length], display: "x.xlsx",
      output: path.join(${JSON.stringify(out)}, "x" + (i % 7) + ".xlsx") }));
    for (let i = 0; i < 500; i++) run(i);
    console.log("MEASURE");
    for (let i = 0; i < ${runs}; i++) run(i);
    console.log("END");`;
  // with the workers' young generation (4 MB semi-spaces)
  const s = survivalOf(script, ["--max-semi-space-size=4"]);
  fs.rmSync(out, { recursive: true, force: true });
  expect(s.scavenges).toBeGreaterThan(10); // the trace was read: 2,000 runs allocate far more than 4 MB
  expect(s.promoted / runs).toBeLessThan(4096);
}, 120000);

// Measured after a full collection: what loading the modules left in the young generation would otherwise be counted
// (36-41 bytes a file, moving with the size of the core the listing loads; 13-14 after the collection).
test("listing a folder of 20,000 workbooks keeps under 25 bytes a file through young collections", () => {
  const dir = tmpDir("selfeval-listing-");
  const files = 20000;
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `单位${String(i).padStart(5, "0")}.xlsx`), "");
  const script = `
    const { expandInputs } = require(${JSON.stringify(path.join(LIB, "cli/folderWalk"))});
    global.gc();
    console.log("MEASURE");
    const listed = expandInputs([${JSON.stringify(dir)}], null);
    console.log("END", listed.files.length);`;
  const s = survivalOf(script, ["--expose-gc"]);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(s.scavenges).toBeGreaterThan(3); // sorting 20,000 names allocates far more than the young generation
  expect(s.survived / files).toBeLessThan(25);
}, 120000);
