// A report entry in pieces must be, joined, exactly the text JSON.stringify(…, null, 2) gives at its depth: checked
// against re-indenting JSON.stringify's own output (the slow way it replaces) on random values with long arrays cut
// every few items, and on a report with thousands of findings.
import { fileEntry } from "../../src/cli/fileResult";
import { prettyPieces, stringifyAt } from "../../src/reports/prettyJson";
import { builtInProfile } from "../../src/core/builtInProfiles";
import { scoreWorkbook } from "../../src/core/buildPlan";
import { readXlsx } from "../../src/xlsx";
import { workbookBytes } from "../helpers/fixtures";
import { Gen, rng } from "../xlsx/xmlFuzz";

/** The oracle: JSON.stringify's text of the value, every line after the first indented 2·depth more. */
function reindented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth));
}

function randomValue(g: Gen, level: number): unknown {
  const leaves = [null, 0, -0, 1.5, -2e21, NaN, true, false, "", '甲\n"引号"\\', "😀", "a\u2028b"];
  if (level > 4 || g.chance(0.35)) return g.pick(leaves);
  if (g.chance(0.5))
    return Array.from({ length: g.int(9) }, () => (g.chance(0.1) ? undefined : randomValue(g, level + 1)));
  const o: Record<string, unknown> = {};
  for (let k = g.int(5); k > 0; k--)
    o[g.pick(["file", "tables", "findings", "0", "12", "键", 'q"'])] = g.chance(0.1)
      ? undefined
      : randomValue(g, level + 1);
  return o;
}

describe("a value stringified at its depth, in pieces", () => {
  test("stringifyAt is JSON.stringify's text at that depth (random values, depths 0-5)", () => {
    const g = new Gen(rng(7));
    for (let i = 0; i < 400; i++) {
      const value = randomValue(g, 0);
      const depth = g.int(6);
      expect([i, stringifyAt(value, depth)]).toEqual([i, reindented(value, depth)]);
    }
  });

  test("the pieces, joined, are the same text; arrays longer than 3 items come a slice at a time", () => {
    const g = new Gen(rng(8));
    let cut = 0;
    for (let i = 0; i < 600; i++) {
      const value = randomValue(g, 0);
      const depth = g.int(4);
      const pieces = [...prettyPieces(value, depth, 3)];
      expect([i, pieces.join("")]).toEqual([i, reindented(value, depth)]);
      if (pieces.length > 1) cut++;
    }
    expect(cut).toBeGreaterThan(100);
  });

  test("a report with 8,000 findings: the entry is the report's text at depth 2, in pieces of 512 findings", () => {
    const name = "project-gansu-2021.xlsx";
    const profile = builtInProfile("central-2020")!;
    const report = scoreWorkbook(readXlsx(workbookBytes(name), name).grid, {
      mode: "score",
      profile,
      fileName: name,
    }).report;
    const table = report.tables[0];
    const findings = table.findings;
    table.findings = Array.from({ length: 8000 }, (_v, i) => ({ ...findings[i % findings.length], cell: `H${i}` }));
    const whole = JSON.stringify({ files: [report] }, null, 2);
    const entry = whole.slice('{\n  "files": [\n'.length, whole.length - "\n  ]\n}".length);
    const pieces = [...fileEntry(report)] as string[];
    expect(pieces.join("")).toBe(entry);
    expect(pieces.length).toBeGreaterThan(8000 / 512);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(entry.length / 10);
  });
});
