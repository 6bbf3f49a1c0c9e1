// One pipeline per file (src/xlsx/scoreFile.ts): the command line's worker and the page's worker give the same report
// and write the same cells for the same bytes, and a file that fails, fails the same way in both.
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import { processFile, type FileJob } from "../../src/cli/processFile";
import { scoreFileBytes } from "../../src/web/workerTasks";
import { readBack } from "../../src/xlsx";
import { readmeWorkbooks, workbook } from "../helpers/fixtures";
import { tmpDir } from "../cli/helpers";

const profile = BUILT_IN_PROFILES[0];
const dir = tmpDir();

/** The command line's outcome of a file, and the page's, with their written copies. */
function bothHosts(file: string, mode: "score" | "audit" = "score", lang: "zh" | "en" = "zh") {
  const name = path.basename(file);
  const output = path.join(dir, `${mode}-${lang}-${name}`);
  const job: FileJob = {
    input: file,
    display: name,
    output,
    inPlace: false,
    backup: false,
    mode,
    profile,
    lang,
    marks: "problems",
    reportEntries: false,
  };
  const cli = processFile(job).report;
  const page = scoreFileBytes(new Uint8Array(fs.readFileSync(file)), name, { mode, profile, lang });
  const cells = (bytes: Uint8Array | null) =>
    bytes
      ? [...readBack(bytes)].map(([sheet, m]) => [sheet, [...m].map(([a, c]) => [a, c.value, c.note ?? null])])
      : null;
  return {
    cli,
    page: page.report,
    cliCells: cells(fs.existsSync(output) ? new Uint8Array(fs.readFileSync(output)) : null),
    pageCells: cells(page.output),
  };
}

test.each(
  readmeWorkbooks().flatMap((n) => [
    [n, "score"],
    [n, "audit"],
  ]),
)("%s (%s): the same report and the same cells from both hosts", (name, mode) => {
  const r = bothHosts(workbook(name), mode as "score" | "audit");
  expect({ ...r.page, output: null }).toEqual({ ...r.cli, output: null });
  expect(r.pageCells).not.toBeNull();
  expect(r.pageCells).toEqual(r.cliCells);
});

test("a broken file fails the same way in both hosts, in the run's language", () => {
  const broken = path.join(dir, "坏的.xlsx");
  fs.writeFileSync(broken, Buffer.from("PK\u0003\u0004 not really a zip"));
  for (const lang of ["zh", "en"] as const) {
    const r = bothHosts(broken, "score", lang);
    expect(r.page).toEqual(r.cli);
    expect(r.cli.errors.map((e) => e.code)).toEqual(["FILE_UNREADABLE"]);
    expect(r.cli.errors[0].message).toContain(lang === "zh" ? "不完整或已损坏" : "is incomplete or damaged");
    expect([r.cliCells, r.pageCells]).toEqual([null, null]);
  }
});
