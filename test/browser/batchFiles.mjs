// Makes a folder of N workbooks from the fixtures README's workbooks (copies cycled through each), optionally with
// a few broken variants (a truncated copy, a legacy .xls) as a real batch has. Used by the batch test and bench.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fixtureNames, WORKBOOKS } from "./harness.mjs";

/** Writes `count` files into `dir` (created) and returns their paths in name order. */
export async function makeBatchFiles(dir, count = 200, { broken = false } = {}) {
  await fs.mkdir(dir, { recursive: true });
  const names = await fixtureNames();
  const sources = await Promise.all(names.map((n) => fs.readFile(path.join(WORKBOOKS, n))));
  const files = [];
  for (let i = 0; i < count; i++) {
    const k = i % names.length;
    const number = String(i + 1).padStart(3, "0");
    const base = path.basename(names[k], ".xlsx");
    let file = path.join(dir, `${number}-${base}.xlsx`);
    let bytes = sources[k];
    if (broken && i === Math.floor(count / 3)) bytes = sources[k].subarray(0, Math.floor(sources[k].length / 2));
    if (broken && i === Math.floor((2 * count) / 3)) {
      file = path.join(dir, `${number}-旧版.xls`);
      bytes = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    }
    await fs.writeFile(file, bytes);
    files.push(file);
  }
  return files;
}

/** Installs, before the page's scripts run, a 50 ms interval that records its gaps, a long-task observer, and the time
 *  a file input's `input` event reaches the page (the task that delivers picked files begins with the browser's own
 *  work of making their File list: 100-200 ms for 200 files here, before any script of the page runs). */
export const RESPONSIVENESS_PROBE = `
  window.__probe = { gaps: [], longTasks: [], picks: [], last: 0 };
  window.__probe.last = performance.now();
  window.__probe.timer = setInterval(() => {
    const now = performance.now();
    window.__probe.gaps.push(now - window.__probe.last);
    window.__probe.last = now;
  }, 50);
  document.addEventListener("input", (e) => {
    if (e.target && e.target.type === "file") window.__probe.picks.push(performance.now());
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { window.__probe.noLongTask = String(e); }
`;

/** A long task's part that is the page's own: from the pick it delivered, if it delivered one, to its end. */
function ownPart(task, picks) {
  const pick = picks.find((t) => t >= task.start && t <= task.start + task.duration);
  return pick === undefined
    ? { own: task.duration, selection: 0 }
    : { own: task.start + task.duration - pick, selection: pick - task.start };
}

/** Uploads `files` into an open page and measures the batch: wall time, the page's own time, timer gaps, long tasks. */
export async function runBrowserBatch(page, files, { timeout = 300000 } = {}) {
  await page.evaluate(() => {
    window.__probe.gaps.length = 0;
    window.__probe.longTasks.length = 0;
    window.__probe.picks.length = 0;
    window.__probe.last = performance.now();
  });
  const started = Date.now();
  await page.setInputFiles("[data-testid=file-input]", files);
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
    files.length,
    { timeout, polling: 250 },
  );
  const wallMs = Date.now() - started;
  const pageMs = Number(await page.locator("[data-testid=batch-status]").getAttribute("data-ms"));
  const probe = await page.evaluate(() => ({
    gaps: window.__probe.gaps.slice(),
    longTasks: window.__probe.longTasks.slice(),
    picks: window.__probe.picks.slice(),
    noLongTask: window.__probe.noLongTask ?? null,
  }));
  const parts = probe.longTasks.map((t) => ownPart(t, probe.picks));
  const maxGap = Math.round(Math.max(0, ...probe.gaps));
  const slowTicks = probe.gaps.flatMap((g, i) => (g > 100 ? [`#${i}:${Math.round(g)}ms`] : []));
  const longTasks = parts.map((p) => Math.round(p.own)).filter((ms) => ms >= 50);
  return {
    wallMs,
    pageMs,
    maxGap,
    ticks: probe.gaps.length,
    slowTicks,
    longest: Math.max(0, ...longTasks),
    longTasks,
    selectionMs: Math.round(Math.max(0, ...parts.map((p) => p.selection))),
    noLongTask: probe.noLongTask,
  };
}
