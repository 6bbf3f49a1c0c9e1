// The write phase: per chunk ONE batch that first loads the touched cells' previous state, then writes.
import { cellAt, formatAt, formulaAt, type WorkbookGrid } from "../core/grid";
import { localAddress } from "./addresses";
import type { AnnotationIndex } from "./annotations";
import { queueAttachNote, queueDetachNote } from "./attachNote";
import type { ExcelCapabilities } from "./requirements";
import type { SyncMeter } from "./syncMeter";
import type { FormulaCell, MarkRecord, NoteRecord, RunRecord, UndoEntry } from "./undoTypes";
import type { MarkOp, ValueRun, WriteSet } from "./writeSet";

/** What the writer needs besides the operations. */
export interface WriteContext {
  meter: SyncMeter;
  caps: ExcelCapabilities;
  annotations: AnnotationIndex;
  /** The grid as read, for the previous state when a failed batch lost the captured one. */
  grid: WorkbookGrid;
}

/** Reads a fill as captured: "#RRGGBB", or null for none. */
export function normalizeFill(color: string | null | undefined, pattern?: string | null): string | null {
  if (pattern === "None" || !color) return null;
  const hex = color.toUpperCase();
  return pattern === undefined && hex === "#FFFFFF" ? null : hex;
}

function sheetProxy(context: Excel.RequestContext, cache: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  let ws = cache.get(name);
  if (!ws) {
    ws = context.workbook.worksheets.getItem(name);
    cache.set(name, ws);
  }
  return ws;
}

function runAddress(run: ValueRun): string {
  return localAddress(run.row1, run.col, run.row1 + run.values.length - 1, run.col);
}

/** Groups marks that share sheet, column and colour on consecutive rows, for one fill write each. */
function fillGroups(marks: MarkOp[]): MarkOp[][] {
  const sorted = [...marks].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.col - b.col || a.row - b.row);
  const groups: MarkOp[][] = [];
  for (const m of sorted) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.sheet === m.sheet && prev.col === m.col && prev.color === m.color && prev.row + 1 === m.row) g.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** The previous state of a run from the grid (used only when the captured state was lost). */
function runFromGrid(grid: WorkbookGrid, run: ValueRun): RunRecord["before"] {
  const sheet = grid.sheets.find((s) => s.name === run.sheet);
  const formulas: FormulaCell[] = [];
  const formats: string[] = [];
  run.values.forEach((_, i) => {
    const row = run.row1 + i;
    const f = sheet ? formulaAt(sheet, row, run.col) : null;
    const v = sheet ? cellAt(sheet, row, run.col) : null;
    formulas.push(f ? "=" + f : (v ?? ""));
    formats.push((sheet && formatAt(sheet, row, run.col)) || "General");
  });
  return { formulas, formats };
}

/** Applies one chunk in one sync; appends its inverse to `entry` (partial when the sync failed). */
async function applyChunk(wc: WriteContext, chunk: WriteSet, entry: UndoEntry): Promise<void> {
  const context = wc.meter.context;
  const sheets = new Map<string, Excel.Worksheet>();
  // 1. Capture the previous state. These loads are queued before any write, so Excel answers them first.
  const runCaptures = chunk.runs.map((run) => sheetProxy(context, sheets, run.sheet).getRange(runAddress(run)).load("formulas,numberFormat"));
  const fillCaptures = chunk.marks.map((m) => {
    const cell = sheetProxy(context, sheets, m.sheet).getRange(localAddress(m.row, m.col));
    return wc.caps.cellProperties
      ? { props: cell.getCellProperties({ format: { fill: { color: true, pattern: true } } }), fill: null }
      : { props: null, fill: cell.format.fill.load("color") };
  });
  if (wc.caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  // 2. Write: values and formats per column run, fills per run of equal colour, notes per cell.
  for (const run of chunk.runs) {
    const range = sheetProxy(context, sheets, run.sheet).getRange(runAddress(run));
    range.values = run.values.map((v) => [v]);
    if (run.numFmt) range.numberFormat = run.numFmt.map((f) => [f]);
  }
  for (const group of fillGroups(chunk.marks)) {
    const first = group[0];
    const range = sheetProxy(context, sheets, first.sheet).getRange(localAddress(first.row, first.col, first.row + group.length - 1, first.col));
    if (first.color === null) range.format.fill.clear();
    else range.format.fill.color = first.color;
  }
  const noteFinishers = chunk.marks.map((m) => {
    const ws = sheetProxy(context, sheets, m.sheet);
    if (m.unmark) {
      const record = queueDetachNote(context, ws, wc.annotations, m);
      return () => record;
    }
    return m.note === null ? null : queueAttachNote(context, ws, wc.annotations, m, m.note);
  });
  try {
    await wc.meter.sync();
  } catch (error) {
    entry.partial = true;
    for (const run of chunk.runs) {
      entry.runs.push({ sheet: run.sheet, col: run.col, row1: run.row1, before: runFromGrid(wc.grid, run), after: { values: run.values } });
    }
    for (const m of chunk.marks) entry.marks.push({ sheet: m.sheet, row: m.row, col: m.col, fillBefore: null, fillAfter: m.color, note: null });
    throw error;
  }
  // 3. The inverse, from the captured state.
  chunk.runs.forEach((run, i) => {
    const cap = runCaptures[i];
    entry.runs.push({
      sheet: run.sheet,
      col: run.col,
      row1: run.row1,
      before: { formulas: cap.formulas.map((r) => r[0] as FormulaCell), formats: cap.numberFormat.map((r) => String(r[0])) },
      after: { values: run.values },
    });
  });
  chunk.marks.forEach((m, i) => {
    const cap = fillCaptures[i];
    const fill = cap.props ? cap.props.value[0][0].format?.fill : null;
    const fillBefore = cap.props ? normalizeFill(fill?.color, fill?.pattern ?? null) : normalizeFill(cap.fill!.color);
    const note: NoteRecord | null = noteFinishers[i]?.() ?? null;
    const record: MarkRecord = { sheet: m.sheet, row: m.row, col: m.col, fillBefore, fillAfter: m.color, note };
    entry.marks.push(record);
  });
}

/** A chunk's sync failed; chunks before `chunkIndex` were applied. */
export class ChunkWriteError extends Error {
  constructor(
    readonly chunkIndex: number,
    readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ChunkWriteError";
  }
}

/** Applies the chunks in order, one sync each; the inverse of everything applied is in `entry` even on failure. */
export async function applyWriteChunks(wc: WriteContext, chunks: WriteSet[], entry: UndoEntry): Promise<void> {
  for (let i = 0; i < chunks.length; i++) {
    try {
      await applyChunk(wc, chunks[i], entry);
    } catch (error) {
      throw new ChunkWriteError(i, error);
    }
  }
}
