// The hostile corpus (scripts/corpus/hostile.mjs) dropped on the page at once, in real Chromium: every file gets
// its outcome in its row, the tab stays alive and responsive, and a good workbook scores normally afterwards.
import * as path from "node:path";
import { makeHostileCorpus } from "../../scripts/corpus/hostile.mjs";
import { assert, assertEqual, guardedContext, openPage, ROOT } from "./harness.mjs";
import { RESPONSIVENESS_PROBE, runBrowserBatch } from "./batchFiles.mjs";

/** The browser test. */
export const hostileTests = [
  {
    name: "page: the hostile corpus, each file with its message, the page alive",
    async run({ browser, base, tmp }) {
      const corpus = await makeHostileCorpus(path.join(tmp, "hostile"));
      const guard = await guardedContext(browser, base);
      try {
        await guard.context.addInitScript(RESPONSIVENESS_PROBE);
        const { page, errors } = await openPage(guard.context, `${base}index.html`);
        const m = await runBrowserBatch(
          page,
          corpus.map((c) => c.file),
          { timeout: 240000 },
        );
        const rows = await page.locator("[data-testid=file-row]").evaluateAll((els) =>
          els.map((e) => ({
            file: e.getAttribute("data-file"),
            status: e.getAttribute("data-status"),
            text: e.textContent ?? "",
          })),
        );
        assertEqual(rows.length, corpus.length, "rows");
        for (const c of corpus) {
          const row = rows.find((r) => r.file === path.basename(c.file));
          assert(row, `no row for ${c.file}`);
          const refused = c.expect.error && !c.expect.totals;
          assertEqual(row.status, refused ? "failed" : "done", `${row.file} status`);
          if (refused) assert(row.text.includes(c.expect.says), `${row.file}: "${c.expect.says}" not in "${row.text}"`);
          else if (c.expect.totals[0] !== null)
            assert(row.text.includes(`${c.expect.totals[0].toFixed(2)} 优`), `${row.file}: ${row.text}`);
        }
        // the tab survived all of it: a good workbook still scores
        await page.setInputFiles("[data-testid=file-input]", [
          path.join(ROOT, "assets", "example", "绩效自评表示例.xlsx"),
        ]);
        await page.waitForFunction(
          (n) =>
            document.querySelectorAll(
              "[data-testid=file-row][data-status=done], [data-testid=file-row][data-status=failed]",
            ).length === n,
          corpus.length + 1,
          { timeout: 60000 },
        );
        const last = (await page.locator("[data-testid=file-row]").last().textContent()) ?? "";
        assert(last.includes("96.88 优") && last.includes("90.56 优"), `after the corpus: ${last}`);
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return `${corpus.length} files in ${(m.wallMs / 1000).toFixed(1)} s, longest main-thread task ${m.longest} ms, largest timer gap ${m.maxGap} ms`;
      } finally {
        await guard.finish();
      }
    },
  },
];
