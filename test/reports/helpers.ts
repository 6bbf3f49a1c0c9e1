// Reports of the project's fixtures, scored in-process (the same pipeline as the command line), for the report tests.
import * as fs from "node:fs";
import * as path from "node:path";
import { scoreWorkbook } from "../../src/core";
import { builtInProfile, DEFAULT_PROFILE_ID } from "../../src/core/profile";
import type { FileReport } from "../../src/core/report";
import { readXlsx } from "../../src/xlsx";

/** The example workbook shipped with the product. */
export const EXAMPLE = path.resolve(__dirname, "../../assets/example/绩效自评表示例.xlsx");

/** The report of one workbook file scored with the default profile, named `display`. */
export function scoredReport(file: string, display = path.basename(file), lang: "zh" | "en" = "zh"): FileReport {
  const wb = readXlsx(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  return scoreWorkbook(wb.grid, {
    mode: "score",
    profile: builtInProfile(DEFAULT_PROFILE_ID)!,
    fileName: display,
    lang,
  }).report;
}

/** A file that could not be read, as the hosts report it. */
export function failedFile(
  file: string,
  message = "文件是旧版Excel 97-2003(.xls)格式，请另存为 .xlsx 后再评分",
): FileReport {
  return { file, output: null, tables: [], errors: [{ code: "FILE_LEGACY_FORMAT", message }] };
}

/** The text runs of a .docx's word/document.xml, joined paragraph by paragraph (one line each). */
export function docxText(bytes: Uint8Array): string {
  const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .map((line) =>
      line
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .filter((line) => line !== "")
    .join("\n");
}
