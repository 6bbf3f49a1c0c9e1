// Real-browser tests of the web page and the Excel task pane build (playwright-core + Debian's Chromium).
// Usage: node scripts/browser-tests.mjs [--build] [--grep TEXT]
// Builds dist/ (npm run build) and lib/ (npm run build:cli) with --build or when missing or older than their
// sources (scripts/builds.mjs); serves dist/ on a free 127.0.0.1 port; prints one line per test and last
// `N passed, M failed` (exit 1 if any failed).
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./builds.mjs";
import { startServer } from "./serve-web.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.resolve(process.env.DIST ?? path.join(ROOT, "dist"));
const argv = process.argv.slice(2);
const build = argv.includes("--build");
const grep = argv.includes("--grep") ? (argv[argv.indexOf("--grep") + 1] ?? "") : "";

const { CHROMIUM, CHROMIUM_ARGS, DOCS_IMAGES, RESULTS_DIR } = await import("../test/browser/harness.mjs");

if (!existsSync(CHROMIUM)) {
  console.error(`未找到 Chromium：${CHROMIUM}。请先安装：apt-get install -y chromium（或用 CHROMIUM_PATH 指定路径）`);
  console.error(
    `Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const given =
  process.env.DIST && existsSync(path.join(DIST, "index.html")) && existsSync(path.join(DIST, "taskpane.html"));
if (process.env.DIST && !given) console.log(`DIST=${DIST} is incomplete; building into dist/ instead`);
try {
  // dist/ and lib/ built again when asked, missing or older than their sources (a folder given as DIST is used as is)
  if (!given) ensureBuilt("page", { always: build });
  ensureBuilt("cli", { always: build });
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const { chromium } = await import("playwright-core");
const { fixtureTests } = await import("../test/browser/fixtures.test.mjs");
const { pageTests } = await import("../test/browser/page.test.mjs");
const { batchTests } = await import("../test/browser/batch.test.mjs");
const { paneTests } = await import("../test/browser/pane.test.mjs");
const { serverTests } = await import("../test/browser/server.test.mjs");
const { paneResultsTests } = await import("../test/browser/paneResults.test.mjs");
const { familyTests } = await import("../test/browser/families.test.mjs");
const { oldExcelTests } = await import("../test/browser/oldExcel.test.mjs");
const { hostileTests } = await import("../test/browser/hostile.test.mjs");
const { reportTests } = await import("../test/browser/reports.test.mjs");
const { pathTests } = await import("../test/browser/paths.test.mjs");

const tests = [
  ...serverTests,
  ...(await fixtureTests()),
  ...familyTests,
  ...pageTests,
  ...paneTests,
  ...paneResultsTests,
  ...reportTests,
  ...pathTests,
  ...oldExcelTests,
  ...hostileTests,
  ...batchTests,
].filter((t) => t.name.includes(grep));
const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-browser-"));
const env = { browser, base: server.url, tmp, dist: DIST, rebuild: build };
console.log(`Chromium ${browser.version()} · serving ${DIST} at ${server.url}`);

let passed = 0;
let failed = 0;
for (const test of tests) {
  const started = Date.now();
  try {
    const note = await test.run(env);
    passed++;
    console.log(`ok   ${test.name} (${Date.now() - started} ms)${note ? ` — ${note}` : ""}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${test.name} (${Date.now() - started} ms) — ${err instanceof Error ? err.message : String(err)}`);
  }
}

await browser.close();
await server.close();
await fs.rm(tmp, { recursive: true, force: true });

// The README pictures come from this run's screenshots.
const pictures = [
  "page-results.png",
  "page-reviewer.png",
  "pane-first-run-zh.png",
  "pane-zh.png",
  "pane-en.png",
  "old-excel-pane.png",
  "ribbon-dialog.png",
];
if (pictures.every((p) => existsSync(path.join(RESULTS_DIR, p)))) {
  await fs.mkdir(DOCS_IMAGES, { recursive: true });
  for (const p of pictures) await fs.copyFile(path.join(RESULTS_DIR, p), path.join(DOCS_IMAGES, p));
  console.log(
    `screenshots in ${path.relative(ROOT, RESULTS_DIR)}/, README pictures copied to ${path.relative(ROOT, DOCS_IMAGES)}/`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
