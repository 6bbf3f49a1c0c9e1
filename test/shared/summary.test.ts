// `selfeval score <the shared workbooks folder> --summary 汇总表.xlsx`: the summary read back holds one row per table
// with the JSON report's figures, and its links resolve to the scored copies.
import * as path from "node:path";
import { readReport, selfeval, tmpDir } from "../cli/helpers";
import { expectRowsMatchReport, readSummary } from "../cli/summaryReadBack";
import { SHARED_FIXTURES } from "./shared";

test("the shared workbooks' summary equals the JSON report, row by row", async () => {
  const dir = tmpDir("selfeval-shared-summary-");
  const run = await selfeval(
    "score",
    path.join(SHARED_FIXTURES, "workbooks"),
    "--out",
    path.join(dir, "out"),
    "--json",
    path.join(dir, "r.json"),
    "--summary",
    path.join(dir, "汇总表.xlsx"),
  );
  expect(run.code).toBe(0);
  const rows = await readSummary(path.join(dir, "汇总表.xlsx"));
  expect(expectRowsMatchReport(rows, readReport(path.join(dir, "r.json")), dir)).toBe(13);
  expect(rows.find((r) => r.file.endsWith(`${path.sep}project-gansu-2021.xlsx`))!.cells.slice(7, 10)).toEqual([
    96.88,
    "优",
    0.768,
  ]);
}, 60000);
