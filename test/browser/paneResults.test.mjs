// The task pane after a run, in a real browser: the real pane and ExcelWorkbookHost on the fake Excel context
// (test/browser/paneDemo, built into dist-test/), at 320 px, in Chinese and English; the README's pane pictures.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { startServer } from "../../scripts/serve-web.mjs";
import { assert, assertEqual, axeViolations, guardedContext, openPage, ROOT, screenshot } from "./harness.mjs";

const OUT = path.join(ROOT, "dist-test");

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    t = Math.max(t, e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs);
  return t;
}

/** Builds the demo pages when missing, older than the sources they are built from, or always when `rebuild`. */
export function buildPaneDemo(rebuild) {
  const pages = ["pane-demo.html", "ribbon-demo.html"].map((f) => path.join(OUT, f));
  const built = pages.every((f) => existsSync(f)) ? Math.min(...pages.map((f) => statSync(f).mtimeMs)) : 0;
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    newest(path.join(ROOT, "test", "browser", "paneDemo")),
    newest(path.join(ROOT, "test", "fakes")),
  );
  if (!rebuild && built > sources) return;
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--config", "test/browser/paneDemo/webpack.config.cjs"],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`pane demo build failed: ${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`);
}

/** Fails on horizontal overflow at 320 px or a serious axe violation in the pane's current state. */
async function checkState(page, what) {
  // settled state: Fluent's colour transitions (a button under the pointer after the result scrolled) take ≤ 200 ms
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assertEqual(overflow, 0, `horizontal overflow at 320 px (${what})`);
  const serious = await axeViolations(page);
  assert(serious.length === 0, `axe (${what}): ${serious.map((v) => `${v.id} ${v.targets.join(" ")}`).join(", ")}`);
}

/** Opens the demo pane at 320 px, runs it, checks the result; `more(page)` walks on from there. */
async function runPane(env, lang, runLabel, expectText, more = async () => undefined, query = "") {
  const server = await startServer({ root: OUT, port: 0 });
  const guard = await guardedContext(env.browser, server.url);
  try {
    const { page, errors } = await openPage(guard.context, `${server.url}pane-demo.html?lang=${lang}${query}`, {
      width: 320,
      height: 1100,
    });
    await page.getByTestId("run-intro").waitFor();
    await checkState(page, `${lang}, before the first run`);
    // the README's pictures are of the example as it is
    if (!query)
      await screenshot(page, `pane-first-run-${lang}.png`, {
        fullPage: false,
        clip: { x: 0, y: 0, width: 320, height: 640 },
      });
    await page.getByRole("button", { name: runLabel }).first().click();
    await page.getByText(expectText).first().waitFor({ timeout: 30000 });
    await page.getByText("96.88").first().waitFor({ timeout: 30000 });
    await checkState(page, `${lang}, after a run`);
    if (!query) await screenshot(page, `pane-${lang}.png`, { fullPage: false });
    const note = await more(page);
    assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
    await guard.finish();
    return note;
  } finally {
    await server.close();
  }
}

/** After the run: 附件1's next step names K18 first, on the first 640 px screen; the hints open; 清除标记 says what
 *  stayed. */
async function officerInPane(page) {
  const first = page.locator("[data-testid=next-steps-table][data-sheet='附件1'] [data-testid=next-step]").first();
  assertEqual((await first.innerText()).trim(), "在K18填写偏差原因", "附件1's first next step");
  // the finished run scrolled its result into view: the step is on a 640 px pane's first screen
  const place = await first.evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom, scrolled: window.scrollY }));
  assert(
    place.bottom <= 640,
    `K18's step ends ${Math.round(place.bottom)} px down the pane (scrolled ${place.scrolled} px)`,
  );
  await page.locator("[data-testid=step-cell]", { hasText: "K18" }).first().click();
  await page.getByTestId("toggle-hints").first().click();
  await page.locator("li[data-severity=info]").first().waitFor();
  await checkState(page, "hints shown");
  await page.getByTestId("clean-marks").click();
  await page.getByTestId("cleaned").waitFor({ timeout: 30000 });
  await checkState(page, "marks removed");
  assertEqual(await page.locator("[role=group] >> text=评分失败").count(), 0, "a failure after selecting K18");
  return `K18's step ends ${Math.round(place.bottom)} px down the screen after the run (scrolled ${Math.round(place.scrolled)} px)`;
}

