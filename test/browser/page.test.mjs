// The page's interactions in Chromium: finding → preview, English, demo with only local requests, the three
// modes, JSON and zip downloads, the legacy-format message, the saved profile, axe and screenshots.
import * as path from "node:path";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import {
  assert,
  assertEqual,
  axeViolations,
  compiledLib,
  download,
  guardedContext,
  openPage,
  screenshot,
  uploadAndWait,
  WORKBOOKS,
} from "./harness.mjs";

const PROJECT = path.join(WORKBOOKS, "project-gansu-2021.xlsx");

/** Runs `body(page)` on a fresh guarded page at 1280 × 900; fails on page errors or foreign requests. */
async function withPage(env, body, { url = "index.html", width = 1280, height = 900 } = {}) {
  const guard = await guardedContext(env.browser, env.base);
  try {
    const { page, errors } = await openPage(guard.context, env.base + url, { width, height });
    const note = await body(page, guard);
    assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
    return note;
  } finally {
    await guard.finish();
  }
}

/** Where a cell sits relative to its preview scroll box: inside it or not, and the box's scroll offset. */
function cellPlacement(page, address) {
  return page.evaluate((addr) => {
    const td = document.querySelector(`[data-testid=preview] td[data-address="${addr}"]`);
    const box = td?.closest("[data-testid=preview-scroller]");
    if (!td || !box) return null;
    const a = td.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const inBox = a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.left >= b.left - 1 && a.right <= b.right + 1;
    const inWindow = a.top >= 0 && a.bottom <= window.innerHeight;
    return {
      inBox,
      inWindow,
      scrollTop: box.scrollTop,
      focused: td.getAttribute("data-focused"),
      severity: td.getAttribute("data-severity"),
      title: td.getAttribute("title"),
    };
  }, address);
}

