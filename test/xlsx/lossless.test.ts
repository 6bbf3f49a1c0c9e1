// The lossless promise on the two foreign workbooks: scoring touches only the cells it writes.
import * as path from "node:path";
import ExcelJS from "exceljs";
import { a1 } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { readmeWorkbooks, workbookBytes } from "../helpers/fixtures";
import { rawZip, unzipParts } from "./builders";

const FOREIGN = ["foreign/project-gansu-2021-openpyxl.xlsx", "foreign/project-gansu-2021-libreoffice.xlsx"];
const SHEET = "绩效自评表";
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/worksheets\/sheet1\.xml|xl\/worksheets\/_rels\/sheet1\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/comments.*|xl\/drawings\/(vmlDrawing|commentsDrawing).*\.vml)$/;

/** The plan of the brief: 30 scores, a total, one mark per severity and one on A11 (which has a user note). */
function scoringPlan(): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let row = 10; row < 40; row++) {
    writes.push({
      sheet: SHEET,
      row,
      col: 6,
      address: a1(row, 6),
      kind: "score",
      value: Math.round((3 - (row - 10) * 0.01) * 100) / 100,
      numFmt: "0.00",
    });
  }
  writes.push({ sheet: SHEET, row: 40, col: 6, address: "G41", kind: "total", value: 96.88, numFmt: "0.00" });
  writes.push({
    sheet: SHEET,
    row: 16,
    col: 4,
    address: "E17",
    kind: "mark",
    mark: { severity: "error", note: "【绩效评分】实际完成值11篇低于年度指标值15篇" },
  });
  writes.push({
    sheet: SHEET,
    row: 16,
    col: 7,
    address: "H17",
    kind: "mark",
    mark: { severity: "warning", note: "【绩效评分】请填写偏差原因" },
  });
  writes.push({
    sheet: SHEET,
    row: 39,
    col: 4,
    address: "E40",
    kind: "mark",
    mark: { severity: "info", note: "【绩效评分】>90%按90%计 & 取近似值" },
  });
  writes.push({
    sheet: SHEET,
    row: 10,
    col: 0,
    address: "A11",
    kind: "mark",
    mark: { severity: "info", note: "【绩效评分】一级指标权重与标准不同" },
  });
  return writes;
}

const written = new Set(scoringPlan().map((w) => w.address));

function section(xml: string, tag: string): string {
  const start = xml.indexOf(`<${tag}`);
  const end = xml.indexOf(`</${tag}>`, start);
  return start < 0 ? "" : xml.slice(start, end < 0 ? xml.indexOf(">", start) + 1 : end + tag.length + 3);
}

/**
 * ExcelJS 4.4 only finds parts under its own names (xl/commentsN.xml, xl/drawings/vmlDrawingN.vml), needs relative
 * targets and an xdr: prefix in drawings; openpyxl's file has none of these (ExcelJS fails on the original too).
 * So it reads a copy where those UNTOUCHED conventions are adapted: parts renamed, targets made relative, and the
 * chart drawing of 汇总 left out. The cells, styles and notes it then checks are exactly what applyPlan wrote.
 */
function excelJsView(bytes: Uint8Array): Uint8Array {
  const rename: Record<string, string> = {
    "xl/comments/comment1.xml": "xl/comments1.xml",
    "xl/drawings/commentsDrawing1.vml": "xl/drawings/vmlDrawing1.vml",
  };
  const entries = [...unzipParts(bytes)]
    .filter(([name]) => !name.startsWith("xl/drawings/drawing1.xml") && !name.startsWith("xl/drawings/_rels/drawing1"))
    .map(([name, data]) => {
      if (name === "xl/worksheets/sheet2.xml")
        return { name, data: data.toString("utf8").replace(/<drawing [^>]*\/>/, "") };
      if (!name.endsWith(".rels")) return { name: rename[name] ?? name, data };
      const dir = name.replace(/_rels\/[^/]+$/, "");
      const text = data
        .toString("utf8")
        .replace(/<Relationship [^>]*drawing"[^>]*\/>/g, (m) => (m.includes("vmlDrawing") ? m : ""))
        .replace(
          /Target="\/([^"]+)"/g,
          (_m, t: string) => `Target="${path.posix.relative(dir || ".", rename[t] ?? t)}"`,
        );
      return { name, data: text };
    });
  return rawZip(entries);
}

