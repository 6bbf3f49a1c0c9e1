// The 200-file batch in the browser page next to the command line on the same files (for `npm run bench`).
// Usage: node scripts/bench-web.mjs [--files N] [--warm] [--json]   (builds dist/ and lib/ when missing or stale)
// Exports benchWeb({ files, warm }) → { files, warm, browserMs, browserWallMs, maxTimerGapMs, longestTaskMs, selectionMs, cliMs }.
// Cold: the files are dropped as soon as the page shows; warm: once the page has warmed its workers up on the
// example (<html data-workers>, about a second after it opens, while a user is still picking files).
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./builds.mjs";
import { startServer } from "./serve-web.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Runs the batch in Chromium and with `selfeval score DIR --out OUT`; returns both times in ms. */
export async function benchWeb({ files: count = 200, warm = false } = {}) {
  ensureBuilt("page"); // dist/ and lib/ built again when older than their sources (scripts/builds.mjs)
  ensureBuilt("cli");
  const { CHROMIUM, CHROMIUM_ARGS } = await import("../test/browser/harness.mjs");
  const { makeBatchFiles, RESPONSIVENESS_PROBE, runBrowserBatch } = await import("../test/browser/batchFiles.mjs");
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-bench-web-"));
  try {
    const dir = path.join(tmp, "in");
    const files = await makeBatchFiles(dir, count);
    const { chromium } = await import("playwright-core");
    const server = await startServer({ root: path.join(ROOT, "dist"), port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    let web;
    try {
      const context = await browser.newContext();
      await context.addInitScript(RESPONSIVENESS_PROBE);
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.url}index.html`);
      await page.locator("h1").first().waitFor();
      if (warm) await page.waitForSelector("html[data-workers]", { state: "attached", timeout: 30000 });
      web = await runBrowserBatch(page, files);
    } finally {
      await browser.close();
      await server.close();
    }
    const started = Date.now();
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "selfeval.js"), "score", dir, "--out", path.join(tmp, "out")],
      { cwd: ROOT, encoding: "utf8" },
    );
    const cliMs = Date.now() - started;
    if (cli.status !== 0) throw new Error(`selfeval exited ${cli.status}: ${cli.stderr.slice(0, 500)}`);
    return {
      files: count,
      warm,
      browserMs: web.pageMs,
      browserWallMs: web.wallMs,
      maxTimerGapMs: web.maxGap,
      longestTaskMs: web.longest,
      selectionMs: web.selectionMs,
      cliMs,
    };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const files = argv.includes("--files") ? Number(argv[argv.indexOf("--files") + 1]) : 200;
  const r = await benchWeb({ files, warm: argv.includes("--warm") });
  if (argv.includes("--json")) console.log(JSON.stringify(r));
  else {
    console.log(
      `浏览器页面 / browser page: ${r.files} files in ${(r.browserMs / 1000).toFixed(2)} s (${(r.browserWallMs / 1000).toFixed(2)} s incl. upload; max timer gap ${r.maxTimerGapMs} ms, longest task of the page's own ${r.longestTaskMs} ms, the browser's file selection ${r.selectionMs} ms)`,
    );
    console.log(
      `命令行 / command line:     ${r.files} files in ${(r.cliMs / 1000).toFixed(2)} s (node bin/selfeval.js score DIR --out OUT)`,
    );
  }
}
