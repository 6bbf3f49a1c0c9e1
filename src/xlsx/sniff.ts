// Tells what a file is before and after opening the zip, so every bad input gets a clear message (a problem with its values).
import { cfbEntryNames, containsUtf16, isCfb } from "./cfb";
import type { OtherFormat } from "../core";
import { XlsxError, xlsxError } from "./errors";
import type { ZipArchive } from "./zip";

function extension(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1].toLowerCase() : "";
}

function oleError(bytes: Uint8Array, fileName: string): XlsxError {
  const names = cfbEntryNames(bytes);
  const has = (n: string) => (names ? names.includes(n) : containsUtf16(bytes, n));
  const file = fileName;
  if (has("EncryptionInfo") || has("EncryptedPackage")) return xlsxError("encrypted", { file });
  const ext = extension(fileName);
  if (has("Workbook") || has("Book") || ["xls", "xlt", "et", "ett"].includes(ext))
    return xlsxError("legacyXls", { file });
  return xlsxError("oleNotWorkbook", { file });
}

function textError(bytes: Uint8Array, fileName: string): XlsxError | null {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (!head.startsWith("<")) return null;
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return xlsxError("legacyOther", { file: fileName, format: "excel2003xml" });
  if (/<(html|table|meta|!doctype html)/.test(head))
    return xlsxError("legacyOther", { file: fileName, format: "html" });
  return null;
}

/** Spreadsheet formats this tool does not read, by extension (the message tables name them). */
const OTHER_SPREADSHEETS: ReadonlySet<OtherFormat> = new Set<OtherFormat>([
  "ods",
  "fods",
  "ots",
  "csv",
  "tsv",
  "numbers",
  "xltx",
  "xltm",
  "xlam",
  "gnumeric",
  "sxc",
  "uos",
  "wps",
  "xlw",
  "wk1",
  "dbf",
]);

function otherFormatOf(fileName: string): OtherFormat | null {
  const ext = extension(fileName) as OtherFormat;
  return OTHER_SPREADSHEETS.has(ext) ? ext : null;
}

/** True for a name with a spreadsheet extension this tool does not read (.ods, .csv, .numbers …). */
export function isOtherSpreadsheet(fileName: string): boolean {
  return otherFormatOf(fileName) !== null;
}

/** The not-processed error for such a name (FILE_LEGACY_FORMAT, with the save-as guidance), or null. */
export function otherSpreadsheetError(fileName: string): XlsxError | null {
  const format = otherFormatOf(fileName);
  return format ? xlsxError("legacyOther", { file: fileName, format }) : null;
}

/** Throws an XlsxError unless the bytes start like a zip archive. */
export function sniffContainer(bytes: Uint8Array, fileName: string): void {
  const other = otherSpreadsheetError(fileName);
  if (other) throw other;
  if (bytes.length === 0) throw xlsxError("empty", { file: fileName });
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return;
  if (isCfb(bytes)) throw oleError(bytes, fileName);
  throw textError(bytes, fileName) ?? xlsxError("notZip", { file: fileName });
}

/** The error for a zip that has no spreadsheet workbook part (a .docx, .pptx, .ods, .xlsb or plain zip). */
export function notWorkbookError(zip: ZipArchive, fileName: string): XlsxError {
  const has = (name: string) => zip.byKey.has(name);
  const file = fileName;
  if (has("xl/workbook.bin") || extension(fileName) === "xlsb")
    return xlsxError("legacyOther", { file, format: "xlsb" });
  if (has("content.xml") && has("mimetype")) return xlsxError("legacyOther", { file, format: "ods" });
  if (has("word/document.xml")) return xlsxError("notWorkbook", { file, content: "docx" });
  if (has("ppt/presentation.xml")) return xlsxError("notWorkbook", { file, content: "pptx" });
  return xlsxError("notWorkbook", { file, content: "zip" });
}
