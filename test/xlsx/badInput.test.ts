// Bad and unusual input: every case ends in an XlsxError with the right code and the problem's values, never a crash
// (the messages the values become are tested once, in test/core/messages.test.ts).
import { XlsxError, readXlsx } from "../../src/xlsx";
import { workbookBytes } from "../helpers/fixtures";
import { minimalCfb, minimalXlsx, rawZip, sheetXml } from "./builders";

function failure(bytes: Uint8Array, name: string): XlsxError {
  try {
    readXlsx(bytes, name);
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw new Error(`not an XlsxError: ${String(e)}`);
  }
  throw new Error("readXlsx accepted the file");
}

function seededBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const NAME = "2021年 项目支出 自评表（终稿）.xlsx";

describe("not a workbook", () => {
  test("random bytes: FILE_UNREADABLE naming the file", () => {
    const e = failure(seededBytes(4096, 7), NAME);
    expect(e.code).toBe("FILE_UNREADABLE");
    expect(e.problem).toEqual({ kind: "notZip", file: NAME });
    expect(e.message).toContain(NAME);
    expect(e.text("en")).toBe(
      `"${NAME}" is not a valid Excel workbook (.xlsx) and cannot be read. Check that the file is complete and really an Excel file.`,
    );
  });

  test("an empty file", () => {
    const e = failure(new Uint8Array(0), "空.xlsx");
    expect([e.code, e.problem]).toEqual(["FILE_UNREADABLE", { kind: "empty", file: "空.xlsx" }]);
  });

  test.each([0.1, 0.5, 0.9, 0.999])("a fixture cut at %p of its length is reported as incomplete", (share) => {
    const full = workbookBytes("project-gansu-2021.xlsx");
    const e = failure(full.slice(0, Math.floor(full.length * share)), "cut.xlsx");
    expect([e.code, e.problem]).toEqual(["FILE_UNREADABLE", { kind: "truncated", file: "cut.xlsx" }]);
  });

  test("a damaged deflate stream inside a complete zip", () => {
    const bytes = workbookBytes("project-gansu-2021.xlsx").slice();
    const text = Buffer.from(bytes).toString("latin1");
    const sheetData = text.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    for (let i = 0; i < 64; i++) bytes[sheetData + 20 + i] ^= 0x5a;
    const e = failure(bytes, "damaged.xlsx");
    expect([e.code, e.problem]).toEqual([
      "FILE_UNREADABLE",
      { kind: "corrupt", file: "damaged.xlsx", part: "xl/worksheets/sheet1.xml" },
    ]);
  });

  test("an HTML table saved as .xls (common in exports) gets the save-as advice", () => {
    const html = new TextEncoder().encode(
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>得分</td></tr></table></body></html>',
    );
    const e = failure(html, "导出.xls");
    expect([e.code, e.problem]).toEqual([
      "FILE_LEGACY_FORMAT",
      { kind: "legacyOther", file: "导出.xls", format: "html" },
    ]);
    expect(e.message).toContain("另存为");
  });
});

describe("OLE compound files", () => {
  test("a password-protected workbook (EncryptionInfo + EncryptedPackage) is FILE_ENCRYPTED", () => {
    const e = failure(minimalCfb(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]), "加密.xlsx");
    expect([e.code, e.problem]).toEqual(["FILE_ENCRYPTED", { kind: "encrypted", file: "加密.xlsx" }]);
  });

  test("an Excel 97-2003 workbook is FILE_LEGACY_FORMAT with a way forward", () => {
    const e = failure(minimalCfb(["Workbook", "\u0005SummaryInformation"]), "旧表.xls");
    expect([e.code, e.problem]).toEqual(["FILE_LEGACY_FORMAT", { kind: "legacyXls", file: "旧表.xls" }]);
    expect(e.message).toContain("soffice --headless --convert-to xlsx");
  });

  test("a WPS .et file is recognised by its name", () => {
    expect(failure(minimalCfb(["WpsContent"]), "表格.et").code).toBe("FILE_LEGACY_FORMAT");
  });

  test("a Word .doc is not called a workbook", () => {
    const e = failure(minimalCfb(["WordDocument", "1Table"]), "说明.doc");
    expect([e.code, e.problem]).toEqual(["FILE_UNREADABLE", { kind: "oleNotWorkbook", file: "说明.doc" }]);
  });

  test("a damaged CFB directory still reveals the encryption by its stream names", () => {
    const cfb = minimalCfb(["EncryptionInfo", "EncryptedPackage"]);
    cfb.fill(0xff, 0x30, 0x34); // first directory sector: end of chain
    expect(failure(cfb, "x.xlsx").code).toBe("FILE_ENCRYPTED");
  });
});

describe("zips that are not spreadsheets", () => {
  test("a .docx (word/document.xml, no xl/workbook.xml)", () => {
    const docx = rawZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w:document/>" },
    ]);
    const e = failure(docx, "报告.docx");
    expect([e.code, e.problem]).toEqual([
      "FILE_UNREADABLE",
      { kind: "notWorkbook", file: "报告.docx", content: "docx" },
    ]);
  });

  test("an .xlsb binary workbook", () => {
    const xlsb = rawZip([{ name: "xl/workbook.bin", data: new Uint8Array([1, 2, 3]) }]);
    expect(failure(xlsb, "二进制.xlsb").code).toBe("FILE_LEGACY_FORMAT");
  });

  test("an OpenDocument spreadsheet", () => {
    const ods = rawZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    const e = failure(ods, "表.ods");
    expect([e.code, e.problem]).toEqual(["FILE_LEGACY_FORMAT", { kind: "legacyOther", file: "表.ods", format: "ods" }]);
  });

  test("a zip64 archive is refused cleanly", () => {
    const zip = rawZip([{ name: "a.txt", data: "x" }]);
    const end = zip.length - 22;
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const patched = Buffer.concat([Buffer.from(zip.subarray(0, end)), locator, Buffer.from(zip.subarray(end))]);
    const e = failure(new Uint8Array(patched), "big.xlsx");
    expect([e.code, e.problem]).toEqual(["FILE_UNREADABLE", { kind: "zip64", file: "big.xlsx" }]);
  });
});

describe("size guards", () => {
  test("a row beyond 1,048,576 is FILE_TOO_LARGE", () => {
    const bytes = minimalXlsx({
      sheets: [{ name: "大表", xml: sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>') }],
    });
    const e = failure(bytes, "big.xlsx");
    expect(e.code).toBe("FILE_TOO_LARGE");
    expect(e.problem).toEqual({
      kind: "sheetTooLarge",
      file: "big.xlsx",
      sheet: "大表",
      limit: { kind: "rows", limit: 1048576 },
    });
  });

  test("a sheet part over 200 MB (declared size, local and central headers agreeing) is refused before it is inflated", () => {
    const bytes = Buffer.from(minimalXlsx({ sheets: [{ name: "S", xml: sheetXml("") }] }));
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    let p = bytes.readUInt32LE(bytes.length - 22 + 16);
    while (bytes.subarray(p + 46, p + 46 + name.length).compare(name) !== 0) p += 46 + bytes.readUInt16LE(p + 28);
    bytes.writeUInt32LE(201 * 1024 * 1024, p + 24);
    bytes.writeUInt32LE(201 * 1024 * 1024, bytes.readUInt32LE(p + 42) + 22);
    const e = failure(new Uint8Array(bytes), "huge.xlsx");
    expect(e.code).toBe("FILE_TOO_LARGE");
    expect(e.message).toContain("200MB");
  });
});
