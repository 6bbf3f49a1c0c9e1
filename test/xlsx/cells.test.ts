// Cell types, formulas and guards: errors, cached results, shared formulas, protection, merges, odd names.
import { cellAt, formulaAt, parseA1 } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan";
import { XlsxError, applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { workbookBytes } from "../helpers/fixtures";
import { minimalXlsx, rawZip, sheetXml, unzipParts } from "./builders";

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
  '<fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/>' +
  '<xf numFmtId="176" fontId="0" fillId="0" borderId="0"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';

const FORMULA_ROWS =
  '<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1"><f>SUM(C1:C2)</f><v>5</v></c><c r="C1"><v>2</v></c>' +
  '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c></row>' +
  '<row r="2"><c r="C2"><v>3</v></c><c r="G2"><f t="shared" ref="G2:G4" si="0">C2*$C$1+H2</f><v>6</v></c><c r="H2" s="1"><v>0.953</v></c></row>' +
  '<row r="3"><c r="G3"><f t="shared" si="0"/><v>0</v></c><c r="H3" s="2"><v>44531</v></c></row>' +
  '<row r="4"><c r="G4"><f t="shared" si="0"/><v>0</v></c><c r="H4" s="3" t="inlineStr"><is><r><t>甲</t></r><r><t xml:space="preserve"> 乙</t></r><rPh sb="0" eb="1"><t>ジャ</t></rPh></is></c></row>';

function formulaBook(extra: string[] = []): Uint8Array {
  return minimalXlsx({
    sheets: [
      { name: "公式 表", xml: sheetXml(FORMULA_ROWS, '<mergeCells count="1"><mergeCell ref="J1:K2"/></mergeCells>') },
    ],
    styles: STYLES,
    extra: extra.length ? [{ name: "xl/calcChain.xml", data: extra[0] }] : [],
  });
}

function get(bytes: Uint8Array, ref: string) {
  const sheet = readXlsx(bytes, "t.xlsx").grid.sheets[0];
  const p = parseA1(ref)!;
  return { value: cellAt(sheet, p.row, p.col), formula: formulaAt(sheet, p.row, p.col) };
}

describe("reading cell types", () => {
  const sheet = readXlsx(formulaBook(), "公式 表.xlsx").grid.sheets[0];

  test("error values are text and listed in grid.errors", () => {
    expect(cellAt(sheet, 0, 0)).toBe("#DIV/0!");
    expect(cellAt(sheet, 0, 5)).toBe("#N/A");
    expect([...(sheet.errors ?? [])].sort()).toEqual(["0,0", "0,5"]);
  });

  test("formulas keep their cached result; str and bool results are typed", () => {
    expect(formulaAt(sheet, 0, 0)).toBe("1/0");
    expect([cellAt(sheet, 0, 1), formulaAt(sheet, 0, 1)]).toEqual([5, "SUM(C1:C2)"]);
    expect([cellAt(sheet, 0, 3), formulaAt(sheet, 0, 3)]).toEqual(["ab", '"a"&"b"']);
    expect(cellAt(sheet, 0, 4)).toBe(true);
  });

  test("shared formulas: the master's text, moved for each dependent", () => {
    expect(formulaAt(sheet, 1, 6)).toBe("C2*$C$1+H2");
    expect(formulaAt(sheet, 2, 6)).toBe("C3*$C$1+H3");
    expect(formulaAt(sheet, 3, 6)).toBe("C4*$C$1+H4");
  });

  test("number formats: built-in percent, custom and Chinese built-in date ids; dates stay serial numbers", () => {
    expect(sheet.formats?.[1]?.[7 - sheet.origin.col]).toBe("0.00%");
    expect(cellAt(sheet, 2, 7)).toBe(44531);
    expect(sheet.formats?.[2]?.[7 - sheet.origin.col]).toBe('yyyy"年"m"月"');
    expect(sheet.formats?.[3]?.[7 - sheet.origin.col]).toBe('yyyy"年"m"月"d"日"');
  });

  test("inline rich text runs are joined and phonetic runs ignored", () => {
    expect(cellAt(sheet, 3, 7)).toBe("甲 乙");
  });

  test("a 1904-dated workbook's date cells are moved to the 1900 serials the core expects", () => {
    const bytes = minimalXlsx({
      sheets: [
        { name: "S", xml: sheetXml('<row r="1"><c r="A1" s="2"><v>43069</v></c><c r="B1"><v>43069</v></c></row>') },
      ],
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
    });
    const s = readXlsx(bytes, "1904.xlsx").grid.sheets[0];
    expect([cellAt(s, 0, 0), cellAt(s, 0, 1)]).toEqual([44531, 43069]);
  });
});

describe("writing over formulas", () => {
  test("a score written over a formula replaces it; other cells keep their formulas", () => {
    const out = applyPlan(readXlsx(formulaBook(), "f.xlsx"), [
      { sheet: "公式 表", row: 0, col: 1, address: "B1", kind: "score", value: 2.5, numFmt: "0.00" },
    ]);
    expect(get(out, "B1")).toEqual({ value: 2.5, formula: null });
    expect(get(out, "A1")).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(get(out, "G3").formula).toBe("C3*$C$1+H3");
  });

  test("overwriting a shared-formula master gives each remaining dependent its own formula", () => {
    const out = applyPlan(readXlsx(formulaBook(), "f.xlsx"), [
      { sheet: "公式 表", row: 1, col: 6, address: "G2", kind: "score", value: 1 },
    ]);
    expect(get(out, "G2")).toEqual({ value: 1, formula: null });
    expect(get(out, "G3")).toEqual({ value: 0, formula: "C3*$C$1+H3" });
    expect(get(out, "G4")).toEqual({ value: 0, formula: "C4*$C$1+H4" });
    const xml = unzipParts(out).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(xml).not.toContain('si="0"');
    expect(xml).toContain('<c r="G4"><f>C4*$C$1+H4</f><v>0</v></c>');
  });

  test("calcChain.xml is dropped (with its relationship and content type) only when a formula was replaced", () => {
    const chain =
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/></calcChain>';
    const base = unzipParts(formulaBook([chain]));
    const withChain = rawZip(
      [...base].map(([name, data]) => {
        let text = data.toString("utf8");
        if (name === "xl/_rels/workbook.xml.rels")
          text = text.replace(
            "</Relationships>",
            '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
          );
        if (name === "[Content_Types].xml")
          text = text.replace(
            "</Types>",
            '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
          );
        return { name, data: text };
      }),
    );
    const valueOnly = unzipParts(
      applyPlan(readXlsx(withChain, "c.xlsx"), [
        { sheet: "公式 表", row: 0, col: 2, address: "C1", kind: "score", value: 9 },
      ]),
    );
    expect(valueOnly.has("xl/calcChain.xml")).toBe(true);
    const overFormula = unzipParts(
      applyPlan(readXlsx(withChain, "c.xlsx"), [
        { sheet: "公式 表", row: 0, col: 1, address: "B1", kind: "score", value: 9 },
      ]),
    );
    expect(overFormula.has("xl/calcChain.xml")).toBe(false);
    expect(overFormula.get("xl/_rels/workbook.xml.rels")!.toString("utf8")).not.toContain("calcChain");
    expect(overFormula.get("[Content_Types].xml")!.toString("utf8")).not.toContain("calcChain");
  });
});

describe("guards", () => {
  function protectedCopy(): Uint8Array {
    const parts = unzipParts(workbookBytes("project-gansu-2021.xlsx"));
    return rawZip(
      [...parts].map(([name, data]) => ({
        name,
        data:
          name === "xl/worksheets/sheet1.xml"
            ? data.toString("utf8").replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>')
            : data,
      })),
    );
  }

  test("a protected sheet is read (protected: true) and refused with SHEET_PROTECTED before any change", () => {
    const wb = readXlsx(protectedCopy(), "保护.xlsx");
    expect(wb.grid.sheets[0].protected).toBe(true);
    expect(cellAt(wb.grid.sheets[0], 16, 3)).toBe("≥15篇");
    const write: CellWrite = { sheet: "绩效自评表", row: 10, col: 6, address: "G11", kind: "score", value: 3 };
    let error: unknown = null;
    try {
      applyPlan(wb, [write]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as XlsxError).code).toBe("SHEET_PROTECTED");
    expect((error as XlsxError).message).toContain("工作表“绩效自评表”受保护，请先撤销工作表保护");
  });

  test("writes inside a merged area (not its top-left) and to unknown sheets are WRITE_FAILED", () => {
    const wb = readXlsx(formulaBook(), "f.xlsx");
    const inMerge: CellWrite = { sheet: "公式 表", row: 1, col: 10, address: "K2", kind: "score", value: 1 };
    expect(() => applyPlan(wb, [inMerge])).toThrow(/K2位于合并区域J1:K2内/);
    expect(() => applyPlan(wb, [{ ...inMerge, sheet: "没有" }])).toThrow(/没有名为“没有”的工作表/);
    expect(() => applyPlan(wb, [{ ...inMerge, row: 0, col: 9, address: "J1", value: Number.NaN }])).toThrow(
      /不是有效数字/,
    );
    const ok = applyPlan(wb, [{ ...inMerge, row: 0, col: 9, address: "J1" }]);
    expect(readBack(ok).get("公式 表")!.get("J1")!.value).toBe(1);
  });

  test("a file name with spaces and Chinese characters is kept as the workbook name", () => {
    const name = "2021年 省委编办 项目支出绩效自评表 (终稿).xlsx";
    const wb = readXlsx(workbookBytes("project-gansu-2021.xlsx"), name);
    expect(wb.grid.name).toBe(name);
    expect(wb.fileName).toBe(name);
  });
});
