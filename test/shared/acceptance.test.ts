// The shared acceptance tools (../shared/tools) on the shared workbooks, through the command line: every figure
// of the fixtures README (72/72, and 4/4 with --audit) and the lossless promise on the two foreign workbooks.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { readmeWorkbooks } from "../helpers/fixtures";
import { selfeval, tmpDir } from "../cli/helpers";
import { sharedTool, sharedWorkbook } from "./shared";

const dir = tmpDir("selfeval-shared-");
const FOREIGN = ["foreign/project-gansu-2021-openpyxl.xlsx", "foreign/project-gansu-2021-libreoffice.xlsx"];

/** Runs a shared tool; returns its output whatever its exit code. */
function tool(name: string, ...args: string[]): string {
  try {
    return execFileSync(process.execPath, [sharedTool(name), ...args], { encoding: "utf8" });
  } catch (e) {
    return (e as { stdout: string }).stdout;
  }
}

beforeAll(async () => {
  const files = readmeWorkbooks().map(sharedWorkbook);
  const run = await selfeval("score", ...files, "--out", path.join(dir, "out"), "--json", path.join(dir, "r.json"));
  expect(run.code).toBe(0);
  const submitted = ["project-gansu-2021-submitted.xlsx", "department-gansu-2021-submitted.xlsx"].map(sharedWorkbook);
  const audit = await selfeval(
    "score",
    ...submitted,
    "--audit",
    "--out",
    path.join(dir, "audit"),
    "--json",
    path.join(dir, "audit.json"),
  );
  expect(audit.code).toBe(0);
}, 60000);

test("check-fixtures.mjs: 72 of 72 checks hold on the shared workbooks", () => {
  const out = tool("check-fixtures.mjs", path.join(dir, "r.json"));
  expect(out.split("\n").filter((l) => l.startsWith("MISS"))).toEqual([]);
  expect(out).toContain("fixtures: 72/72 checks hold");
});

test("check-fixtures.mjs --audit: 4 of 4 on the shared -submitted copies", () => {
  const out = tool("check-fixtures.mjs", path.join(dir, "audit.json"), "--audit");
  expect(out.split("\n").filter((l) => l.startsWith("MISS"))).toEqual([]);
  expect(out).toContain("fixtures --audit: 4/4 checks hold");
});

test.each(FOREIGN)("check-lossless.mjs on the scored %s: every check holds", (name) => {
  const out = tool("check-lossless.mjs", sharedWorkbook(name), path.join(dir, "out", path.basename(name)));
  expect(out.split("\n").filter((l) => l.startsWith("MISS"))).toEqual([]);
  expect(out).toMatch(/lossless: (\d+)\/\1 checks hold/);
});
