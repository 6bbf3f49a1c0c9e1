// Every workbook of the fixtures README (the project's copies) uploaded to the page: the README's totals and
// grades on screen, and the downloaded workbook read back with the compiled xlsx host (every planned value and
// flag is in the file).
import * as path from "node:path";
import { promises as fs } from "node:fs";
import {
  assert,
  assertEqual,
  compiledLib,
  download,
  fixtureNames,
  guardedContext,
  openPage,
  uploadAndWait,
  WORKBOOKS,
} from "./harness.mjs";

const PROJECT = { total: "96.88", grade: "优", funding: "7.68" };
const DEPARTMENT = { total: "90.56", grade: "优", funding: "5.94" };
const CHECK = "check-only";

/** The README's figures per workbook, table by table (project unless listed). */
const EXPECTED = {
  "department-gansu-2021.xlsx": [DEPARTMENT],
  "department-gansu-2021-split.xlsx": [DEPARTMENT],
  "department-gansu-2021-submitted.xlsx": [DEPARTMENT],
  "no-weights-xiqu-2021.xlsx": [CHECK],
  "targets-hengshui-2021.xlsx": [CHECK, CHECK],
  "two-sheets-gansu-2021.xlsx": [PROJECT, DEPARTMENT],
};

/** Cells checked by address after download (sheet → address → value). */
const KNOWN_CELLS = {
  "project-gansu-2021.xlsx": { 绩效自评表: { G17: 2.2, G41: 96.88, G5: 0.768, H5: 7.68 } },
};

/** Checks the summary blocks of the open file against the expected tables. */
async function checkSummary(page, expected) {
  const blocks = page.locator("[data-testid=file-detail] section[aria-labelledby=selfeval-summary-heading] li");
  assertEqual(await blocks.count(), expected.length, "tables on the page");
  for (let i = 0; i < expected.length; i++) {
    const block = blocks.nth(i);
    const text = await block.innerText();
    if (expected[i] === CHECK) {
      assert(text.includes("只检查，不计分"), `table ${i + 1} should be check-only, shows: ${text}`);
      continue;
    }
    assertEqual(
      await block.locator("[data-testid=summary-total]").innerText(),
      expected[i].total,
      `table ${i + 1} total`,
    );
    assertEqual(
      await block.locator("[data-testid=summary-grade]").innerText(),
      expected[i].grade,
      `table ${i + 1} grade`,
    );
    assert(
      text.includes(`执行率得分 ${expected[i].funding}`),
      `table ${i + 1} funding score ${expected[i].funding} missing in: ${text}`,
    );
  }
}

/** Reads the downloaded workbook back and compares it with the plan the compiled core makes for the original. */
export function checkWorkbook(name, original, downloaded) {
  const { core, xlsx } = compiledLib();
  const plan = core.scoreWorkbook(xlsx.readXlsx(original, name).grid, {
    mode: "score",
    profile: core.BUILT_IN_PROFILES[0],
    fileName: name,
  });
  const back = xlsx.readBack(downloaded);
  let values = 0;
  let marks = 0;
  for (const w of plan.writes) {
    const cell = back.get(w.sheet)?.get(w.address);
    assert(cell, `${w.sheet}!${w.address} missing in the download`);
    if (w.value !== undefined) {
      assertEqual(cell.value, w.value, `${w.sheet}!${w.address}`);
      values++;
    }
    if (w.mark) {
      assertEqual(cell.fill, core.MARK_FILLS[w.mark.severity], `${w.sheet}!${w.address} fill`);
      assert(cell.note?.includes(core.NOTE_PREFIX), `${w.sheet}!${w.address} has no 【绩效评分】 note`);
      marks++;
    }
  }
  for (const [sheet, cells] of Object.entries(KNOWN_CELLS[path.basename(name)] ?? {})) {
    for (const [address, value] of Object.entries(cells))
      assertEqual(back.get(sheet)?.get(address)?.value, value, `${sheet}!${address}`);
  }
  return { values, marks };
}

/** One test per workbook of the fixtures README. */
export async function fixtureTests() {
  return (await fixtureNames()).map((rel) => ({
    name: `fixture ${rel}`,
    async run({ browser, base }) {
      const guard = await guardedContext(browser, base);
      try {
        const { page, errors } = await openPage(guard.context, `${base}index.html`);
        const file = path.join(WORKBOOKS, rel);
        const name = path.basename(rel);
        await uploadAndWait(page, [file]);
        const expected = EXPECTED[name] ?? [PROJECT];
        await checkSummary(page, expected);
        const row = page.locator("[data-testid=file-row]").first();
        assertEqual(await row.getAttribute("data-status"), "done", "row status");
        const button = page.locator("[data-testid=download-workbook]");
        if (name === "no-weights-xiqu-2021.xlsx") {
          // checked, not scored: the copy is offered as on the command line, and it is the file itself
          const got = await download(page, button);
          const input = new Uint8Array(await fs.readFile(file));
          assert(Buffer.from(got.bytes).equals(Buffer.from(input)), "no-weights: the copy is the input, byte for byte");
          assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
          return "nothing written: the copy is the input byte for byte";
        }
        const got = await download(page, button);
        assertEqual(got.name, name.replace(/\.xlsx$/, ".scored.xlsx"), "download name");
        const { values, marks } = checkWorkbook(name, new Uint8Array(await fs.readFile(file)), got.bytes);
        assertEqual(errors.length, 0, `page errors: ${errors.join("; ")}`);
        return `${expected.map((e) => (e === CHECK ? "check-only" : `${e.total} ${e.grade}`)).join(" + ")}; read back ${values} values, ${marks} flags`;
      } finally {
        await guard.finish();
      }
    },
  }));
}