describe.each(FOREIGN)("lossless scoring of %s", (name) => {
  const original = workbookBytes(name);
  const scored = applyPlan(readXlsx(original, name), scoringPlan());

  test("every part the scorer has no reason to touch is byte-identical, raw compressed bytes included", () => {
    const before = unzipParts(original);
    const after = unzipParts(scored);
    let kept = 0;
    for (const [part, data] of before) {
      expect(after.has(part)).toBe(true);
      if (MAY_CHANGE.test(part)) continue;
      expect(Buffer.compare(after.get(part)!, data)).toBe(0);
      kept++;
    }
    expect(kept).toBeGreaterThanOrEqual(10);
    expect([...after.keys()].slice(0, before.size)).toEqual([...before.keys()]);
    expect(after.get("xl/workbook.xml")!.toString("utf8")).toContain("分值列");
  });

  test("every cell not written keeps its value, formula and style index", () => {
    const before = readBack(original);
    const after = readBack(scored);
    let compared = 0;
    for (const [sheet, cells] of before) {
      for (const [address, cell] of cells) {
        if (sheet === SHEET && written.has(address)) continue;
        const now = after.get(sheet)!.get(address)!;
        expect([address, now.value, now.formula, now.style]).toEqual([address, cell.value, cell.formula, cell.style]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(250);
  });

  test("scores, formats, fills and notes are written; the user's note on A11 is kept", () => {
    const cells = readBack(scored).get(SHEET)!;
    expect(cells.get("G11")).toMatchObject({ value: 3, numFmt: "0.00", fill: null });
    expect(cells.get("G40")).toMatchObject({ value: 2.71, numFmt: "0.00" });
    expect(cells.get("G41")).toMatchObject({ value: 96.88, numFmt: "0.00" });
    expect(cells.get("E17")).toMatchObject({
      value: "11篇",
      fill: "FFFFC7CE",
      note: "【绩效评分】实际完成值11篇低于年度指标值15篇",
    });
    expect(cells.get("H17")).toMatchObject({ fill: "FFFFEB9C", note: "【绩效评分】请填写偏差原因" });
    expect(cells.get("E40")).toMatchObject({
      value: ">90%",
      fill: "FFDDEBF7",
      note: "【绩效评分】>90%按90%计 & 取近似值",
    });
    expect(cells.get("A11")).toMatchObject({
      value: "产出指标",
      fill: "FFDDEBF7",
      note: "填表人：财务科，请于3月10日前报送\n\n【绩效评分】一级指标权重与标准不同",
    });
  });

  test("validation, conditional format, merges and the defined name survive unchanged", () => {
    const before = unzipParts(original).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const after = unzipParts(scored).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    for (const tag of ["mergeCells", "conditionalFormatting", "dataValidations", "cols", "sheetViews", "pageSetup"]) {
      expect(section(after, tag)).toBe(section(before, tag));
      expect(section(before, tag).length).toBeGreaterThan(10);
    }
    expect(after.length).toBeGreaterThan(before.length);
  });

  test("ExcelJS reads the result: scores, formats, fills, the user's note with ours", async () => {
    const excel = new ExcelJS.Workbook();
    const loadable = name.includes("openpyxl") ? excelJsView(scored) : scored;
    await excel.xlsx.load(Buffer.from(loadable) as unknown as ExcelJS.Buffer);
    const ws = excel.getWorksheet(SHEET)!;
    expect(ws.getCell("G11").value).toBe(3);
    expect(ws.getCell("G11").numFmt).toBe("0.00");
    expect(ws.getCell("G41").value).toBe(96.88);
    expect(ws.getCell("E17").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    const note = ws.getCell("A11").note as { texts: { text: string }[] };
    expect(note.texts.map((t) => t.text).join("")).toBe(
      "填表人：财务科，请于3月10日前报送\n\n【绩效评分】一级指标权重与标准不同",
    );
    expect(excel.getWorksheet("汇总")).toBeDefined();
  });

  test("scoring the scored file again changes nothing (our notes are replaced, styles reused)", () => {
    const again = applyPlan(readXlsx(scored, name), scoringPlan());
    expect(Buffer.compare(Buffer.from(again), Buffer.from(scored))).toBe(0);
  });
});

test("ExcelJS cannot open the openpyxl original either (why the test relativises targets)", async () => {
  const excel = new ExcelJS.Workbook();
  await expect(excel.xlsx.load(Buffer.from(workbookBytes(FOREIGN[0])) as unknown as ExcelJS.Buffer)).rejects.toThrow();
});

test.each(readmeWorkbooks().filter((n) => !n.includes("openpyxl")))(
  "%s: a write and a mark leave every other cell as it was; ExcelJS opens it",
  async (name) => {
    const original = workbookBytes(name);
    const wb = readXlsx(original, name);
    const sheet = wb.grid.sheets[0];
    const col = sheet.origin.col + Math.max(...sheet.values.map((r) => r.length));
    const writes: CellWrite[] = [
      { sheet: sheet.name, row: 11, col, address: a1(11, col), kind: "score", value: 1.25, numFmt: "0.00" },
      {
        sheet: sheet.name,
        row: 0,
        col: sheet.origin.col,
        address: a1(0, sheet.origin.col),
        kind: "mark",
        mark: { severity: "warning", note: "【绩效评分】标题" },
      },
    ];
    const scored = applyPlan(wb, writes);
    const before = readBack(original);
    const after = readBack(scored);
    for (const [sheetName, cells] of before) {
      for (const [address, cell] of cells) {
        const now = after.get(sheetName)!.get(address)!;
        expect([address, now.value, now.formula]).toEqual([address, cell.value, cell.formula]);
        if (!(sheetName === sheet.name && address === a1(0, sheet.origin.col)))
          expect([address, now.style]).toEqual([address, cell.style]);
      }
    }
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(scored) as unknown as ExcelJS.Buffer);
    const ws = excel.getWorksheet(sheet.name)!;
    expect(ws.getCell(a1(11, col)).value).toBe(1.25);
    const note = ws.getCell(a1(0, sheet.origin.col)).note as { texts: { text: string }[] };
    expect(note.texts.map((t) => t.text).join("")).toBe("【绩效评分】标题");
  },
);
