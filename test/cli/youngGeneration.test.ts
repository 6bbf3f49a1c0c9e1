// What one workbook's run leaves for V8's old generation: next to nothing once warm. Objects that outlive two
// collections of the young generation are moved to the old one and wait there for a full collection; in a batch
// that is the memory a worker's heap grows by (docs/DECISIONS.md, "No object spread given more fields"). The compiled
// command line's processFile runs in a child node with the collector's trace on (Node 20's `--trace-gc-nvp` lines),
// and the bytes its young-generation collections promoted are summed.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readmeWorkbooks, workbook } from "../helpers/fixtures";
import { tmpDir } from "./helpers";

const LIB = path.resolve(__dirname, "../../lib");
const WARM = 500;
const RUNS = 2000;

/** Bytes promoted by the young generation's collections while `RUNS` files are processed after `WARM` (a marker
 *  line in the trace separates them), with the workers' young generation (4 MB semi-spaces). */
function promotedPerFile(): number {
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
    for (let i = 0; i < ${WARM}; i++) run(i);
    console.log("MEASURE");
    for (let i = 0; i < ${RUNS}; i++) run(i);`;
  const r = spawnSync(process.execPath, ["--max-semi-space-size=4", "--trace-gc-nvp", "-e", script], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.rmSync(out, { recursive: true, force: true });
  expect(r.status).toBe(0);
  const measured = r.stdout.slice(r.stdout.indexOf("MEASURE"));
  let promoted = 0;
  let scavenges = 0;
  for (const line of measured.split("\n")) {
    if (!/\bgc=s\b/.test(line)) continue;
    scavenges++;
    promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? NaN);
  }
  expect(scavenges).toBeGreaterThan(10); // the trace was read: 2,000 runs allocate far more than 4 MB
  return promoted / RUNS;
}

test("once warm, a workbook's run promotes under 4 KB to the old generation (16 KB a file with object spreads)", () => {
  expect(promotedPerFile()).toBeLessThan(4096);
}, 120000);
