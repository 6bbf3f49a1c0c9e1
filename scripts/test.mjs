// `npm test`: every check of the project, in order, stopping at the first that fails:
// type check, lint, format (Prettier), jest (core, xlsx, CLI, Excel host on the fake context, UI, web), production build with its size
// limits, the offline manifest check, the compiled CLI, and the real-browser tests in Chromium.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { stampBuild } from "./builds.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

function step(title, cmd, args) {
  console.log(`\n=== ${title}: ${[path.basename(cmd), ...args].join(" ")}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  console.log(`=== ${title}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    console.log(`0 passed, 1 failed`);
    process.exit(1);
  }
}

const jestJson = path.join(os.tmpdir(), `selfeval-jest-${process.pid}.json`);
step("type check", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
step("lint", bin("eslint"), ["src", "test", "scripts"]);
step("format", bin("prettier"), ["--check", "--log-level", "warn", "."]);
step("build the command line", bin("tsc"), ["-p", "tsconfig.cli.json"]);
stampBuild("cli"); // the browser tests then see lib/ and dist/ as built (scripts/builds.mjs)
step("unit and integration tests", bin("jest"), ["--json", "--outputFile", jestJson]);
step("production build", bin("webpack"), ["--mode", "production"]);
stampBuild("page");
step("manifest", process.execPath, ["scripts/validate-manifest.mjs"]);
const browserLog = path.join(os.tmpdir(), `selfeval-browser-${process.pid}.log`);
console.log("\n=== real-browser tests: node scripts/browser-tests.mjs");
const b = spawnSync(process.execPath, ["scripts/browser-tests.mjs"], {
  cwd: ROOT,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
fs.writeFileSync(browserLog, b.stdout + b.stderr);
process.stdout.write(b.stdout);
process.stderr.write(b.stderr);
const jest = JSON.parse(fs.readFileSync(jestJson, "utf8"));
const m = /(\d+) passed, (\d+) failed\s*$/.exec(b.stdout.trim());
const bp = m ? Number(m[1]) : 0;
const bf = m ? Number(m[2]) : 1;
console.log(
  `\njest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed (${jest.numTotalTestSuites} suites); browser: ${bp} passed, ${bf} failed`,
);
const failed = jest.numFailedTests + bf + (b.status === 0 ? 0 : bf ? 0 : 1);
console.log(`${jest.numPassedTests + bp} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
