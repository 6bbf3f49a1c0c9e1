// Paths to the shared, read-only fixtures (../shared beside the repository, as in CI).
import * as fs from "node:fs";
import * as path from "node:path";

/** Root of ../shared/fixtures. */
export const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

/** Absolute path of a shared workbook, e.g. workbook("project-gansu-2021.xlsx") or workbook("foreign/x.xlsx"). */
export function workbook(name: string): string {
  return path.join(FIXTURES, "workbooks", name);
}

/** The bytes of a shared workbook. */
export function workbookBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(workbook(name)));
}

/** Every shared workbook, main folder and foreign/, as names relative to workbooks/. */
export function allWorkbooks(): string[] {
  const dir = path.join(FIXTURES, "workbooks");
  const main = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  const foreign = fs.readdirSync(path.join(dir, "foreign")).filter((f) => f.endsWith(".xlsx"));
  return [...main, ...foreign.map((f) => "foreign/" + f)];
}

/** A seed case JSON (../shared/fixtures/seed-cases). */
export function seedCase(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, "seed-cases", name), "utf8"));
}
