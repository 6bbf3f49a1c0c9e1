// Issue 17's two walks through the page in Chromium. The officer: score the example → the next steps name K18 first →
// download the copy without marks → read it back with the compiled xlsx host (scores present, no 【绩效评分】 note, no
// fill of ours, every part but the scored sheets and styles byte-identical). The reviewer: pick a folder of 20 files
// from two units with the same names → sort by problems → download 汇总表.xlsx → one row per table, figures equal to
// the page's JSON report, links resolve inside the zip.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import {
  assert,
  assertEqual,
  axeViolations,
  compiledLib,
  download,
  fixtureNames,
  guardedContext,
  openPage,
  ROOT,
  screenshot,
  WORKBOOKS,
} from "./harness.mjs";
import { summaryRows } from "./reports.test.mjs";

const EXAMPLE = path.join(ROOT, "assets", "example", "绩效自评表示例.xlsx");

/** Runs `body(page)` on a fresh guarded page; fails on page errors or foreign requests. */
async function withPage(env, body, size = { width: 1280, height: 900 }) {
  const guard = await guardedContext(env.browser, env.base);
  try {
    const { page, errors } = await openPage(guard.context, `${env.base}index.html`, size);
    const note = await body(page);
    assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
    return note;
  } finally {
    await guard.finish();
  }
}

/** Waits until the batch status says `n` files are finished and the batch is idle. */
function batchDone(page, n) {
  return page.waitForFunction(
    (total) => {
      const el = document.querySelector("[data-testid=batch-status]");
      return (
        el &&
        el.getAttribute("data-running") === "false" &&
        Number(el.getAttribute("data-finished")) === total &&
        el.hasAttribute("data-ms")
      );
    },
    n,
    { timeout: 120000 },
  );
}

/** The part each sheet of a workbook lives in (xl/workbook.xml and its relationships). */
function sheetParts(parts) {
  const rels = new Map(
    [...strFromU8(parts["xl/_rels/workbook.xml.rels"]).matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])[1],
      /Target="([^"]+)"/.exec(m[0])[1],
    ]),
  );
  return new Map(
    [...strFromU8(parts["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*>/g)].map((m) => {
      const target = rels.get(/r:id="([^"]+)"/.exec(m[0])[1]);
      return [/name="([^"]+)"/.exec(m[0])[1], target.startsWith("/") ? target.slice(1) : `xl/${target}`];
    }),
  );
}

/** Checks the copy without marks against the original and the scored copy; returns a line for the test's note. */
function checkCleanCopy(original, scored, clean, scoredSheets) {
  const { core, xlsx } = compiledLib();
  const ours = new Set(Object.values(core.MARK_FILLS));
  const before = xlsx.readBack(original);
  const withMarks = xlsx.readBack(scored);
  const after = xlsx.readBack(clean);
  let values = 0;
  let marksInScored = 0;
  for (const [sheet, cells] of withMarks) {
    for (const [address, cell] of cells) {
      if ((cell.note ?? "").includes("【绩效评分】")) marksInScored++;
      if (cell.value === (before.get(sheet)?.get(address)?.value ?? null)) continue;
      assertEqual(after.get(sheet)?.get(address)?.value, cell.value, `clean ${sheet}!${address}`);
      values++;
    }
  }
  for (const [sheet, cells] of after) {
    for (const [address, cell] of cells) {
      assert(!(cell.note ?? "").includes("【绩效评分】"), `our note left on ${sheet}!${address}`);
      assert(!ours.has(cell.fill ?? ""), `our fill ${cell.fill} left on ${sheet}!${address}`);
    }
  }
  assert(marksInScored > 0, "the scored copy had no marks to take off");
  const totals = scoredSheets.map((s) =>
    [...after.get(s).values()].some((c) => c.value === (s === "附件1" ? 96.88 : 90.56)),
  );
  assert(totals.every(Boolean), `totals missing in the clean copy: ${totals}`);
  const partsBefore = unzipSync(original);
  const partsAfter = unzipSync(clean);
  const sheets = sheetParts(partsBefore);
  const mayChange = new Set([...scoredSheets.map((s) => sheets.get(s)), "xl/styles.xml", "[Content_Types].xml"]);
  let identical = 0;
  for (const [name, bytes] of Object.entries(partsBefore)) {
    assert(name in partsAfter, `part ${name} lost`);
    if (
      mayChange.has(name) ||
      /^xl\/(comments|drawings\/vmlDrawing|drawings\/commentsDrawing|threadedComments)/.test(name)
    )
      continue;
    assert(Buffer.compare(Buffer.from(bytes), Buffer.from(partsAfter[name])) === 0, `part ${name} changed`);
    identical++;
  }
  const added = Object.keys(partsAfter).filter((n) => !(n in partsBefore));
  assertEqual(added.join(","), "", "parts added to the clean copy");
  return `${values} values kept, ${marksInScored} marked cells in the scored copy, none in the clean one, ${identical} parts byte-identical`;
}

