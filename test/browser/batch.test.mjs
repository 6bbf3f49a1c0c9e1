// A 200-file batch in the page: it finishes, every file gets its row and result, and the page stays responsive: no
// task of the page's own blocks it for 500 ms, and a 50 ms timer keeps firing (no gap over 500 ms). A page that
// scored on its own thread would block for seconds. How long its tasks are against the goal (≤ 200 ms) is a
// figure, printed here and by `npm run bench -- 5`, not asserted: on the shared 2-core machine it moves with the load
// (the tasks that make the 200 rows' layout took 60-95 ms on a slow day). The task that delivers the picked files
// begins with the browser's own work of making their File list (100-200 ms for 200 files, before any script of the
// page runs): the probe counts from the file input's event (batchFiles.mjs). Gaps of 200-300 ms were seen with no
// long task behind them: that is the OS scheduling Chromium's threads, not the page blocking.
import * as path from "node:path";
import { assert, assertEqual, guardedContext, openPage } from "./harness.mjs";
import { makeBatchFiles, RESPONSIVENESS_PROBE, runBrowserBatch } from "./batchFiles.mjs";

/** Longest allowed task of the page's own (ms) and timer gap (ms). */
const LIMIT_MS = 500;
const GAP_LIMIT_MS = 500;

/** The batch test. */
export const batchTests = [
  {
    name: "page: 200-file batch stays responsive",
    async run({ browser, base, tmp }) {
      const files = await makeBatchFiles(path.join(tmp, "batch-200"), 200, { broken: true });
      const guard = await guardedContext(browser, base);
      try {
        await guard.context.addInitScript(RESPONSIVENESS_PROBE);
        const { page, errors } = await openPage(guard.context, `${base}index.html`);
        const m = await runBrowserBatch(page, files);
        assert(m.noLongTask === null, `longtask observer unavailable: ${m.noLongTask}`);
        const statuses = await page
          .locator("[data-testid=file-row]")
          .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-status")));
        assertEqual(statuses.length, 200, "rows");
        assertEqual(statuses.filter((s) => s === "done").length, 198, "done rows");
        assertEqual(statuses.filter((s) => s === "failed").length, 2, "failed rows (truncated copy, legacy .xls)");
        const figures = await page
          .locator("[data-testid=file-row]")
          .evaluateAll((rows) => rows.map((r) => r.innerText));
        assert(figures[0].includes("90.56 优"), `first row: ${figures[0]}`);
        assert(m.ticks > 0, "the timer never fired");
        assert(
          m.maxGap <= GAP_LIMIT_MS,
          `timer gap ${m.maxGap} ms > ${GAP_LIMIT_MS} ms (ticks over 100 ms: ${m.slowTicks.join(" ")}; long tasks: ${m.longTasks.join(",")})`,
        );
        assert(m.longest <= LIMIT_MS, `long task ${m.longest} ms > ${LIMIT_MS} ms (all: ${m.longTasks.join(",")})`);
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return `batch ${(m.pageMs / 1000).toFixed(2)} s in the page (${(m.wallMs / 1000).toFixed(2)} s wall), max timer gap ${m.maxGap} ms over ${m.ticks} ticks, longest task of the page's own ${m.longest} ms (${m.longTasks.length} over 50 ms; goal ≤ 200), the browser's own file selection ${m.selectionMs} ms`;
      } finally {
        await guard.finish();
      }
    },
  },
];
