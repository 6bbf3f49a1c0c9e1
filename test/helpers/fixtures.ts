// The project's own fixtures (test/fixtures/, written by `npm run fixtures` from the seeds): workbook paths and
// bytes, the catalogue of layout facts, the seed tables. Nothing here reads ../shared (see test/shared/).
import * as fs from "node:fs";
import * as path from "node:path";
import type { SeedCase } from "./seedGrid";

/** test/fixtures/workbooks. */
export const WORKBOOKS = path.resolve(__dirname, "../fixtures/workbooks");
const SEEDS = path.resolve(__dirname, "../fixtures/seeds");

/** Absolute path of a workbook, e.g. workbook("project-gansu-2021.xlsx"), workbook("foreign/x.xlsx"), workbook("families/x.xlsx"). */
export function workbook(name: string): string {
  return path.join(WORKBOOKS, name);
}

/** The bytes of a workbook. */
export function workbookBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(workbook(name)));
}

/** The copies of the shared fixtures README's eleven workbooks (main folder, then foreign/), relative to WORKBOOKS. */
export function readmeWorkbooks(): string[] {
  const main = fs.readdirSync(WORKBOOKS).filter((f) => f.endsWith(".xlsx"));
  const foreign = fs.readdirSync(path.join(WORKBOOKS, "foreign")).filter((f) => f.endsWith(".xlsx"));
  return [...main.sort(), ...foreign.sort().map((f) => "foreign/" + f)];
}

/** One table of a generated workbook: where its header, rows and the cells the scorer must write are. */
export interface CatalogueTable {
  /** The seed it shows (file name without .json); null for a table with no indicator rows. */
  seed: string | null;
  sheet: string;
  /** A table with a header and no indicator rows. */
  empty?: boolean;
  /** Header range (one or two rows), e.g. "A10:H10". */
  header: string;
  /** From the title row to the total row (or the header when empty). */
  area: string;
  /** Column letter by role (level1, level3, target, actual, weight, score, reason, ...). */
  columns: Record<string, string>;
  /** Score cell of each indicator, by level-3 name. */
  scores?: Record<string, string>;
  /** Level-3 names whose reason cell holds text (the others' reason cells are empty). */
  filledReasons?: string[];
  /** Score cell of each subtotal row, by its label (一、产出指标). */
  subtotals?: Record<string, string>;
  total?: string;
  /** The first cell of each header printed again inside the table (a page break). */
  repeatedHeaders?: string[];
  fundingRate?: string;
  fundingScore?: string;
}

/** One generated workbook: its file (relative to WORKBOOKS), layout family, what it shows, its tables. */
export interface CatalogueEntry {
  file: string;
  family: string;
  about: string;
  tables: CatalogueTable[];
}

/** test/fixtures/workbooks/catalogue.json. */
export function catalogue(): CatalogueEntry[] {
  return JSON.parse(fs.readFileSync(path.join(WORKBOOKS, "catalogue.json"), "utf8")) as CatalogueEntry[];
}

/** The layout-family workbooks (families/), in catalogue order. */
export function familyWorkbooks(): CatalogueEntry[] {
  return catalogue().filter((e) => e.file.startsWith("families/"));
}

/** The seed tables of test/fixtures/seeds. */
export type SeedName =
  | "project-gansu-2021"
  | "department-gansu-2021"
  | "targets-hengshui-2021-a"
  | "targets-hengshui-2021-b"
  | "no-weights-xiqu-2021";

/** Every seed name. */
export const SEED_NAMES: readonly SeedName[] = [
  "targets-hengshui-2021-a",
  "targets-hengshui-2021-b",
  "no-weights-xiqu-2021",
  "department-gansu-2021",
  "project-gansu-2021",
];

/** A seed table (test/fixtures/seeds/NAME.json). */
export function seed(name: SeedName): SeedCase {
  return JSON.parse(fs.readFileSync(path.join(SEEDS, `${name}.json`), "utf8")) as SeedCase;
}
