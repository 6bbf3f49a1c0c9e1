// Tells what a file is before and after opening the zip, so every bad input gets a clear Chinese message.
import { cfbEntryNames, containsUtf16, isCfb } from "./cfb";
import { XlsxError, xlsxErrors } from "./errors";
import type { ZipArchive } from "./zip";

function extension(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1].toLowerCase() : "";
}

function oleError(bytes: Uint8Array, fileName: string): XlsxError {
  const names = cfbEntryNames(bytes);
  const has = (n: string) => (names ? names.includes(n) : containsUtf16(bytes, n));
  if (has("EncryptionInfo") || has("EncryptedPackage")) return xlsxErrors.encrypted(fileName);
  const ext = extension(fileName);
  if (has("Workbook") || has("Book") || ["xls", "xlt", "et", "ett"].includes(ext)) return xlsxErrors.legacyXls(fileName);
  return xlsxErrors.oleNotWorkbook(fileName);
}

function textError(bytes: Uint8Array, fileName: string): XlsxError | null {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (!head.startsWith("<")) return null;
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return xlsxErrors.legacyOther(fileName, "Excel 2003 XML表格", "an Excel 2003 XML spreadsheet");
  }
  if (/<(html|table|meta|!doctype html)/.test(head)) {
    return xlsxErrors.legacyOther(fileName, "网页(HTML)格式的表格（常见于系统导出的“.xls”）", "an HTML table saved with an .xls name");
  }
  return null;
}

/** Spreadsheet formats this tool does not read, by extension: what to call them (zh, en). */
const OTHER_SPREADSHEETS: Record<string, [string, string]> = {
  ods: ["OpenDocument表格(.ods)", "an OpenDocument spreadsheet (.ods)"],
  fods: ["OpenDocument平面表格(.fods)", "a flat OpenDocument spreadsheet (.fods)"],
  ots: ["OpenDocument表格模板(.ots)", "an OpenDocument spreadsheet template (.ots)"],
  csv: ["CSV文本表格(.csv，没有格式和合并单元格)", "a CSV text table (.csv)"],
  tsv: ["制表符分隔的文本表格(.tsv)", "a tab-separated text table (.tsv)"],
  numbers: ["苹果Numbers表格(.numbers)", "an Apple Numbers spreadsheet (.numbers)"],
  xltx: ["Excel模板(.xltx)", "an Excel template (.xltx)"],
  xltm: ["Excel启用宏的模板(.xltm)", "an Excel macro-enabled template (.xltm)"],
  xlam: ["Excel加载项(.xlam)", "an Excel add-in (.xlam)"],
  gnumeric: ["Gnumeric表格(.gnumeric)", "a Gnumeric spreadsheet"],
  sxc: ["StarOffice表格(.sxc)", "a StarOffice spreadsheet (.sxc)"],
  uos: ["统一办公格式表格(.uos)", "a Uniform Office Format spreadsheet (.uos)"],
  wps: ["WPS文字文档(.wps)", "a WPS Writer document (.wps)"],
  xlw: ["Excel 4.0工作簿(.xlw)", "an Excel 4.0 workbook (.xlw)"],
  wk1: ["Lotus 1-2-3表格(.wk1)", "a Lotus 1-2-3 spreadsheet"],
  dbf: ["dBase数据表(.dbf)", "a dBase table (.dbf)"],
};

/** True for a name with a spreadsheet extension this tool does not read (.ods, .csv, .numbers …). */
export function isOtherSpreadsheet(fileName: string): boolean {
  return extension(fileName) in OTHER_SPREADSHEETS;
}

/** The not-processed error for such a name (FILE_LEGACY_FORMAT, with the save-as guidance), or null. */
export function otherSpreadsheetError(fileName: string): XlsxError | null {
  const kind = OTHER_SPREADSHEETS[extension(fileName)];
  return kind ? xlsxErrors.legacyOther(fileName, kind[0], kind[1]) : null;
}

/** Throws an XlsxError unless the bytes start like a zip archive. */
export function sniffContainer(bytes: Uint8Array, fileName: string): void {
  const other = otherSpreadsheetError(fileName);
  if (other) throw other;
  if (bytes.length === 0) throw xlsxErrors.empty(fileName);
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return;
  if (isCfb(bytes)) throw oleError(bytes, fileName);
  throw textError(bytes, fileName) ?? xlsxErrors.notZip(fileName);
}

/** The error for a zip that has no spreadsheet workbook part (a .docx, .pptx, .ods, .xlsb or plain zip). */
export function notWorkbookError(zip: ZipArchive, fileName: string): XlsxError {
  const has = (name: string) => zip.byKey.has(name);
  if (has("xl/workbook.bin") || extension(fileName) === "xlsb") {
    return xlsxErrors.legacyOther(fileName, "Excel二进制工作簿(.xlsb)", "an Excel binary workbook (.xlsb)");
  }
  if (has("content.xml") && has("mimetype")) {
    return xlsxErrors.legacyOther(fileName, "OpenDocument表格(.ods)", "an OpenDocument spreadsheet (.ods)");
  }
  if (has("word/document.xml")) return xlsxErrors.notWorkbook(fileName, "Word文档(.docx)", "a Word document");
  if (has("ppt/presentation.xml")) return xlsxErrors.notWorkbook(fileName, "PowerPoint演示文稿(.pptx)", "a presentation");
  return xlsxErrors.notWorkbook(fileName, "普通ZIP压缩包", "a plain zip archive");
}
