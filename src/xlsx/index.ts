// The lossless .xlsx host: read a workbook into the core's grids, apply a plan, get new bytes.
export { XlsxError, xlsxError } from "./errors";
export {
  problemOf,
  readAndScore,
  scoreFile,
  scoreFileAsync,
  writesCopy,
  type FileRun,
  type FileScore,
  type ScoredWorkbook,
} from "./scoreFile";
export { readXlsx, type XlsxWorkbook, type XlsxSheetPart } from "./readWorkbook";
export { applyPlan, applyPlanAsync, type ApplyOptions } from "./applyPlan";
export { packPart, packPartAsync, type PackedPart } from "./zipWrite";
export { portableCodec, type ZipCodec } from "./codec";
export { readBack, type CellReadBack } from "./inspect";
export { NOTE_AUTHOR } from "./comments";
export { isOtherSpreadsheet, otherSpreadsheetError } from "./sniff";
export { LIMITS } from "./limits";
