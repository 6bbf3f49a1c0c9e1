// ../shared beside the repository (as in CI): its fixtures and acceptance tools. Only test/shared/ uses it, and
// jest.config.js runs test/shared/ only when ../shared/fixtures exists.
import * as path from "node:path";

/** ../shared/fixtures. */
export const SHARED_FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

/** A shared workbook, e.g. sharedWorkbook("foreign/project-gansu-2021-openpyxl.xlsx"). */
export function sharedWorkbook(name: string): string {
  return path.join(SHARED_FIXTURES, "workbooks", name);
}

/** A shared acceptance tool, e.g. sharedTool("check-fixtures.mjs"). */
export function sharedTool(name: string): string {
  return path.resolve(SHARED_FIXTURES, "..", "tools", name);
}
