// The file problems in English, item for item as files.zh.ts, with the same details. Plain ASCII punctuation.
import {
  megabytesOver,
  type DamageDetail,
  type FileLimit,
  type FileMessages,
  type HeaderField,
  type OtherFormat,
  type SheetLimit,
  type WriteFailure,
  type ZipContent,
} from "./files";

const SAVE_AS_XLSX =
  "Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then score that copy; to convert many files use soffice --headless --convert-to xlsx <file>.";
const REPAIR =
  "Excel offers to repair it when it opens it: open it in Excel, let Excel repair it, save it and score it again.";
const SPLIT = "Delete unrelated data or split the file, then score it again.";

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const count = (n: number) => n.toLocaleString("en-US");

const FORMATS: Record<OtherFormat, string> = {
  excel2003xml: "an Excel 2003 XML spreadsheet",
  html: 'a table in web page (HTML) format (often exported by systems with an ".xls" name)',
  xlsb: "an Excel binary workbook (.xlsb)",
  ods: "an OpenDocument spreadsheet (.ods)",
  fods: "a flat OpenDocument spreadsheet (.fods)",
  ots: "an OpenDocument spreadsheet template (.ots)",
  csv: "a CSV text table (.csv, without formats or merged cells)",
  tsv: "a tab-separated text table (.tsv)",
  numbers: "an Apple Numbers spreadsheet (.numbers)",
  xltx: "an Excel template (.xltx)",
  xltm: "an Excel macro-enabled template (.xltm)",
  xlam: "an Excel add-in (.xlam)",
  gnumeric: "a Gnumeric spreadsheet (.gnumeric)",
  sxc: "a StarOffice spreadsheet (.sxc)",
  uos: "a Uniform Office Format spreadsheet (.uos)",
  wps: "a WPS Writer document (.wps)",
  xlw: "an Excel 4.0 workbook (.xlw)",
  wk1: "a Lotus 1-2-3 spreadsheet (.wk1)",
  dbf: "a dBase table (.dbf)",
};

const CONTENTS: Record<ZipContent, string> = {
  docx: "a Word document (.docx)",
  pptx: "a PowerPoint presentation (.pptx)",
  zip: "a plain zip archive",
};

const FIELDS: Record<HeaderField, string> = {
  name: "name",
  method: "compression method",
  encryption: "encryption flag",
  sizes: "size or checksum",
  descriptor: "data descriptor",
};

function damage(d: DamageDetail): string {
  switch (d.kind) {
    case "twinEntries":
      return `it holds two entries named "${d.first}" and "${d.second}", and programs differ on which one they read`;
    case "directorySize":
      return "the record count of the zip directory does not match its size";
    case "overlap":
      return `the data of entry "${d.entry}" overlaps ${d.next === null ? "the zip directory" : `entry "${d.next}"`} (typical of a crafted zip bomb)`;
    case "localHeader":
      return `the local header of entry "${d.entry}" disagrees with the zip directory (${FIELDS[d.field]}), so programs read different contents`;
    case "invalidUtf8":
      return `part ${d.part} holds bytes that are not valid UTF-8`;
  }
}

function sheetLimit(l: SheetLimit): string {
  return l.kind === "rows" ? `more than ${count(l.limit)} rows` : `its XML is over ${mb(l.limitBytes)}`;
}

function fileLimit(l: FileLimit): string {
  switch (l.kind) {
    case "part":
      return `part ${l.part} inflates to over ${mb(l.limitBytes)}`;
    case "inflated":
      return `its parts inflate to over ${mb(l.limitBytes)} in all`;
    case "cells":
      return `more than ${count(l.limit)} cells`;
    case "gridSlots":
      return `a table area of more than ${count(l.limit)} cells (perhaps scattered cells far apart)`;
    case "merges":
      return `more than ${count(l.limit)} merged areas in sheet "${l.sheet}"`;
    case "sharedStrings":
      return `more than ${count(l.limit)} shared strings`;
    case "arrayChecks":
      return `more than ${count(l.limit)} checks of cells against array formulas`;
  }
}

function writeFailure(f: WriteFailure): string {
  switch (f.kind) {
    case "badAddress":
      return `cell ${f.cell} has an invalid position`;
    case "notFinite":
      return `the value for cell ${f.cell} is not a valid number`;
    case "inMerge":
      return `cell ${f.cell} lies inside merged area ${f.range} and is not its top-left cell`;
    case "inArray":
      return `cell ${f.cell} lies inside array formula ${f.range}; writing it would break the array formula`;
    case "noSheet":
      return `the workbook has no sheet named "${f.sheet}"`;
    case "structure":
      return `unexpected workbook structure (${f.reason})`;
  }
}