/** Two units' folders with the same 10 file names; title blocks (项目名称, 实施单位) written into the copies whose
 *  row 3 is free, one unit's last file truncated (it must fail alone). Returns the folder. */
async function reviewerFolder(tmp) {
  const { xlsx } = compiledLib();
  const names = (await fixtureNames()).filter((n) => !n.includes("/"));
  const root = path.join(await fs.mkdtemp(path.join(tmp, "reviewer-")), "报送");
  for (const [u, unit] of ["单位A", "单位B"].entries()) {
    await fs.mkdir(path.join(root, unit), { recursive: true });
    for (let i = 0; i < 10; i++) {
      const source = names[(i + u * 3) % names.length];
      let bytes = new Uint8Array(await fs.readFile(path.join(WORKBOOKS, source)));
      try {
        const wb = xlsx.readXlsx(bytes, source);
        const sheet = wb.grid.sheets[0].name;
        const put = (col, address, value) => ({ sheet, row: 2, col, address, kind: "score", value });
        bytes = xlsx.applyPlan(wb, [
          put(0, "A3", "项目名称"),
          put(1, "B3", `${unit}项目${i + 1}`),
          put(3, "D3", "实施单位"),
          put(4, "E3", unit),
        ]);
      } catch {
        // row 3 is part of a merged title or the table: this copy keeps no title block
      }
      if (u === 1 && i === 9) bytes = bytes.subarray(0, Math.floor(bytes.length / 2));
      await fs.writeFile(path.join(root, unit, `自评表${i + 1}.xlsx`), bytes);
    }
  }
  return root;
}

/** Per table of the JSON report: file, unit, project, total, grade, rate, errors, warnings (the summary's figures). */
function reportFigures(report) {
  return report.files.flatMap((f) => {
    if (f.tables.length === 0) return [[f.file, null, null, null, null, null, f.errors.length, 0]];
    return f.tables.map((t) => {
      const count = (sev) => t.findings.filter((x) => x.severity === sev).length;
      return [
        f.file,
        t.info.unit ?? t.info.department,
        t.info.project,
        t.total,
        t.grade,
        t.funding?.rate ?? null,
        count("error") + f.errors.length,
        count("warning"),
      ];
    });
  });
}

/** Errors and warnings of a file of the JSON report (a file without tables: failed, listed first). */
function problemsOf(file) {
  if (file.tables.length === 0) return Infinity;
  return (
    file.errors.length + file.tables.reduce((n, t) => n + t.findings.filter((x) => x.severity !== "info").length, 0)
  );
}

