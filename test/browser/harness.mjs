// Shared pieces of the real-browser tests: paths, Chromium launch, the no-foreign-request guard, assertions,
// uploads, downloads and the compiled core/xlsx from lib/ (CommonJS, built by `npm run build:cli`).
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The project's own test fixtures (test/fixtures/, written by `npm run fixtures`). */
export const FIXTURES = path.join(ROOT, "test", "fixtures");
/** The generated workbooks. */
export const WORKBOOKS = path.join(FIXTURES, "workbooks");
/** Where screenshots go. */
export const RESULTS_DIR = path.join(ROOT, "test-results");
/** Where the README pictures go. */
export const DOCS_IMAGES = path.join(ROOT, "docs", "images");
/** Debian's Chromium (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The launch flags of the brief: headless, no sandbox, nothing that talks to Google. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The copies of the fixtures README's workbooks, relative to WORKBOOKS (main folder, then foreign/; not families/). */
export async function fixtureNames() {
  const main = (await fs.readdir(WORKBOOKS)).filter((f) => f.endsWith(".xlsx")).sort();
  const foreign = (await fs.readdir(path.join(WORKBOOKS, "foreign"))).filter((f) => f.endsWith(".xlsx")).sort();
  return [...main, ...foreign.map((f) => `foreign/${f}`)];
}

const requireCjs = createRequire(import.meta.url);

/** The compiled core (its two entries: index and schemas) and xlsx host from lib/ ({ core, schemas, xlsx }). */
export function compiledLib() {
  const core = requireCjs(path.join(ROOT, "lib", "core", "index.js"));
  const schemas = requireCjs(path.join(ROOT, "lib", "core", "schemas.js"));
  const xlsx = requireCjs(path.join(ROOT, "lib", "xlsx", "index.js"));
  return { core, schemas, xlsx };
}

/** Throws with `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless actual === expected (numbers compared exactly). */
export function assertEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** True for URLs that stay on the test server (or never leave the page: data:, blob:, about:). */
export function isLocal(url, base) {
  return url.startsWith(base) || /^(data|blob|about):/.test(url);
}

/**
 * A fresh browser context whose every request is checked: a URL off `base` is aborted and recorded, and
 * `finish()` throws if any was seen. `stubs` maps a RegExp to a body served in place of a foreign script.
 */
export async function guardedContext(browser, base, options = {}) {
  const { stubs = [], ...contextOptions } = options;
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const foreign = [];
  const stubbed = [];
  const requests = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    const stub = stubs.find((s) => s.pattern.test(url));
    if (stub) {
      stubbed.push(url);
      await route.fulfill({ status: 200, contentType: "text/javascript", body: stub.body });
    } else if (isLocal(url, base)) await route.continue();
    else {
      foreign.push(url);
      await route.abort("blockedbyclient");
    }
  });
  context.on("request", (request) => {
    const url = request.url();
    requests.push(url);
    if (!isLocal(url, base) && !stubs.some((s) => s.pattern.test(url)) && !foreign.includes(url)) foreign.push(url);
  });
  return {
    context,
    foreign,
    stubbed,
    /** Every URL requested in the context (page and workers), in order. */
    requests,
    /** Closes the context; throws when any request tried to leave 127.0.0.1. */
    async finish() {
      await context.close();
      assert(foreign.length === 0, `non-local requests: ${foreign.join(", ")}`);
    },
  };
}

/** Opens `url` in a new page of `context` at the given size and waits for the page's first heading. */
export async function openPage(context, url, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator("h1").first().waitFor({ timeout: 20000 });
  return { page, errors };
}

/** Uploads files through the page's file input and waits until the batch status says all of them are done. */
export async function uploadAndWait(page, files, { timeout = 60000 } = {}) {
  const before = await page.evaluate(() =>
    Number(document.querySelector("[data-testid=batch-status]")?.getAttribute("data-total") ?? 0),
  );
  await page.setInputFiles("[data-testid=file-input]", files);
  const total = before + files.length;
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector("[data-testid=batch-status]");
      return (
        el &&
        el.getAttribute("data-running") === "false" &&
        Number(el.getAttribute("data-finished")) === n &&
        el.hasAttribute("data-ms")
      );
    },
    total,
    { timeout },
  );
}

/** Clicks `locator`, waits for the download it starts, and returns { name, bytes }. */
export async function download(page, locator) {
  const [event] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  const file = await event.path();
  return { name: event.suggestedFilename(), bytes: new Uint8Array(await fs.readFile(file)) };
}

/** Saves a screenshot into test-results/ and returns its path. */
export async function screenshot(page, name, options = {}) {
  await fs.mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  await page.screenshot({ path: file, ...options });
  return file;
}

/** Runs axe-core (node_modules/axe-core) on the page; returns the serious and critical violations. */
export async function axeViolations(page) {
  const source = await fs.readFile(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = window.axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}