/** After a run on the example with 附件2's H15 in words no band knows: the row is offered with its three bands;
 *  部分达成 scores it 2.1 of 3 and 附件2's total is worked out. */
async function pickBand(page) {
  const picker = page.getByTestId("band-picker");
  await picker.waitFor();
  const labels = await picker.getByTestId("waiting-row").getByRole("button").allInnerTexts();
  assertEqual(labels.join(" | "), "H15 | 达成 3分 | 部分达成 2.1分 | 未达成 0分", "the waiting row's buttons");
  await checkState(page, "band buttons");
  await picker.scrollIntoViewIfNeeded();
  await screenshot(page, "pane-bands-zh.png", { fullPage: false });
  await picker.getByRole("button", { name: "部分达成 2.1分" }).click();
  await page.getByText("89.66").first().waitFor({ timeout: 30000 });
  const pressed = await page.getByRole("button", { name: "部分达成 2.1分" }).getAttribute("aria-pressed");
  assertEqual(pressed, "true", "the band picked is shown as chosen");
  await checkState(page, "band picked");
  return "附件2 89.66 after 部分达成 on H15";
}

/** A workbook holding its own profile: the pane fetches the profile's schema (a chunk of its own), checks the profile
 *  and offers it, chosen, as 演示单位方案（本工作簿）. */
async function workbookProfile(env) {
  const server = await startServer({ root: OUT, port: 0 });
  const guard = await guardedContext(env.browser, server.url);
  try {
    const url = `${server.url}pane-demo.html?lang=zh&workbookProfile=1`;
    const { page, errors } = await openPage(guard.context, url, { width: 320, height: 640 });
    const picker = page.getByRole("combobox", { name: "评分方案" });
    await page.waitForFunction(() => {
      const select = [...document.querySelectorAll("select")].find((s) => s.value === "demo-workbook");
      return select?.selectedOptions[0]?.textContent === "演示单位方案（本工作簿）";
    });
    assertEqual(await picker.inputValue(), "demo-workbook", "the profile chosen");
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType("resource").some((r) => /profile-schema/.test(r.name)),
    );
    assert(fetched, "the profile's schema was not fetched as a chunk of its own");
    assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
    await guard.finish();
    return "演示单位方案（本工作簿） chosen; profile-schema chunk fetched";
  } finally {
    await server.close();
  }
}

/** The pane-after-a-run tests. */
export const paneResultsTests = [
  {
    name: "pane in Excel (fake context) at 320 px: what a run writes, 一键评分 → 96.88 优, 附件1's next step names K18 first, hints on request, 清除标记; axe clean in each state",
    async run(env) {
      buildPaneDemo(env.rebuild);
      const note = await runPane(env, "zh", "一键评分", "优", officerInPane);
      return `${note}; screenshot pane-zh.png`;
    },
  },
  {
    name: "pane band buttons at 320 px: a row no band knows offers 达成 3分 / 部分达成 2.1分 / 未达成 0分; a pick writes it and the total follows; axe clean",
    async run(env) {
      buildPaneDemo(false);
      const note = await runPane(env, "zh", "一键评分", "暂不计算", pickBand, "&waiting=1");
      return `${note}; screenshot pane-bands-zh.png`;
    },
  },
  {
    name: "pane in Excel (fake context): a workbook's own profile is read, its schema loaded on demand, and chosen",
    async run(env) {
      buildPaneDemo(false);
      return workbookProfile(env);
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