/** project-gansu-2021 with 部门协作机制健全性 (E37) completed in words no band knows, written to a temporary file. */
async function waitingWorkbook() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(PROJECT);
  wb.worksheets[0].getCell("E37").value = "已建立，正在修订";
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-bands-")), "部门协作.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** The page's interaction tests. */
export const pageTests = [
  {
    name: "page: a row no band knows offers its three bands; 部分达成 scores the file again in the worker, the download holds 2.1 and the total 95.98",
    run: (env) =>
      withPage(env, async (page) => {
        await uploadAndWait(page, [await waitingWorkbook()]);
        const picker = page.getByTestId("band-picker");
        const labels = await picker.getByTestId("waiting-row").getByRole("button").allInnerTexts();
        assertEqual(labels.join(" | "), "G37 | 达成 3分 | 部分达成 2.1分 | 未达成 0分", "the waiting row's buttons");
        await picker.getByRole("button", { name: "部分达成 2.1分" }).click();
        await page.getByTestId("summary-total").filter({ hasText: "95.98" }).waitFor({ timeout: 30000 });
        const pressed = await picker.getByRole("button", { name: "部分达成 2.1分" }).getAttribute("aria-pressed");
        assertEqual(pressed, "true", "the band picked is shown as chosen");
        const got = await download(page, page.getByTestId("download-workbook"));
        const cells = compiledLib().xlsx.readBack(got.bytes).get("绩效自评表");
        assertEqual(cells.get("G37")?.value, 2.1, "the score written for the band picked");
        assertEqual(cells.get("G41")?.value, 95.98, "the total");
        return `${got.name}: G37 2.1, G41 95.98`;
      }),
  },
  {
    name: "page: empty state, then results (screenshots)",
    run: (env) =>
      withPage(env, async (page) => {
        assertEqual(await page.locator("h1").innerText(), "绩效自评评分助手", "title");
        assert(await page.getByText("把 .xlsx 文件拖到这里").isVisible(), "drop zone title");
        await screenshot(page, "page-empty.png");
        await uploadAndWait(page, [PROJECT]);
        await page.locator("[data-testid=preview] td[data-address=G41]").waitFor();
        await page.waitForTimeout(300);
        await screenshot(page, "page-results.png");
        return "page-empty.png, page-results.png";
      }),
  },
  {
    name: "page: clicking a hint (shown on request) or a next step's cell scrolls the preview to it and highlights it",
    run: (env) =>
      withPage(env, async (page) => {
        await uploadAndWait(page, [PROJECT]);
        await page.locator("[data-testid=preview] td[data-address=E40]").waitFor();
        const before = await cellPlacement(page, "E40");
        assert(
          before && !before.inBox && before.scrollTop === 0 && before.focused === null,
          `E40 should start out of view: ${JSON.stringify(before)}`,
        );
        await page.getByTestId("toggle-hints").click();
        await page.getByTitle("定位到单元格 E40").click();
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid=preview] td[data-address="E40"]')?.getAttribute("data-focused") ===
            "true",
        );
        await page.waitForTimeout(100);
        const after = await cellPlacement(page, "E40");
        assert(after.inBox && after.inWindow, `E40 not scrolled into view: ${JSON.stringify(after)}`);
        assert(after.scrollTop > 0, "the preview box did not scroll");
        assertEqual(after.severity, "info", "E40 colour");
        assert(after.title.includes("约数"), `E40 note: ${after.title}`);
        const focusedCount = await page.locator("[data-testid=preview] td[data-focused=true]").count();
        assertEqual(focusedCount, 1, "highlighted cells");
        await page.locator("[data-testid=next-steps] [data-testid=step-cell]", { hasText: "H17" }).click();
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid=preview] td[data-address="H17"]')?.getAttribute("data-focused") ===
            "true",
        );
        const h17 = await cellPlacement(page, "H17");
        assert(h17.inBox && h17.severity === "warning", `H17: ${JSON.stringify(h17)}`);
        assertEqual(await cellPlacement(page, "E40").then((p) => p.focused), null, "E40 no longer highlighted");
        return `E40 scrolled ${after.scrollTop}px into view; H17 warning highlighted`;
      }),
  },
  {
    name: "page: English switch relabels the page and is remembered",
    run: (env) =>
      withPage(env, async (page) => {
        await uploadAndWait(page, [PROJECT]);
        // the table preview is loaded lazily (its code and the worker's preview): its heading is among the labels
        await page.locator("[data-testid=preview]").waitFor();
        await page.getByRole("button", { name: "English" }).click();
        assertEqual(await page.locator("h1").innerText(), "SelfEval Scorer", "title");
        for (const label of [
          "Drop .xlsx files here",
          "Mode",
          "Scoring profile",
          "Score now",
          "Results",
          "Findings",
          "Download scored workbook",
          "Table preview",
          "Files",
        ]) {
          assert((await page.getByText(label, { exact: true }).count()) > 0, `English label "${label}" missing`);
        }
        assertEqual(await page.evaluate(() => document.documentElement.lang), "en", "html lang");
        assert((await page.locator("[data-testid=summary-grade]").innerText()) !== "", "grade shown");
        await page.waitForTimeout(200);
        await screenshot(page, "page-en.png");
        await page.reload();
        await page.locator("h1").waitFor();
        assertEqual(await page.locator("h1").innerText(), "SelfEval Scorer", "language after reload");
        await page.getByRole("button", { name: "中文" }).click();
        assertEqual(await page.locator("h1").innerText(), "绩效自评评分助手", "back to Chinese");
        return "page-en.png";
      }),
  },
  {
    name: "page: ?demo=1 scores the bundled example with only local requests",
    run: (env) =>
      withPage(
        env,
        async (page, guard) => {
          const requests = guard.requests;
          await page.waitForFunction(
            () => document.querySelector("[data-testid=batch-status]")?.getAttribute("data-running") === "false",
            null,
            { timeout: 30000 },
          );
          const totals = await page.locator("[data-testid=summary-total]").allInnerTexts();
          assertEqual(totals.join(","), "96.88,90.56", "example totals");
          assert(
            requests.some((u) => u.endsWith(encodeURI("绩效自评表示例.xlsx"))),
            `example not fetched: ${requests.join(", ")}`,
          );
          assertEqual(guard.foreign.length, 0, `foreign requests: ${guard.foreign.join(", ")}`);
          assert(
            requests.some((u) => /scorer-worker/.test(u)),
            `worker chunk not requested: ${requests.join(", ")}`,
          );
          return `${requests.length} requests, all on ${env.base}`;
        },
        { url: "index.html?demo=1" },
      ),
  },
  {
    name: "page: warms its worker up on the example once opened (local requests only), then scores a file as usual",
    run: (env) =>
      withPage(env, async (page, guard) => {
        await page.waitForSelector("html[data-workers]", { state: "attached", timeout: 30000 });
        const state = await page.evaluate(() => document.documentElement.dataset.workers);
        assertEqual(state, "warm", "warm-up state");
        assert(
          guard.requests.some((u) => u.endsWith(encodeURI("绩效自评表示例.xlsx"))),
          `example not fetched: ${guard.requests.join(", ")}`,
        );
        assertEqual(guard.foreign.length, 0, `foreign requests: ${guard.foreign.join(", ")}`);
        assertEqual(await page.locator("[data-testid=summary-total]").count(), 0, "nothing shown by the warm-up");
        await uploadAndWait(page, [PROJECT]);
        const totals = await page.locator("[data-testid=summary-total]").allInnerTexts();
        assertEqual(totals.join(","), "96.88", "total after warm-up");
        return `data-workers=${state}, then 96.88`;
      }),
  },
  {
    name: "page: audit mode on the submitted copy, JSON report download",
    run: (env) =>
      withPage(env, async (page) => {
        await page.getByRole("combobox", { name: "模式" }).selectOption("audit");
        await uploadAndWait(page, [path.join(WORKBOOKS, "project-gansu-2021-submitted.xlsx")]);
        const got = await download(page, page.locator("[data-testid=download-report]"));
        assertEqual(got.name, "selfeval-report.json", "report name");
        const report = JSON.parse(strFromU8(got.bytes));
        const { schemas } = compiledLib();
        schemas.ReportSchema.parse(report);
        assertEqual(report.profile, "central-2020", "profile");
        const table = report.files[0].tables[0];
        assertEqual(table.total, 96.88, "audit total");
        const codes = table.findings.map((f) => f.code);
        assert(
          !codes.includes("SCORE_DIFFERS") && !codes.includes("TOTAL_DIFFERS"),
          `audit differences: ${codes.join(",")}`,
        );
        return `${codes.length} findings, no SCORE_DIFFERS`;
      }),
  },
  {
    name: "page: target review writes nothing and flags the targets",
    run: (env) =>
      withPage(env, async (page) => {
        await page.getByRole("combobox", { name: "模式" }).selectOption("check");
        await uploadAndWait(page, [path.join(WORKBOOKS, "targets-hengshui-2021.xlsx")]);
        assert(
          await page.locator("[data-testid=download-workbook]").isDisabled(),
          "download must be disabled in target review",
        );
        await page.locator("[data-testid=preview] td[data-address=E26]").waitFor();
        const flagged = await page
          .locator("[data-testid=preview] td[data-severity]")
          .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-address")));
        assertEqual(flagged.join(","), "E5,E7,E9,E26,E27", "flagged targets");
        assertEqual(await page.locator("[data-testid=preview] td[data-written]").count(), 0, "written cells");
        assert(await page.locator("[data-testid=download-draft]").isDisabled(), "draft offered after a review");
        assert(await page.getByTestId("draft-after-scoring").isVisible(), "no word on why there is no draft");
        return "E5 E7 E9 E26 E27 flagged, nothing written, no draft";
      }),
  },
  {
    name: "page: several files, zip of everything, legacy .xls message",
    run: (env) =>
      withPage(env, async (page) => {
        const dir = await fs.mkdtemp(path.join(env.tmp, "legacy-"));
        const legacy = path.join(dir, "旧版自评表.xls");
        const cfb = Buffer.alloc(4096);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
        await fs.writeFile(legacy, cfb);
        await uploadAndWait(page, [PROJECT, path.join(WORKBOOKS, "department-gansu-2021.xlsx"), legacy]);
        const rows = page.locator("[data-testid=file-row]");
        assertEqual(
          (await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))).join(","),
          "done,done,failed",
          "statuses",
        );
        await rows.nth(2).click();
        assert(await page.getByText("另存为", { exact: false }).first().isVisible(), "legacy message shown");
        const rowText = await rows.nth(2).innerText();
        assert(rowText.includes("旧版Excel 97-2003(.xls)"), `legacy row: ${rowText}`);
        const got = await download(page, page.locator("[data-testid=download-zip]"));
        assertEqual(got.name, "selfeval-results.zip", "zip name");
        const files = unzipSync(got.bytes);
        assertEqual(
          Object.keys(files).sort().join(","),
          "department-gansu-2021.scored.xlsx,project-gansu-2021.scored.xlsx,selfeval-report.json,汇总表.xlsx",
          "zip entries",
        );
        const report = JSON.parse(strFromU8(files["selfeval-report.json"]));
        assertEqual(
          report.files.map((f) => f.errors[0]?.code ?? f.tables[0].total).join(","),
          "96.88,90.56,FILE_LEGACY_FORMAT",
          "zip report",
        );
        const back = compiledLib().xlsx.readBack(files["project-gansu-2021.scored.xlsx"]);
        assertEqual(back.get("绩效自评表").get("G41").value, 96.88, "zipped G41");
        return "zip with 2 workbooks + report; .xls gets the save-as message";
      }),
  },
  {
    name: "page: profile editor saves a profile in this browser",
    run: (env) =>
      withPage(env, async (page) => {
        await page.getByRole("button", { name: "编辑评分方案" }).click();
        const save = page.getByRole("button", { name: "保存到本浏览器" });
        await save.waitFor({ timeout: 20000 });
        await save.click();
        await page.getByText("评分方案已保存到本浏览器。").waitFor();
        await page.waitForFunction(() => localStorage.getItem("@selfeval/customProfile") !== null);
        const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("@selfeval/customProfile")));
        assertEqual(stored.id, "central-2020-custom", "saved profile id");
        const option = await page.getByRole("combobox", { name: "评分方案" }).locator("option:checked").innerText();
        assert(option.includes("（我的方案）"), `selected profile: ${option}`);
        await page.reload();
        await page.locator("h1").waitFor();
        const after = await page.getByRole("combobox", { name: "评分方案" }).locator("option:checked").innerText();
        assert(after.includes("（我的方案）"), `after reload: ${after}`);
        return `saved ${stored.id}`;
      }),
  },
  {
    name: "page: axe at 1280 px, empty and with results (no serious/critical)",
    run: (env) =>
      withPage(env, async (page) => {
        const empty = await axeViolations(page);
        await uploadAndWait(page, [path.join(WORKBOOKS, "two-sheets-gansu-2021.xlsx")]);
        await page.locator("[data-testid=preview] table").first().waitFor();
        // settled state: lazy chunks (chart, preview) loaded, no loading spinner left
        await page.waitForFunction(() => document.querySelectorAll(".fui-Spinner").length === 0);
        await page.waitForTimeout(300);
        const full = await axeViolations(page);
        const all = [...empty, ...full];
        assert(all.length === 0, `axe: ${JSON.stringify(all, null, 1)}`);
        return "0 serious, 0 critical";
      }),
  },
];