/** The two walks. */
export const pathTests = [
  {
    name: "officer's path on the page: the example → next steps name K18 first → the copy without marks read back clean",
    run: (env) =>
      withPage(env, async (page) => {
        await page.setInputFiles("[data-testid=file-input]", [EXAMPLE]);
        await batchDone(page, 1);
        const steps = page.locator("[data-testid=next-steps-table][data-sheet='附件1'] [data-testid=next-step]");
        const first = (await steps.first().innerText()).trim();
        assertEqual(first, "在K18填写偏差原因", "附件1's first next step");
        const cell = page.locator("[data-testid=next-steps-table][data-sheet='附件1'] [data-testid=step-cell]").first();
        assertEqual(await cell.innerText(), "K18", "first cell named");
        await cell.click();
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid=preview] td[data-address="K18"]')?.getAttribute("data-focused") ===
            "true",
        );
        const order = await page.locator("[data-testid=file-detail] h2").allInnerTexts();
        assertEqual(
          order.slice(0, 4).join(" → "),
          "绩效自评表示例.xlsx → 评分结果 → 下一步 → 问题清单",
          "reading order",
        );
        assertEqual(
          await page.locator("[data-testid=file-detail] li[data-severity=info]").count(),
          0,
          "hints shown before asked",
        );
        await page.getByTestId("toggle-hints").click();
        await page.locator("[data-testid=file-detail] li[data-severity=info]").first().waitFor();
        await page.waitForTimeout(300);
        const violations = await axeViolations(page);
        assert(violations.length === 0, `axe with the hints shown: ${JSON.stringify(violations, null, 1)}`);
        const scored = await download(page, page.getByTestId("download-workbook"));
        const clean = await download(page, page.getByTestId("download-clean"));
        assertEqual(clean.name, "绩效自评表示例.clean.xlsx", "clean copy name");
        const original = new Uint8Array(await fs.readFile(EXAMPLE));
        return `first step “${first}”; ${checkCleanCopy(original, scored.bytes, clean.bytes, ["附件1", "附件2"])}`;
      }),
  },
  {
    name: "reviewer's path on the page: a folder of 20 files from two units → sort by problems → 汇总表.xlsx equals the JSON report, links resolve in the zip",
    run: (env) =>
      withPage(env, async (page) => {
        const folder = await reviewerFolder(env.tmp);
        await page.setInputFiles("[data-testid=folder-input]", folder);
        await batchDone(page, 20);
        const rows = page.locator("[data-testid=file-row]");
        const added = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-file")));
        assertEqual(added.length, 20, "rows");
        assertEqual(new Set(added).size, 20, `distinct names: ${added.join(", ")}`);
        assert(
          added.includes("报送/单位A/自评表1.xlsx") && added.includes("报送/单位B/自评表1.xlsx"),
          `paths kept: ${added.slice(0, 3).join(", ")}`,
        );
        assert(
          (await page.getByTestId("batch-status").innerText()).includes("其中 1 个未能处理"),
          "the failed file is counted",
        );
        await page.getByTestId("file-sort").selectOption("problems");
        const report = JSON.parse(strFromU8((await download(page, page.getByTestId("download-report"))).bytes));
        const problems = new Map(report.files.map((f) => [f.file, problemsOf(f)]));
        const sorted = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-file")));
        const counts = sorted.map((f) => problems.get(f));
        assert(
          counts.every((n, i) => i === 0 || counts[i - 1] >= n),
          `not sorted by problems: ${counts.join(",")}`,
        );
        assertEqual(sorted[0], "报送/单位B/自评表10.xlsx", "the failed file first");
        assertEqual(await rows.first().getAttribute("data-attention"), "failed", "first row looks failed");
        await page.getByTestId("attention-only").click();
        const attention = await rows.count();
        assertEqual(attention, [...problems.values()].filter((n) => n > 0).length, "rows needing attention");
        await page.waitForTimeout(300);
        await screenshot(page, "page-reviewer.png");
        const sortedState = await axeViolations(page);
        await rows.first().click();
        await page.locator("[data-testid=file-detail] [data-testid=file-failed]").waitFor();
        assertEqual(await page.getByTestId("download-workbook").count(), 0, "downloads offered for a failed file");
        await page.waitForTimeout(300);
        const failedState = await axeViolations(page);
        const violations = [...sortedState, ...failedState];
        assert(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
        const summary = await summaryRows((await download(page, page.getByTestId("download-summary"))).bytes);
        assertEqual(
          summary.length,
          report.files.reduce((n, f) => n + Math.max(1, f.tables.length), 0),
          "one row per table",
        );
        const figures = (list) =>
          list
            .map((x) => JSON.stringify(x))
            .sort()
            .join("\n");
        const fromSummary = summary.map((r) => [
          r.file,
          r.cells[3],
          r.cells[4],
          r.cells[7],
          r.cells[8],
          r.cells[9],
          r.cells[10],
          r.cells[11],
        ]);
        assertEqual(figures(fromSummary), figures(reportFigures(report)), "summary figures");
        const zip = unzipSync((await download(page, page.getByTestId("download-zip"))).bytes);
        const links = [...new Set(summary.filter((r) => r.link).map((r) => r.link))];
        assertEqual(
          links.length,
          report.files.filter((f) => f.output).length,
          "files linked (every one with a scored copy)",
        );
        assert(links.length >= 15, `only ${links.length} links`);
        for (const link of links) assert(link in zip, `link ${link} not in the zip`);
        const same = links.filter((l) => l.startsWith("报送/单位A/") && links.includes(l.replace("单位A", "单位B")));
        assert(same.length >= 5, `same names in both units' folders, linked apart: ${same.join(", ")}`);
        const units = new Set(summary.map((r) => r.cells[3]).filter(Boolean));
        return `${summary.length} summary rows, ${attention} need attention, units ${[...units].join("/")}, ${links.length} links resolve; page-reviewer.png`;
      }),
  },
];