/** The file problems in English. */
export const filesEn: FileMessages = {
  empty: (p) => `"${p.file}" is an empty file, not a valid Excel workbook.`,
  notZip: (p) =>
    `"${p.file}" is not a valid Excel workbook (.xlsx) and cannot be read. Check that the file is complete and really an Excel file.`,
  truncated: (p) =>
    `"${p.file}" is incomplete or damaged (perhaps an interrupted download or copy) and cannot be read. Get the file again and retry.`,
  corrupt: (p) =>
    `"${p.file}" is damaged (part ${p.part} cannot be unpacked). Open it in Excel, save it again and retry.`,
  zip64: (p) =>
    `"${p.file}" uses the ZIP64 format, which is not supported yet. Open it in Excel, save it as .xlsx and score that copy.`,
  zipEncrypted: (p) =>
    `The zip contents of "${p.file}" are encrypted and cannot be read. Remove the password in Excel and save it as .xlsx.`,
  encrypted: (p) =>
    `"${p.file}" is encrypted (it has a password to open) and cannot be read. Remove the password in Excel, save it as .xlsx and score that copy.`,
  legacyXls: (p) =>
    `"${p.file}" is a legacy Excel 97-2003 (.xls) or WPS (.et) workbook and cannot be scored directly. ${SAVE_AS_XLSX}`,
  legacyOther: (p) =>
    `"${p.file}" is ${FORMATS[p.format]}, not an .xlsx workbook, and cannot be scored directly. ${SAVE_AS_XLSX}`,
  oleNotWorkbook: (p) => `"${p.file}" is a legacy Office document (such as a Word .doc), not an Excel workbook.`,
  notWorkbook: (p) =>
    `"${p.file}" is ${CONTENTS[p.content]}, not an Excel workbook (.xlsx): it has no xl/workbook.xml.`,
  sheetTooLarge: (p) =>
    `Sheet "${p.sheet}" of "${p.file}" is too large (${sheetLimit(p.limit)}), over this tool's limits. ${SPLIT}`,
  fileTooLarge: (p) =>
    `"${p.file}" is too large (${fileLimit(p.limit)}), over this tool's limits; nothing was changed. ${SPLIT}`,
  fileSize: (p) =>
    p.host === "page"
      ? `"${p.file}" is ${megabytesOver(p.bytes, p.limitBytes)} MB, over the ${mb(p.limitBytes)} limit of the browser page; it cannot be processed here.`
      : `The file is ${megabytesOver(p.bytes, p.limitBytes)} MB, over the ${mb(p.limitBytes)} limit; it cannot be processed`,
  damaged: (p) => `"${p.file}" is damaged (${damage(p.detail)}); nothing was changed. ${REPAIR}`,
  malformedXml: (p) =>
    `"${p.file}" is damaged: the XML of part ${p.part} is malformed (line ${p.line}: ${p.reason}); nothing was changed. ${REPAIR}`,
  strict: (p) =>
    `"${p.file}" is a Strict Open XML spreadsheet. This tool does not write that format (writing would mix two formats, and Excel might not open the file), so nothing was changed. In Excel choose Save As, "Excel Workbook (*.xlsx)", and score that copy.`,
  sheetProtected: (p) =>
    `Sheet "${p.sheet}" is protected. Unprotect it first (Review → Unprotect Sheet), then score again. Nothing was changed.`,
  writeFailed: (p) => `Cannot write the workbook: ${writeFailure(p.failure)}. Nothing was changed.`,
  workerStopped: (p) =>
    `The file is too large (${p.limit.kind === "memory" ? `it needs more than ${p.limit.mb} MB of memory` : `it took more than ${p.limit.seconds} s`}); processing it was stopped, the other files were processed and the original is unchanged. ${SPLIT}`,
  workerCrashed: (p) =>
    `The program stopped while processing this file (${p.cause.kind === "exit" ? `exit code ${p.cause.code}` : p.cause.message}; the file may be too large or damaged); the other files were processed and the original is unchanged.`,
  readFailed: (p) => `Error while reading the workbook: ${p.reason}`,
  processingFailed: (p) => `Processing failed: ${p.reason}`,
};
