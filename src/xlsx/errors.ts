// The errors the .xlsx host raises: a file-level code from the report contract and a Chinese message.
import type { FileErrorCode } from "../core/report";

/** A problem with a workbook file; `message` is Chinese (shown to the user), `messageEn` the English line. */
export class XlsxError extends Error {
  readonly code: FileErrorCode;
  readonly messageEn: string;

  constructor(code: FileErrorCode, message: string, messageEn: string) {
    super(message);
    this.name = "XlsxError";
    this.code = code;
    this.messageEn = messageEn;
  }
}

const SAVE_AS_XLSX =
  "请在Excel或WPS中打开后“另存为”Excel工作簿(.xlsx)再评分；批量转换可用 soffice --headless --convert-to xlsx 文件名。";
const SAVE_AS_XLSX_EN =
  "Open it in Excel or WPS and save it as an Excel workbook (.xlsx); to convert many files use soffice --headless --convert-to xlsx.";

/** The catalogue of host errors, one builder per situation (file = the name as the user gave it). */
export const xlsxErrors = {
  empty: (file: string) =>
    new XlsxError("FILE_UNREADABLE", `“${file}”是空文件，不是有效的Excel工作簿。`, `"${file}" is empty.`),
  notZip: (file: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”不是有效的Excel工作簿(.xlsx)，无法读取。请确认文件完整、确为Excel文件。`,
      `"${file}" is not a valid Excel workbook (.xlsx).`,
    ),
  truncated: (file: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”不完整或已损坏（可能下载或复制中断），无法读取。请重新获取文件后再试。`,
      `"${file}" is truncated or damaged; get a fresh copy.`,
    ),
  corrupt: (file: string, part: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”已损坏（部件${part}无法解压），请在Excel中打开并另存后再试。`,
      `"${file}" is damaged (part ${part} cannot be read); open and re-save it in Excel.`,
    ),
  zip64: (file: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”使用了ZIP64压缩格式，暂不支持。请在Excel中打开后另存为.xlsx再评分。`,
      `"${file}" uses the ZIP64 format, which is not supported; re-save it in Excel.`,
    ),
  zipEncrypted: (file: string) =>
    new XlsxError(
      "FILE_ENCRYPTED",
      `“${file}”的压缩内容已加密，无法读取。请在Excel中取消密码后另存为.xlsx。`,
      `"${file}" has encrypted zip entries; remove the password and save as .xlsx.`,
    ),
  encrypted: (file: string) =>
    new XlsxError(
      "FILE_ENCRYPTED",
      `“${file}”文件已加密/设置了打开密码，无法读取。请在Excel中取消密码后另存为.xlsx再评分。`,
      `"${file}" is encrypted (password to open); remove the password in Excel and save it as .xlsx.`,
    ),
  legacyXls: (file: string) =>
    new XlsxError(
      "FILE_LEGACY_FORMAT",
      `“${file}”是旧版Excel 97-2003(.xls)或WPS表格(.et)格式，不能直接评分。${SAVE_AS_XLSX}`,
      `"${file}" is a legacy .xls/.et workbook. ${SAVE_AS_XLSX_EN}`,
    ),
  legacyOther: (file: string, what: string, whatEn: string) =>
    new XlsxError(
      "FILE_LEGACY_FORMAT",
      `“${file}”是${what}，不是.xlsx工作簿，不能直接评分。${SAVE_AS_XLSX}`,
      `"${file}" is ${whatEn}, not an .xlsx workbook. ${SAVE_AS_XLSX_EN}`,
    ),
  oleNotWorkbook: (file: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”是旧版Office文档（如Word .doc），不是Excel工作簿。`,
      `"${file}" is a legacy Office document, not a workbook.`,
    ),
  notWorkbook: (file: string, what: string, whatEn: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”是${what}，不是Excel工作簿(.xlsx)，缺少xl/workbook.xml。`,
      `"${file}" is ${whatEn}, not an Excel workbook (no xl/workbook.xml).`,
    ),
  tooLarge: (file: string, sheet: string, detail: string, detailEn: string) =>
    new XlsxError(
      "FILE_TOO_LARGE",
      `“${file}”的工作表“${sheet}”过大（${detail}），超出本工具的处理上限。请删去无关数据或拆分后再评分。`,
      `Sheet "${sheet}" of "${file}" is too large (${detailEn}).`,
    ),
  fileTooLarge: (file: string, detail: string, detailEn: string) =>
    new XlsxError(
      "FILE_TOO_LARGE",
      `“${file}”过大（${detail}），超出本工具的处理上限，未做任何修改。请删去无关数据或拆分后再评分。`,
      `"${file}" is too large (${detailEn}); nothing was changed.`,
    ),
  damaged: (file: string, detail: string, detailEn: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”已损坏（${detail}），未做任何修改。Excel打开它时会提示修复：请在Excel中打开、修复并另存后再评分。`,
      `"${file}" is damaged (${detailEn}); nothing was changed. Open it in Excel, let Excel repair it and save it again.`,
    ),
  malformedXml: (file: string, part: string, line: number, reason: string) =>
    new XlsxError(
      "FILE_UNREADABLE",
      `“${file}”已损坏：部件${part}的XML格式有误（第${line}行：${reason}），未做任何修改。Excel打开它时会提示修复：请在Excel中打开、修复并另存后再评分。`,
      `"${file}" is damaged: the XML of part ${part} is malformed (line ${line}: ${reason}); nothing was changed. Let Excel repair it and save it again.`,
    ),
  strict: (file: string) =>
    new XlsxError(
      "FILE_LEGACY_FORMAT",
      `“${file}”是“Strict Open XML 电子表格”格式，本工具不写入这种格式（写入会混用两种格式，Excel可能无法打开），未做任何修改。请在Excel中“另存为”→“Excel 工作簿(*.xlsx)”后再评分。`,
      `"${file}" is a Strict Open XML spreadsheet; nothing was written. Save it as "Excel Workbook (*.xlsx)" and score that copy.`,
    ),
  sheetProtected: (sheet: string) =>
    new XlsxError(
      "SHEET_PROTECTED",
      `工作表“${sheet}”受保护，请先撤销工作表保护（审阅 → 撤销工作表保护）后再评分。未做任何修改。`,
      `Sheet "${sheet}" is protected; unprotect it first. Nothing was changed.`,
    ),
  writeFailed: (detail: string, detailEn: string) =>
    new XlsxError("WRITE_FAILED", `无法写入工作簿：${detail}。未做任何修改。`, `Cannot write the workbook: ${detailEn}.`),
};
