// The Excel task pane build (dist/taskpane.html) opened in Chromium outside Office: office.js from the CDN is
// routed to a stub that leaves window.Office undefined, and the pane must say 未在Excel中运行.
import { assert, assertEqual, axeViolations, guardedContext, openPage, screenshot } from "./harness.mjs";

/** Any non-local office.js (the Microsoft CDN by default) gets this body instead. */
const OFFICE_STUB = {
  pattern: /^https?:\/\/(?!127\.0\.0\.1)[^/]+\/.*office\.js(\?.*)?$/i,
  body: "/* office.js stub for tests: window.Office stays undefined */\n",
};

/** Opens the pane at 320 × 640 with the stub; returns the guard and page. */
async function openPane(env) {
  const guard = await guardedContext(env.browser, env.base, { stubs: [OFFICE_STUB] });
  const { page, errors } = await openPage(guard.context, `${env.base}taskpane.html`, { width: 320, height: 640 });
  return { guard, page, errors };
}

/** Width the document overflows its window by (0 = no horizontal scrollbar). */
function overflowX(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The pane tests. */
export const paneTests = [
  {
    name: "pane: renders outside Excel at 320 px (zh, en), axe clean, no horizontal scrollbar",
    async run(env) {
      const { guard, page, errors } = await openPane(env);
      try {
        await page.getByText("未在Excel中运行").waitFor({ timeout: 20000 });
        assertEqual(await page.evaluate(() => typeof window.Office), "undefined", "window.Office");
        assert(guard.stubbed.length >= 1, "office.js was not requested (stub unused)");
        assertEqual(await overflowX(page), 0, "horizontal overflow at 320 px (zh)");
        const zh = await axeViolations(page);
        await screenshot(page, "pane-outside-zh.png");
        await page.getByRole("button", { name: "English" }).click();
        await page.getByText("Not running inside Excel").waitFor();
        assertEqual(await overflowX(page), 0, "horizontal overflow at 320 px (en)");
        const en = await axeViolations(page);
        await screenshot(page, "pane-outside-en.png");
        const all = [...zh, ...en];
        assert(all.length === 0, `axe: ${JSON.stringify(all, null, 1)}`);
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return `stubbed ${guard.stubbed.map((u) => new URL(u).host).join(", ")}; pane-outside-zh.png, pane-outside-en.png`;
      } finally {
        await guard.finish();
      }
    },
  },
];
