// A 100,000-row sheet: read completely in time linear in its cells, and a write of one column over all rows.
import { cellAt, formatAt, formulaAt } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan";
import { applyPlan, readXlsx } from "../../src/xlsx";
import { minimalXlsx, sheetXml } from "./builders";

const ROWS = 100_000;
const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';

/** Six cells a row: shared string, number, inline string, percent, formula with cached value, boolean. */
function bigWorkbook(count = ROWS): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(
      `<row r="${r}" spans="1:6"><c r="A${r}" t="s"><v>${r % 3}</v></c><c r="B${r}"><v>${r * 1.5}</v></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>指标${r}</t></is></c><c r="D${r}" s="1"><v>0.${r % 100}</v></c>` +
        `<c r="E${r}"><f>B${r}*2</f><v>${r * 3}</v></c><c r="F${r}" t="b"><v>${r % 2}</v></c></row>`,
    );
  }
  return minimalXlsx({
    sheets: [{ name: "大表", xml: sheetXml(rows.join("")) }],
    sharedStrings: ["≥15篇", "11篇", "&gt;90%"],
    styles: STYLES,
  });
}

describe("a 100,000-row sheet", () => {
  const bytes = bigWorkbook();

  /** The fastest of three reads of `b` after a warm-up, in ms, and the sheet read. */
  function timedRead(b: Uint8Array): { ms: number; sheet: ReturnType<typeof readXlsx>["grid"]["sheets"][number] } {
    let sheet = readXlsx(b, "warm-up.xlsx").grid.sheets[0];
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      sheet = readXlsx(b, "big.xlsx").grid.sheets[0];
      times.push(performance.now() - t0);
    }
    return { ms: Math.min(...times), sheet };
  }

  test("is read completely, in time linear in its cells (against a tenth of it, read in the same run)", () => {
    const tenth = timedRead(bigWorkbook(ROWS / 10));
    const { ms, sheet } = timedRead(bytes);
    const perCell = ms / (ROWS * 6);
    const perCellTenth = tenth.ms / ((ROWS / 10) * 6);
    console.log(
      `read ${ROWS * 6} cells (${(bytes.length / 1e6).toFixed(1)} MB zipped) in ${ms.toFixed(0)} ms: ${Math.round(1000 / perCell)} cells/s; per cell ${(perCell / perCellTenth).toFixed(2)}× a tenth of the rows'`,
    );
    expect(sheet.values).toHaveLength(ROWS);
    expect(sheet.values[ROWS - 1]).toEqual(["11篇", ROWS * 1.5, `指标${ROWS}`, 0, ROWS * 3, false]);
    expect(cellAt(sheet, 40, 0)).toBe(">90%");
    expect(cellAt(sheet, 41, 3)).toBe(0.42);
    expect(formatAt(sheet, 41, 3)).toBe("0.00%");
    expect(formulaAt(sheet, 99_998, 4)).toBe("B99999*2");
    // linear: about 1× (the machine's speed and load cancel out); a reader quadratic in rows would be about 10×
    expect(perCell / perCellTenth).toBeLessThan(4);
  });

  test("a score in every row is spliced in and read back", () => {
    const wb = readXlsx(bytes, "big.xlsx");
    const writes: CellWrite[] = Array.from({ length: ROWS }, (_, r) => ({
      sheet: "大表",
      row: r,
      col: 6,
      address: `G${r + 1}`,
      kind: "score",
      value: r / 100,
      numFmt: "0.00",
    }));
    const t0 = performance.now();
    const out = applyPlan(wb, writes);
    const ms = performance.now() - t0;
    console.log(`applyPlan: ${ROWS} scores in ${ms.toFixed(0)} ms`);
    const sheet = readXlsx(out, "out.xlsx").grid.sheets[0];
    expect([cellAt(sheet, ROWS - 1, 6), formatAt(sheet, ROWS - 1, 6)]).toEqual([999.99, "0.00"]);
    expect(cellAt(sheet, ROWS - 1, 5)).toBe(false);
    expect(formulaAt(sheet, 500, 4)).toBe("B501*2");
    expect(ms).toBeLessThan(20000);
  });
});
