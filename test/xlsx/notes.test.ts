// Marks: fills through cloned cell formats, and legacy notes in new or existing comments/VML parts.
import ExcelJS from "exceljs";
import type { CellWrite } from "../../src/core/plan";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { idmapBlocks } from "../../src/xlsx/vml";
import { workbookBytes } from "../helpers/fixtures";
import { minimalXlsx, sheetXml, unzipParts } from "./builders";

function mark(
  sheet: string,
  row: number,
  col: number,
  severity: "error" | "warning" | "info",
  note: string,
): CellWrite {
  return { sheet, row, col, address: `R${row}C${col}`, kind: "mark", mark: { severity, note } };
}

function text(parts: Map<string, Buffer>, name: string): string {
  return parts.get(name)?.toString("utf8") ?? "";
}

describe("a workbook without notes", () => {
  const original = workbookBytes("project-gansu-2021.xlsx");
  const out = applyPlan(readXlsx(original, "p.xlsx"), [
    mark("绩效自评表", 16, 4, "error", "【绩效评分】实际完成值11篇低于年度指标值15篇"),
    mark("绩效自评表", 16, 7, "warning", "【绩效评分】请填写偏差原因"),
  ]);
  const parts = unzipParts(out);

  test("gets a comments part, a VML drawing, sheet relationships, <legacyDrawing> and content types", () => {
    expect(text(parts, "xl/comments1.xml")).toContain('<comment ref="E17" authorId="0">');
    expect(text(parts, "xl/comments1.xml")).toContain("<author>绩效评分</author>");
    expect(idmapBlocks(text(parts, "xl/drawings/vmlDrawing1.vml"))).toEqual([1]);
    expect(text(parts, "xl/drawings/vmlDrawing1.vml").match(/ObjectType="Note"/g)).toHaveLength(2);
    const rels = text(parts, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain('Target="../comments1.xml"');
    expect(rels).toContain('Target="../drawings/vmlDrawing1.vml"');
    expect(text(parts, "xl/worksheets/sheet1.xml")).toMatch(
      /<pageSetup[^>]*\/><legacyDrawing r:id="rId2"\/><\/worksheet>$/,
    );
    const types = text(parts, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/comments1.xml"');
    expect(types).toContain('<Default Extension="vml"');
  });

  test("ExcelJS sees the notes and the fills", async () => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
    const ws = excel.getWorksheet("绩效自评表")!;
    const note = ws.getCell("H17").note as { texts: { text: string }[] };
    expect(note.texts.map((t) => t.text).join("")).toBe("【绩效评分】请填写偏差原因");
    expect(ws.getCell("E17").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("E17").value).toBe("11篇");
  });
});

test("notes on two sheets get drawings with different shape-id blocks", () => {
  const out = applyPlan(readXlsx(workbookBytes("two-sheets-gansu-2021.xlsx"), "two.xlsx"), [
    mark("附件1", 12, 7, "info", "【绩效评分】一"),
    mark("附件2", 12, 5, "info", "【绩效评分】二"),
  ]);
  const parts = unzipParts(out);
  const vml = [...parts.keys()].filter((n) => n.endsWith(".vml")).map((n) => text(parts, n));
  expect(vml).toHaveLength(2);
  expect(vml.map(idmapBlocks)).toEqual([[1], [2]]);
  expect(vml[0]).toContain('id="_x0000_s1025"');
  expect(vml[1]).toContain('id="_x0000_s2049"');
  const back = readBack(out);
  expect(back.get("附件1")!.get("H13")!.note).toBe("【绩效评分】一");
  expect(back.get("附件2")!.get("F13")!.note).toBe("【绩效评分】二");
});

test("our own earlier note is replaced, a user's note keeps its text and gets ours after a blank line", () => {
  const first = applyPlan(readXlsx(workbookBytes("foreign/project-gansu-2021-libreoffice.xlsx"), "lo.xlsx"), [
    mark("绩效自评表", 16, 4, "error", "【绩效评分】第一次"),
    mark("绩效自评表", 10, 0, "info", "【绩效评分】第一次"),
  ]);
  const second = applyPlan(readXlsx(first, "lo.xlsx"), [
    mark("绩效自评表", 16, 4, "warning", "【绩效评分】第二次"),
    mark("绩效自评表", 10, 0, "info", "【绩效评分】第二次"),
  ]);
  const cells = readBack(second).get("绩效自评表")!;
  expect(cells.get("E17")).toMatchObject({ note: "【绩效评分】第二次", fill: "FFFFEB9C" });
  expect(cells.get("A11")!.note).toBe("填表人：财务科，请于3月10日前报送\n\n【绩效评分】第二次");
  const comments = text(unzipParts(second), "xl/comments1.xml");
  expect(comments.match(/<comment /g)).toHaveLength(2);
  expect(comments).toContain('<rFont val="DejaVu Sans"/>');
});

test("several marks on one cell: the strongest fill and every note, one per line", () => {
  const out = applyPlan(readXlsx(workbookBytes("project-gansu-2021.xlsx"), "p.xlsx"), [
    mark("绩效自评表", 16, 4, "info", "【绩效评分】提示"),
    mark("绩效自评表", 16, 4, "error", "【绩效评分】错误"),
    { sheet: "绩效自评表", row: 16, col: 6, address: "G17", kind: "score", value: 2.2, numFmt: "0.00" },
    mark("绩效自评表", 16, 6, "warning", "【绩效评分】低于目标"),
  ]);
  const cells = readBack(out).get("绩效自评表")!;
  expect(cells.get("E17")).toMatchObject({ fill: "FFFFC7CE", note: "【绩效评分】提示\n【绩效评分】错误" });
  expect(cells.get("G17")).toMatchObject({
    value: 2.2,
    numFmt: "0.00",
    fill: "FFFFEB9C",
    note: "【绩效评分】低于目标",
  });
});

test("30,000 marked cells share a handful of new cell formats", () => {
  const rows: string[] = [];
  for (let r = 1; r <= 30000; r++) rows.push(`<row r="${r}"><c r="A${r}" s="${r % 2}"><v>${r}</v></c></row>`);
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';
  const wb = readXlsx(minimalXlsx({ sheets: [{ name: "大", xml: sheetXml(rows.join("")) }], styles }), "big.xlsx");
  const severities = ["error", "warning", "info"] as const;
  const writes = Array.from({ length: 30000 }, (_, r) =>
    mark("大", r, 0, severities[r % 3], `【绩效评分】第${r + 1}行`),
  );
  const t0 = performance.now();
  const out = applyPlan(wb, writes);
  const ms = performance.now() - t0;
  const parts = unzipParts(out);
  const stylesXml = text(parts, "xl/styles.xml");
  expect(stylesXml).toContain('<cellXfs count="8">');
  expect(stylesXml).toContain('<fills count="5">');
  const vml = text(parts, "xl/drawings/vmlDrawing1.vml");
  const ids = [...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  expect(new Set(ids).size).toBe(30000);
  expect(ids.every((id) => id % 1024 !== 0)).toBe(true);
  const back = readBack(out).get("大")!;
  expect(back.get("A29999")).toMatchObject({
    value: 29999,
    numFmt: "0.00%",
    fill: "FFFFEB9C",
    note: "【绩效评分】第29999行",
  });
  console.log(`applyPlan: 30,000 marks with notes in ${ms.toFixed(0)} ms`);
  expect(ms).toBeLessThan(15000);
});

test("a workbook without styles.xml gets one when a cell needs a format", () => {
  const wb = readXlsx(
    minimalXlsx({ sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>0.5</v></c></row>') }] }),
    "s.xlsx",
  );
  const out = applyPlan(wb, [
    { sheet: "S", row: 0, col: 0, address: "A1", kind: "funding-rate", value: 0.768, numFmt: "0.00%" },
  ]);
  const parts = unzipParts(out);
  expect(text(parts, "xl/styles.xml")).toContain('<cellXfs count="2">');
  expect(text(parts, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
  expect(text(parts, "[Content_Types].xml")).toContain('<Override PartName="/xl/styles.xml"');
  expect(readBack(out).get("S")!.get("A1")).toMatchObject({ value: 0.768, numFmt: "0.00%" });
});

test("a worksheet written with an x: namespace prefix is read and written with that prefix", () => {
  const xml =
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
    '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>得分</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
  const wb = readXlsx(minimalXlsx({ sheets: [{ name: "P", xml }] }), "p.xlsx");
  expect(wb.grid.sheets[0].values).toEqual([["得分"]]);
  const out = applyPlan(wb, [
    { sheet: "P", row: 2, col: 1, address: "B3", kind: "score", value: 7.68 },
    mark("P", 1, 1, "info", "【绩效评分】说明"),
  ]);
  const sheet = text(unzipParts(out), "xl/worksheets/sheet1.xml");
  expect(sheet).toContain('<x:row r="3"><x:c r="B3"><x:v>7.68</x:v></x:c></x:row>');
  expect(sheet).toContain(
    '<x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId2"/></x:worksheet>',
  );
  expect(readBack(out).get("P")!.get("B2")!.note).toBe("【绩效评分】说明");
});
