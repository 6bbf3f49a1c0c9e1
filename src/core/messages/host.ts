// The Excel host's refusals and notices: what each says, by name, with its values (one table per language).

/** Every message the Excel host shows (the pane, the ribbon's dialog, undo). */
export interface HostMessages {
  cellEditMode: () => string;
  readOnly: () => string;
  sheetProtected: (p: { sheet: string | number }) => string;
  tooLarge: (p: { mb: string | number }) => string;
  chunked: (p: { mb: string | number; n: string | number }) => string;
  staleCleared: (p: { n: string | number }) => string;
  readChunked: (p: { n: string | number }) => string;
  mergesSkipped: () => string;
  undoMemoryOnly: () => string;
  undoSaveFailed: (p: { reason: string | number }) => string;
  writeDenied: () => string;
  nothingToUndo: () => string;
  undone: (p: { n: string | number }) => string;
  undoConflict: (p: { cells: string | number }) => string;
  undoSheetMissing: () => string;
  writeFailed: (p: { reason: string | number }) => string;
  readFailed: (p: { reason: string | number }) => string;
  commentsKept: (p: { n: string | number }) => string;
  explanationHeader: () => string;
  ribbonTitle_done: () => string;
  ribbonTitle_refused: () => string;
  ribbonTitle_partial: () => string;
  ribbonTitle_failed: () => string;
  ribbonTableTotal: (p: { grade: string | number; sheet: string | number; total: string | number }) => string;
  ribbonTableOpen: (p: { sheet: string | number }) => string;
  ribbonTableUngraded: (p: { sheet: string | number; total: string | number }) => string;
  ribbonNoTables: () => string;
  ribbonWritten: (p: { n: string | number }) => string;
  ribbonUndoHint: () => string;
  ribbonBandsHint: (p: { n: string | number }) => string;
  valueChanged: (p: { cell: string | number; now: string | number; written: string | number }) => string;
  formatChanged: (p: { cell: string | number }) => string;
  partialWrite: (p: { missing: string | number; reason: string | number; written: string | number }) => string;
  partialUnknown: (p: { reason: string | number }) => string;
  sheetName: (p: { sheet: string | number }) => string;
  listSeparator: () => string;
  nothing: () => string;
  undoLost: () => string;
  commentFallback: (p: { n: string | number }) => string;
  commentsSkipped: (p: { cells: string | number; n: string | number }) => string;
  readTooLarge: (p: { cells: string | number; sheet: string | number }) => string;
  fillChanged: (p: { cell: string | number }) => string;
  noteChanged: (p: { cell: string | number }) => string;
  andMore: (p: { n: string | number }) => string;
  /** The last line of the ribbon's result dialog when its lines do not all fit in the dialog's URL. */
  dialogRest: () => string;
}
