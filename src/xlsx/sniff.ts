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

/** Throws an XlsxError unless the bytes start like a zip archive. */
export function sniffContainer(bytes: Uint8Array, fileName: string): void {
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
