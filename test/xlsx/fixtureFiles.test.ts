// Small generated bad-input workbooks in test/fixtures/xlsx/ for the command-line and browser tests.
// Regenerate with UPDATE_FIXTURES=1 npx jest test/xlsx/fixtureFiles.test.ts; otherwise each file is checked to fail as it should.
import * as fs from "node:fs";
import * as path from "node:path";
import { XlsxError, readXlsx } from "../../src/xlsx";
import { workbookBytes } from "../helpers/fixtures";
import { minimalCfb, rawZip, unzipParts } from "./builders";

const DIR = path.resolve(__dirname, "../fixtures/xlsx");

function protectedWorkbook(): Uint8Array {
  const parts = unzipParts(workbookBytes("project-gansu-2021.xlsx"));
  return rawZip(
    [...parts].map(([name, data]) => ({
      name,
      data:
        name === "xl/worksheets/sheet1.xml"
          ? data.toString("utf8").replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>')
          : data,
    })),
  );
}

const FILES: { name: string; make: () => Uint8Array; code: string | null }[] = [
  { name: "encrypted.xlsx", make: () => minimalCfb(["EncryptionInfo", "EncryptedPackage"]), code: "FILE_ENCRYPTED" },
  { name: "legacy.xls", make: () => minimalCfb(["Workbook"]), code: "FILE_LEGACY_FORMAT" },
  {
    name: "report.docx",
    make: () => rawZip([{ name: "word/document.xml", data: "<w:document/>" }]),
    code: "FILE_UNREADABLE",
  },
  {
    name: "truncated.xlsx",
    make: () => workbookBytes("project-gansu-2021.xlsx").slice(0, 5000),
    code: "FILE_UNREADABLE",
  },
  { name: "protected 受保护.xlsx", make: protectedWorkbook, code: null },
];

test.each(FILES)("test/fixtures/xlsx/$name", ({ name, make, code }) => {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_FIXTURES === "1") {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, make());
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (code === null) {
    expect(readXlsx(bytes, name).grid.sheets[0].protected).toBe(true);
    return;
  }
  expect(() => readXlsx(bytes, name)).toThrow(XlsxError);
  expect(() => readXlsx(bytes, name)).toThrow(expect.objectContaining({ code }));
});
