// The Excel host's refusals and notices in English, item for item as host.zh.ts.
import type { HostMessages } from "./host";

/** The Excel host's messages in English. */
export const hostEn: HostMessages = {
  cellEditMode: () => `Press Enter or Esc to finish editing the cell, then score again`,
  readOnly: () => `The workbook is read-only, so no scores were written. Enable editing or save a copy and try again.`,
  sheetProtected: (p) =>
    `Sheet "${p.sheet}" is protected; nothing was written. Unprotect it (Review → Unprotect Sheet) and score again.`,
  tooLarge: (p) => `The changes are too large (about ${p.mb} MB) for Excel's request limit; nothing was written.`,
  chunked: (p) =>
    `About ${p.mb} MB of changes exceed Excel on the web's 5 MB request limit; written in ${p.n} batches.`,
  staleCleared: (p) => `Scored before: took the last run's fill and note off ${p.n} cell(s) that are fine now.`,
  readChunked: (p) => `The sheets exceed Excel's request limit; read in ${p.n} batches.`,
  mergesSkipped: () => `Too many merged areas (over 512); merged areas were not read.`,
  undoMemoryOnly: () =>
    `The undo record is too large to keep in the workbook; undo works only until the workbook is closed.`,
  undoSaveFailed: (p) =>
    `The undo record could not be saved in the workbook (${p.reason}); undo works only until it is closed.`,
  writeDenied: () => `Excel refused to write (protected sheet or read-only workbook); nothing was written.`,
  nothingToUndo: () => `There is no scoring run to undo.`,
  undone: (p) => `The last scoring run was undone; ${p.n} cells restored.`,
  undoConflict: (p) => `These cells were changed after scoring, so nothing was undone to keep your edits: ${p.cells}`,
  undoSheetMissing: () => `A sheet the run wrote to no longer exists (deleted or renamed); cannot undo.`,
  writeFailed: (p) => `Writing the scores failed (${p.reason}). Use Undo to restore what was written.`,
  readFailed: (p) => `Reading the workbook failed: ${p.reason}`,
  commentsKept: (p) => `${p.n} cells already had comments; the explanations were added as replies.`,
  explanationHeader: () => `评分说明`,
  ribbonTitle_done: () => `Scoring finished`,
  ribbonTitle_refused: () => `Scoring: nothing was written`,
  ribbonTitle_partial: () => `Scoring: only part was written`,
  ribbonTitle_failed: () => `Scoring failed`,
  ribbonTableTotal: (p) => `${p.sheet}: total ${p.total}, grade ${p.grade}`,
  ribbonTableOpen: (p) => `${p.sheet}: some indicators need a person; no total yet`,
  ribbonTableUngraded: (p) => `${p.sheet}: total ${p.total}, above the full mark; no grade yet`,
  ribbonNoTables: () => `No self-evaluation table was found.`,
  ribbonWritten: (p) => `${p.n} cells written; cells to review are coloured and explained.`,
  ribbonUndoHint: () => `To undo, open the Scoring pane and choose Undo.`,
  ribbonBandsHint: (p) =>
    `${p.n} rows could not be put in a band: choose their bands in the Scoring pane (Rows waiting for a band), or type each score in its score cell and score again.`,
  valueChanged: (p) => `${p.cell} (wrote ${p.written}, now ${p.now})`,
  formatChanged: (p) => `${p.cell} (number format changed)`,
  partialWrite: (p) =>
    `Writing stopped (${p.reason}): ${p.written} written; ${p.missing} not written or not finished. Undo restores what was written.`,
  partialUnknown: (p) =>
    `Writing was interrupted (${p.reason}); part of it may have been written. Undo restores what was written.`,
  sheetName: (p) => `sheet "${p.sheet}"`,
  listSeparator: () => `, `,
  nothing: () => `none`,
  undoLost: () =>
    `The undo record is too large to keep in the workbook, and the ribbon command's memory ends with it: this run cannot be undone.`,
  commentFallback: (p) =>
    `${p.n} cell(s) already have a legacy note this Excel cannot read or change; their explanations went into the 评分说明 column.`,
  commentsSkipped: (p) =>
    `${p.n} cell(s) could not get an explanation comment (${p.cells}); their fill is set, see the results.`,
  readTooLarge: (p) =>
    `The used range of sheet "${p.sheet}" is too large (${p.cells} cells) to read; nothing was written. Delete the extra rows and columns outside the table (formatting included) and try again.`,
  fillChanged: (p) => `${p.cell} (fill changed)`,
  noteChanged: (p) => `${p.cell} (note changed or deleted)`,
  andMore: (p) => `and ${p.n} more`,
  dialogRest: () => "... (open the Scoring pane for the rest)",
};
