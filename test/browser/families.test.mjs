// Issue 12's layout families in the page: the 29 family workbooks dropped at once, each row shows its seed's total
// and grade (an empty stacked table adds no figure), and a downloaded workbook of every family holds every value and
// flag the core plans for it.
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { assert, assertEqual, download, guardedContext, openPage, uploadAndWait, WORKBOOKS } from "./harness.mjs";
import { checkWorkbook } from "./fixtures.test.mjs";

const FAMILIES = path.join(WORKBOOKS, "families");

/** What the file row shows for a family workbook: the seed's total and grade, then the empty table when stacked. */
function expectedFigures(name) {
  const seed = name.includes("department") ? "90.56 优" : "96.88 优";
  return name.startsWith("stacked-empty") ? `${seed} · 暂不计算` : seed;
}

export const familyTests = [
  {
    name: "layout families: 29 workbooks dropped at once score to their seeds' figures",
    async run({ browser, base }) {
      const names = (await fs.readdir(FAMILIES)).filter((f) => f.endsWith(".xlsx")).sort();
      assertEqual(names.length, 29, "family workbooks");
      const guard = await guardedContext(browser, base);
      try {
        const { page, errors } = await openPage(guard.context, `${base}index.html`);
        await uploadAndWait(
          page,
          names.map((n) => path.join(FAMILIES, n)),
          { timeout: 120000 },
        );
        for (const name of names) {
          const row = page.locator(`[data-testid=file-row][data-file="${name}"]`);
          assertEqual(await row.getAttribute("data-status"), "done", `${name} status`);
          const text = await row.innerText();
          assert(
            text.includes(expectedFigures(name)),
            `${name} shows "${text.replace(/\s+/g, " ")}", expected ${expectedFigures(name)}`,
          );
        }
        let checked = 0;
        for (const name of names.filter((n) => /-project\.xlsx$/.test(n))) {
          await page.locator(`[data-testid=file-row][data-file="${name}"]`).click();
          const got = await download(page, page.locator("[data-testid=download-workbook]"));
          checkWorkbook(name, new Uint8Array(await fs.readFile(path.join(FAMILIES, name))), got.bytes);
          checked++;
        }
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return `${names.length} files, ${checked} downloads read back`;
      } finally {
        await guard.finish();
      }
    },
  },
];
