// Feature detection: which ExcelApi requirement sets the running Excel supports, and what follows from them.
import type { NoteMode } from "../host/types";

/** What this Excel can do, each flag tied to the ExcelApi set that introduced it. */
export interface ExcelCapabilities {
  /** Worksheet.protection (1.2). */
  protection: boolean;
  /** Range.rowHidden and Range.columnHidden: whether any row or column of a range is hidden (1.2). */
  hiddenFlags: boolean;
  /** getUsedRange(valuesOnly) (1.2). */
  valuesOnlyUsedRange: boolean;
  /** getUsedRangeOrNullObject (1.4). */
  usedRangeOrNull: boolean;
  /** Application.suspendApiCalculationUntilNextSync (1.6). */
  suspendCalculation: boolean;
  /** Workbook.name (1.7). */
  workbookName: boolean;
  /** Range.getCellProperties for per-cell fills (1.9). */
  cellProperties: boolean;
  /** Range.getRowProperties and getColumnProperties: which rows and columns are hidden (1.9). */
  rowColumnProperties: boolean;
  /** Workbook.comments / Worksheet.comments (1.10). */
  comments: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** Workbook.notes / Worksheet.notes (1.18). */
  notes: boolean;
}

/** The ExcelApi version behind each capability. */
export const CAPABILITY_VERSIONS: Record<keyof ExcelCapabilities, string> = {
  protection: "1.2",
  hiddenFlags: "1.2",
  valuesOnlyUsedRange: "1.2",
  usedRangeOrNull: "1.4",
  suspendCalculation: "1.6",
  workbookName: "1.7",
  cellProperties: "1.9",
  rowColumnProperties: "1.9",
  comments: "1.10",
  mergedAreas: "1.13",
  notes: "1.18",
};

/** Asks Office which ExcelApi sets are supported and returns the capability flags. */
export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): ExcelCapabilities {
  const caps = {} as ExcelCapabilities;
  for (const key of Object.keys(CAPABILITY_VERSIONS) as (keyof ExcelCapabilities)[]) {
    caps[key] = isSetSupported("ExcelApi", CAPABILITY_VERSIONS[key]);
  }
  return caps;
}

/** How explanations are attached: notes (1.18), else threaded comments (1.10), else an explanation column. */
export function noteModeFor(caps: ExcelCapabilities): Exclude<NoteMode, "none"> {
  if (caps.notes) return "notes";
  if (caps.comments) return "comments";
  return "column";
}
