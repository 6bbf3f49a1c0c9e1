// The task pane after a run, in a real browser: the real pane and ExcelWorkbookHost on the fake Excel context
// (test/browser/paneDemo, built into dist-test/), at 320 px, in Chinese and English; the README's pane pictures.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { startServer } from "../../scripts/serve-web.mjs";
import { assert, assertEqual, axeViolations, guardedContext, openPage, ROOT, screenshot } from "./harness.mjs";

const OUT = path.join(ROOT, "dist-test");

/** Builds the demo page when missing (or always when `rebuild`). */
export function buildPaneDemo(rebuild) {
  if (!rebuild && ["pane-demo.html", "ribbon-demo.html"].every((f) => existsSync(path.join(OUT, f)))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--config", "test/browser/paneDemo/webpack.config.cjs"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pane demo build failed: ${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`);
}

async function runPane(env, lang, runLabel, expectText) {
  const server = await startServer({ root: OUT, port: 0 });
  const guard = await guardedContext(env.browser, server.url);
  try {
    const { page, errors } = await openPage(guard.context, `${server.url}pane-demo.html?lang=${lang}`, { width: 320, height: 1100 });
    await page.getByRole("button", { name: runLabel }).first().click();
    await page.getByText(expectText).first().waitFor({ timeout: 30000 });
    await page.getByText("96.88").first().waitFor({ timeout: 30000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assertEqual(overflow, 0, `horizontal overflow at 320 px (${lang})`);
    const serious = await axeViolations(page);
    assert(serious.length === 0, `axe: ${serious.map((v) => v.id).join(", ")}`);
    await screenshot(page, `pane-${lang}.png`, { fullPage: false });
    assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
    await guard.finish();
  } finally {
    await server.close();
  }
}

/** The pane-after-a-run tests. */
export const paneResultsTests = [
  {
    name: "pane in Excel (fake context): 一键评分 shows 96.88 优 and the findings at 320 px, Chinese",
    async run(env) {
      buildPaneDemo(env.rebuild);
      await runPane(env, "zh", "一键评分", "优");
      return "screenshot pane-zh.png";
    },
  },
  {
    name: "pane in Excel (fake context): the same run in English",
    async run(env) {
      buildPaneDemo(false);
      await runPane(env, "en", /Score/, "96.88");
      return "screenshot pane-en.png";
    },
  },
];
