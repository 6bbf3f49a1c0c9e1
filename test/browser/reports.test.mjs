// The reviewer's summary and the 自评报告 draft in Chromium: the page's 汇总表.xlsx (read back with ExcelJS, figures
// equal to the page's JSON report, links resolve to the zip's scored copies), the page's and the pane's .docx (text
// read back), and the draft writer requested only on the click.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { startServer } from "../../scripts/serve-web.mjs";
import { assert, assertEqual, download, guardedContext, openPage, ROOT, uploadAndWait, WORKBOOKS } from "./harness.mjs";
import { buildPaneDemo } from "./paneResults.test.mjs";

const EXAMPLE = path.join(ROOT, "assets", "example", "绩效自评表示例.xlsx");

/** The paragraphs' text of a .docx (word/document.xml), one line each. */
function docxText(bytes) {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const unescape = (s) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return xml
    .split("</w:p>")
    .map((p) => unescape([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")))
    .filter(Boolean)
    .join("\n");
}

/** The summary's rows as [file text, link, …cell values] (header left out). */
export async function summaryRows(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes));
  const rows = [];
  wb.worksheets[0].eachRow((row, n) => {
    if (n === 1) return;
    const first = row.getCell(1).value;
    const cells = Array.from({ length: 15 }, (_, i) => row.getCell(i + 1).value ?? null);
    rows.push({
      file: typeof first === "string" ? first : first.text,
      link: typeof first === "string" ? null : first.hyperlink,
      cells,
    });
  });
  return rows;
}

/** Two units' 自评表.xlsx (same name, different folders), the department table and a legacy .xls. */
async function reviewerFiles(tmp) {
  const dir = await fs.mkdtemp(path.join(tmp, "units-"));
  const files = [];
  for (const [unit, src] of [
    ["单位A", "project-gansu-2021.xlsx"],
    ["单位B", "project-gansu-2021-submitted.xlsx"],
  ]) {
    await fs.mkdir(path.join(dir, unit));
    files.push(path.join(dir, unit, "自评表.xlsx"));
    await fs.copyFile(path.join(WORKBOOKS, src), files.at(-1));
  }
  const legacy = path.join(dir, "旧版.xls");
  const cfb = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  await fs.writeFile(legacy, cfb);
  return [...files, path.join(WORKBOOKS, "department-gansu-2021.xlsx"), legacy];
}

/** Runs `body(page, guard)` on a fresh guarded page of `url`; fails on page errors or foreign requests. */
async function withPage(browser, url, body, size) {
  const guard = await guardedContext(browser, new URL(url).origin + "/");
  try {
    const { page, errors } = await openPage(guard.context, url, size);
    const note = await body(page, guard);
    assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
    return note;
  } finally {
    await guard.finish();
  }
}

/** The summary, draft and pane tests. */
export const reportTests = [
  {
    name: "page: 汇总表.xlsx — one row per table, figures equal to the JSON report, links resolve inside the zip",
    run: (env) =>
      withPage(env.browser, `${env.base}index.html`, async (page) => {
        await uploadAndWait(page, await reviewerFiles(env.tmp));
        const got = await download(page, page.locator("[data-testid=download-summary]"));
        assertEqual(got.name, "汇总表.xlsx", "summary name");
        const report = JSON.parse(
          strFromU8((await download(page, page.locator("[data-testid=download-report]"))).bytes),
        );
        const rows = await summaryRows(got.bytes);
        assertEqual(
          rows.length,
          report.files.reduce((n, f) => n + Math.max(1, f.tables.length), 0),
          "rows",
        );
        assertEqual(rows.map((r) => r.cells[2]).join(","), "未能处理,有警告,有警告,无问题", "attention order");
        assertEqual(
          rows.map((r) => `${r.file} ${r.cells[7] ?? "—"}`).join(", "),
          "旧版.xls —, department-gansu-2021.xlsx 90.56, 自评表.xlsx 96.88, 自评表.xlsx 96.88",
          "rows in order",
        );
        const zip = unzipSync((await download(page, page.locator("[data-testid=download-zip]"))).bytes);
        assert("汇总表.xlsx" in zip, `zip entries: ${Object.keys(zip).join(", ")}`);
        const links = rows.filter((r) => r.link).map((r) => r.link);
        assertEqual(new Set(links).size, 3, `distinct links: ${links.join(", ")}`);
        for (const link of links) assert(link in zip, `link ${link} not in the zip (${Object.keys(zip).join(", ")})`);
        // the same figures, table by table: file, total, grade, rate, errors, warnings, below target, without a reason
        const figures = (list) =>
          list
            .map((x) => JSON.stringify(x))
            .sort()
            .join("\n");
        const fromReport = report.files.map((f) => {
          const t = f.tables[0];
          if (!t) return [f.file, null, null, null, f.errors.length, 0, 0, 0];
          const count = (sev) => t.findings.filter((x) => x.severity === sev).length;
          const notMet = t.indicators.filter((i) => i.score !== null && i.weight !== null && i.score < i.weight).length;
          const noReason = t.indicators.filter((i) => i.findings.includes("NOT_MET_NO_REASON")).length;
          return [
            f.file,
            t.total,
            t.grade,
            t.funding?.rate ?? null,
            count("error") + f.errors.length,
            count("warning"),
            notMet,
            noReason,
          ];
        });
        assertEqual(figures(rows.map((r) => [r.file, ...r.cells.slice(7, 14)])), figures(fromReport), "figures");
        return `${rows.length} rows, links ${links.join(" · ")}`;
      }),
  },
  {
    name: "page: 自评报告 .docx of the example's 附件1 (96.88, 优, 76.80%, 形成调研报告数量 and its shortfall), writer loaded on the click",
    run: (env) =>
      withPage(env.browser, `${env.base}index.html`, async (page, guard) => {
        await uploadAndWait(page, [EXAMPLE]);
        assert(!guard.requests.some((u) => /docx-writer|draft-writer/.test(u)), "draft writer loaded before the click");
        const buttons = page.locator("[data-testid=download-draft]");
        assertEqual(
          (await buttons.allInnerTexts()).join(" | "),
          "自评报告（Word）：附件1 | 自评报告（Word）：附件2",
          "draft buttons",
        );
        const got = await download(page, buttons.first());
        assertEqual(got.name, "绩效自评表示例（附件1）.自评报告.docx", "draft name");
        const text = docxText(got.bytes);
        for (const s of [
          "96.88",
          "优",
          "76.80%",
          "形成调研报告数量：年度指标值≥15篇，实际完成值11篇，得2.20分（分值3分，扣0.80分）",
        ])
          assert(text.includes(s), `draft lacks ${s}`);
        assert(
          guard.requests.some((u) => /docx-writer/.test(u)),
          "docx writer chunk not requested",
        );
        return `${got.bytes.length} bytes, ${text.split("\n").length} paragraphs`;
      }),
  },
  {
    name: "pane in Excel (fake context): 生成自评报告 after a run downloads the draft; not loaded before",
    async run(env) {
      buildPaneDemo(env.rebuild);
      const server = await startServer({ root: path.join(ROOT, "dist-test"), port: 0 });
      try {
        return await withPage(
          env.browser,
          `${server.url}pane-demo.html?lang=zh`,
          async (page, guard) => {
            assert(
              await page.locator("[data-testid=download-draft]").isDisabled(),
              "draft button enabled before a run",
            );
            await page.getByRole("button", { name: "一键评分" }).first().click();
            await page.getByText("96.88").first().waitFor({ timeout: 30000 });
            assert(!guard.requests.some((u) => /docx-writer/.test(u)), "docx writer loaded before the click");
            const got = await download(page, page.locator("[data-testid=download-draft]").first());
            const text = docxText(got.bytes);
            assert(text.includes("合计总分96.88分，自评等级为“优”"), `pane draft: ${text.slice(0, 200)}`);
            return got.name;
          },
          { width: 320, height: 1100 },
        );
      } finally {
        await server.close();
      }
    },
  },
];
