// The write phase: per chunk ONE batch that first loads the touched cells' previous state, then writes.
import type { WorkbookGrid } from "../core";
import { localAddress } from "./addresses";
import type { AnnotationIndex } from "./annotations";
import { queueAttachNote, queueDetachNote } from "./attachNote";
import type { ExcelCapabilities } from "./requirements";
import type { SyncMeter } from "./syncMeter";
import { capturedRecord, runFromGrid } from "./runRecords";
import type { MarkRecord, NoteRecord, UndoEntry } from "./undoTypes";
import type { MarkOp, WriteSet } from "./writeSet";

/** What the writer needs besides the operations. */
export interface WriteContext {
  meter: SyncMeter;
  caps: ExcelCapabilities;
  annotations: AnnotationIndex;
  /** The grid as read, for the previous state when a failed batch lost the captured one. */
  grid: WorkbookGrid;
  /** Threaded comments go in batches of their own (comments mode: a cell's legacy note cannot be seen below 1.18). */
  commentsApart: boolean;
}

/** Reads a fill as captured: "#RRGGBB", or null for none. */
export function normalizeFill(color: string | null | undefined, pattern?: string | null): string | null {
  if (pattern === "None" || !color) return null;
  const hex = color.toUpperCase();
  return pattern === undefined && hex === "#FFFFFF" ? null : hex;
}

/** A worksheet proxy per sheet name within one batch. */
export function sheetProxies(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

/** The A1 range of a value run. */
export function runAddress(run: { row1: number; col: number; values: unknown[] }): string {
  return localAddress(run.row1, run.col, run.row1 + run.values.length - 1, run.col);
}

/** Groups marks that share sheet, column and colour on consecutive rows, for one fill write each. */
function fillGroups(marks: MarkOp[]): MarkOp[][] {
  const sorted = [...marks].sort(
    (a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.col - b.col || a.row - b.row,
  );
  const groups: MarkOp[][] = [];
  for (const m of sorted) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.sheet === m.sheet && prev.col === m.col && prev.color === m.color && prev.row + 1 === m.row)
      g.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** A chunk's sync failed; chunks before `chunkIndex` were applied, and actions of this one before the failing one. */
export class ChunkWriteError extends Error {
  constructor(
    readonly chunkIndex: number,
    readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ChunkWriteError";
  }
}

/** The previous state of a chunk's cells, queued before its writes: per run its range, per mark its fill. */
interface ChunkCaptures {
  runs: Excel.Range[];
  fills: { props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null; fill: Excel.RangeFill | null }[];
}

/** 1. Queues the capture of the previous state. These loads come before any write, so Excel answers them first. */
function queueCaptures(wc: WriteContext, chunk: WriteSet, ws: (name: string) => Excel.Worksheet): ChunkCaptures {
  const runs = chunk.runs.map((run) =>
    ws(run.sheet).getRange(runAddress(run)).load("formulas,numberFormat,values,valueTypes"),
  );
  const fills = chunk.marks.map((m) => {
    const cell = ws(m.sheet).getRange(localAddress(m.row, m.col));
    return wc.caps.cellProperties
      ? { props: cell.getCellProperties({ format: { fill: { color: true, pattern: true } } }), fill: null }
      : { props: null, fill: cell.format.fill.load("color") };
  });
  return { runs, fills };
}

/** Finishes a queued note operation after the sync: the note's record, or null. */
type NoteFinisher = (() => NoteRecord | null) | null;

/** 2. Queues the writes sheet by sheet (a batch stops at a refused action; earlier sheets are then whole): values and
 *  formats per column run, fills per run of equal colour, notes per cell. Returns each mark's note finisher. */
function queueWrites(
  wc: WriteContext,
  chunk: WriteSet,
  ws: (name: string) => Excel.Worksheet,
): Map<MarkOp, NoteFinisher> {
  const context = wc.meter.context;
  const noteFinishers = new Map<MarkOp, NoteFinisher>();
  for (const sheet of [...new Set([...chunk.runs.map((r) => r.sheet), ...chunk.marks.map((m) => m.sheet)])]) {
    for (const run of chunk.runs.filter((r) => r.sheet === sheet)) {
      const range = ws(run.sheet).getRange(runAddress(run));
      range.values = run.values.map((v) => [v]);
      if (run.numFmt) range.numberFormat = run.numFmt.map((f) => [f]);
    }
    const marks = chunk.marks.filter((m) => m.sheet === sheet);
    for (const group of fillGroups(marks)) {
      const first = group[0];
      const range = ws(first.sheet).getRange(
        localAddress(first.row, first.col, first.row + group.length - 1, first.col),
      );
      if (first.color === null) range.format.fill.clear();
      else range.format.fill.color = first.color;
    }
    for (const m of marks)
      noteFinishers.set(m, wc.commentsApart ? null : queueNoteOp(context, ws(m.sheet), wc.annotations, m));
  }
  return noteFinishers;
}

/** The sync failed: the inverse from the grid as read (partial: what Excel applied is not known here). */
function recordFromGrid(grid: WorkbookGrid, chunk: WriteSet, entry: UndoEntry): void {
  entry.partial = true;
  for (const run of chunk.runs) {
    const before = runFromGrid(grid, run);
    entry.runs.push({
      sheet: run.sheet,
      col: run.col,
      row1: run.row1,
      before,
      after: { values: run.values, formats: run.numFmt ?? before.formats },
    });
  }
  for (const m of chunk.marks)
    entry.marks.push({ sheet: m.sheet, row: m.row, col: m.col, fillBefore: null, fillAfter: m.color, note: null });
}

/** 3. The inverse, from the captured state. */
function recordCaptured(
  chunk: WriteSet,
  captures: ChunkCaptures,
  noteFinishers: Map<MarkOp, NoteFinisher>,
  entry: UndoEntry,
): void {
  chunk.runs.forEach((run, i) => entry.runs.push(capturedRecord(run, captures.runs[i])));
  chunk.marks.forEach((m, i) => {
    const cap = captures.fills[i];
    const fill = cap.props ? cap.props.value[0][0].format?.fill : null;
    const fillBefore = cap.props ? normalizeFill(fill?.color, fill?.pattern ?? null) : normalizeFill(cap.fill!.color);
    const note: NoteRecord | null = noteFinishers.get(m)?.() ?? null;
    const record: MarkRecord = { sheet: m.sheet, row: m.row, col: m.col, fillBefore, fillAfter: m.color, note };
    entry.marks.push(record);
  });
}

/** Applies one chunk in one sync; appends its inverse to `entry` (partial, from the grid, when the sync failed). */
async function applyChunk(wc: WriteContext, chunk: WriteSet, entry: UndoEntry): Promise<void> {
  const context = wc.meter.context;
  const ws = sheetProxies(context);
  const captures = queueCaptures(wc, chunk, ws);
  if (wc.caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  const noteFinishers = queueWrites(wc, chunk, ws);
  try {
    await wc.meter.sync();
  } catch (error) {
    recordFromGrid(wc.grid, chunk, entry);
    throw error;
  }
  recordCaptured(chunk, captures, noteFinishers, entry);
}

/** Queues attaching (or, for an unmark, taking off) a mark's note or comment; null when the mark has none. */
export function queueNoteOp(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  annotations: AnnotationIndex,
  m: MarkOp,
): (() => NoteRecord | null) | null {
  if (m.unmark) {
    const record = queueDetachNote(context, ws, annotations, m);
    return () => record;
  }
  return m.note === null ? null : queueAttachNote(context, ws, annotations, m, m.note);
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
