// File names the page accepts, the names it downloads under, and the up-front size check.
import { fileMessage } from "../../src/core/messages";
import { fileKind, isSpreadsheetName, MAX_FILE_BYTES, scoredName, uniqueNames } from "../../src/web/fileTypes";

describe("fileKind", () => {
  it("tells workbooks, legacy workbooks and other files apart by extension, any case", () => {
    expect(fileKind("项目支出绩效自评表.xlsx")).toBe("workbook");
    expect(fileKind("macro.XLSM")).toBe("workbook");
    expect(fileKind("old.xls")).toBe("legacy");
    expect(fileKind("wps.et")).toBe("legacy");
    expect(fileKind("template.ETT")).toBe("legacy");
    expect(fileKind("report.pdf")).toBe("other");
    expect(fileKind("no-extension")).toBe("other");
    expect(isSpreadsheetName("a.xls")).toBe(true);
    expect(isSpreadsheetName("a.docx")).toBe(false);
  });
});

describe("scoredName", () => {
  it("inserts .scored before the extension and always downloads an .xlsx (macro books stay .xlsm)", () => {
    expect(scoredName("project-gansu-2021.xlsx")).toBe("project-gansu-2021.scored.xlsx");
    expect(scoredName("a.b.xlsx")).toBe("a.b.scored.xlsx");
    expect(scoredName("macro.xlsm")).toBe("macro.scored.xlsm");
    expect(scoredName("renamed.xls")).toBe("renamed.scored.xlsx");
    expect(scoredName("bare")).toBe("bare.scored.xlsx");
    expect(scoredName(".xlsx")).toBe("workbook.scored.xlsx");
  });
});

describe("uniqueNames", () => {
  it("numbers repeats from 2 in order, case-insensitively, and keeps first occurrences", () => {
    expect(uniqueNames(["a.scored.xlsx", "b.scored.xlsx", "A.scored.xlsx", "a.scored.xlsx"])).toEqual([
      "a.scored.xlsx",
      "b.scored.xlsx",
      "A.scored (2).xlsx",
      "a.scored (3).xlsx",
    ]);
  });

  it("does not collide with a name that already looks numbered", () => {
    expect(uniqueNames(["x (2).xlsx", "x.xlsx", "x.xlsx"])).toEqual(["x (2).xlsx", "x.xlsx", "x (3).xlsx"]);
  });
});

describe("a file over the page's limit", () => {
  it("states the size in MB and the 200 MB limit in both languages", () => {
    const problem = {
      kind: "fileSize",
      file: "big.xlsx",
      bytes: MAX_FILE_BYTES + 50 * 1048576,
      limitBytes: MAX_FILE_BYTES,
      host: "page",
    } as const;
    expect(fileMessage(problem, "zh")).toBe("“big.xlsx”大小250MB，超过200MB，无法在浏览器中处理。");
    expect(fileMessage(problem, "en")).toBe(
      '"big.xlsx" is 250 MB, over the 200 MB limit of the browser page; it cannot be processed here.',
    );
  });
});
