// The writer's plain pass over a row must find exactly the cells, columns and formulas the tokenizer finds.
import { RowCells, rowSpanAt } from "../../src/xlsx/rowScan";
import { scanPlainRow, type RowCellSink } from "../../src/xlsx/plainRowScan";
import { forgetOutlines, sheetOutline } from "../../src/xlsx/sheetScan";
import { Gen, rng, sheetDocument } from "./xmlFuzz";

/** Every cell of every row of `xml` as the given pass reads it. */
function cellsOf(xml: string, pass: "scan" | "scanTokens") {
  const outline = sheetOutline(xml);
  const rows = outline.rows!;
  return rows.num.map((_n, i) => {
    const cells = new RowCells()[pass](xml, outline.prefix, rowSpanAt(xml, rows, i));
    return Array.from({ length: cells.count }, (_v, k) => cells.span(k));
  });
}

/** The random sheet without comments, processing instructions and CDATA (what the plain pass reads itself). */
function plainOf(xml: string): string {
  return xml
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\?(?!xml\s)[\s\S]*?\?>/g, "")
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
}

const ignore: RowCellSink = { openCell() {}, closeCell() {}, formulaStart: () => true, formulaEnd() {} };

afterEach(forgetOutlines);

describe("scanPlainRow", () => {
  test("finds the tokenizer's cells, columns and formulas in 300 random sheets, with and without comments", () => {
    const g = new Gen(rng(20261204));
    let plainRows = 0;
    for (let run = 0; run < 300; run++) {
      const noisy = sheetDocument(g, 4);
      for (const xml of [noisy, plainOf(noisy)]) {
        expect([run, cellsOf(xml, "scan")]).toEqual([run, cellsOf(xml, "scanTokens")]);
        const outline = sheetOutline(xml);
        const rows = outline.rows!;
        for (let i = 0; i < rows.num.length; i++) {
          const row = rowSpanAt(xml, rows, i);
          if (scanPlainRow(xml, outline.prefix + "c", outline.prefix + "f", row.openEnd, row.closeStart, ignore))
            plainRows++;
        }
      }
    }
    expect(plainRows).toBeGreaterThan(1000);
  });

  test("a > in a quoted value, a cell without r, an entity in r and a nested first <f>", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c foo="a>b" r="B1"><v>1</v></c><c><f>X</f></c>' +
      '<c r="&#68;1"><v>2</v></c></row><row r="2"><c r="C2"><is><r><f>in</f></r></is><f t="shared">Y</f></c>' +
      "<c r='E2'/></row></sheetData></worksheet>";
    const scanned = cellsOf(xml, "scan");
    expect(scanned).toEqual(cellsOf(xml, "scanTokens"));
    expect(scanned[0].map((c) => c.col)).toEqual([1, 2, 3]);
    expect(scanned[1].map((c) => c.col)).toEqual([2, 4]);
    expect(xml.slice(scanned[1][0].formula!.start, scanned[1][0].formula!.end)).toBe("<f>in</f>");
  });
});
