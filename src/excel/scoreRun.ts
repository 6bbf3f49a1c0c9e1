// One scoring run inside Excel.run: read, score, refuse or write (inverse captured first), keep the undo record.
import type { ScoreOptions } from "../core";
import type { WorkbookGrid } from "../core";
import { unmarkedCells, type Plan } from "../core";
import type { RunRequest } from "../host/types";
import { applyCommentOps } from "./commentBatch";
import { explanationRuns } from "./explanationColumn";
import { failedWrite, undoNotice } from "./failedWrite";
import { hostText, type HostLang } from "./messages";
import { finishedOutcome, refusedOutcome, type ExcelRunOutcome } from "./outcome";
import { chunkWriteSet, writeSetBytes } from "./payload";
import { READ_BUDGET_BYTES } from "./readInBlocks";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import type { ExcelCapabilities } from "./requirements";
import type { SyncMeter } from "./syncMeter";
import { fillBeforeMarks, type UndoStore } from "./undoStore";
import type { UndoEntry } from "./undoTypes";
import { applyWriteChunks, ChunkWriteError, type WriteContext } from "./writePlan";
import { planWriteSet, touchedCells, type MarkOp, type WriteSet } from "./writeSet";

/** What a run needs besides the request. */
export interface RunDeps {
  caps: ExcelCapabilities;
  noteMode: "notes" | "comments" | "column" | "none";
  fallbackName: string;
  lang: HostLang;
  readOnly: boolean;
  writeLimit: number;
  store: UndoStore;
  score: (grid: WorkbookGrid, options: ScoreOptions) => Plan;
  /** False in a ribbon command's own runtime: an undo record kept in memory ends with it. */
  memoryOutlivesRun: boolean;
}

function newEntry(fileName: string, noteMode: UndoEntry["noteMode"]): UndoEntry {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { v: 1, id, at: new Date().toISOString(), file: fileName, noteMode, partial: false, runs: [], marks: [] };
}

/** The explanation-column writes for marks whose comment Excel refused. */
function columnFallback(plan: Plan, grid: WorkbookGrid, refused: MarkOp[]): WriteSet | null {
  const keys = new Set(refused.filter((m) => !m.unmark).map((m) => `${m.sheet}|${m.row}|${m.col}`));
  if (keys.size === 0) return null;
  const writes = plan.writes.filter((w) => w.mark && keys.has(`${w.sheet}|${w.row}|${w.col}`));
  return { runs: explanationRuns({ ...plan, writes }, grid), marks: [] };
}

/** The workbook as read, its plan, and its file name. */
interface ScoredRead {
  read: WorkbookRead;
  plan: Plan;
  fileName: string;
}

/** Reads the workbook (within the read budget when writes are limited) and scores it as `request` asks. */
async function readAndScore(meter: SyncMeter, request: RunRequest, deps: RunDeps): Promise<ScoredRead> {
  const { caps, noteMode, lang } = deps;
  const kind = noteMode === "notes" ? "note" : noteMode === "comments" ? "comment" : "none";
  const readBudget = Number.isFinite(deps.writeLimit) ? READ_BUDGET_BYTES : Number.POSITIVE_INFINITY;
  const read = await readWorkbook(meter, caps, kind, deps.fallbackName, lang, readBudget);
  const fileName = read.grid.name;
  const plan = deps.score(read.grid, {
    mode: request.mode,
    profile: request.profile,
    fileName,
    lang: request.lang ?? lang,
    marks: request.marks,
    picks: request.picks,
  });
  return { read, plan, fileName };
}

/** The outcome of a run that writes nothing: too large to read, a check or nothing to write (finished), a read-only
 *  workbook or a protected sheet to write on (refused); null when the run goes on to write. */
function outcomeWithoutWrites(
  scored: ScoredRead,
  request: RunRequest,
  deps: RunDeps,
  base: { syncs: number; notices: string[] },
): ExcelRunOutcome | null {
  const { read, plan, fileName } = scored;
  const { lang } = deps;
  if (read.tooLarge) return refusedOutcome(plan.report, plan, "TOO_LARGE", read.tooLarge, "WRITE_FAILED", base);
  if (request.mode === "check" || plan.writes.length === 0)
    return finishedOutcome(plan, fileName, 0, "none", { ...base, writeChunks: 0, undoSaved: false });
  if (deps.readOnly)
    return refusedOutcome(plan.report, plan, "READ_ONLY", hostText(lang).readOnly(), "WRITE_FAILED", base);
  const locked = read.grid.sheets.find((s) => s.protected && plan.writes.some((w) => w.sheet === s.name));
  if (locked)
    return refusedOutcome(
      plan.report,
      plan,
      "SHEET_PROTECTED",
      hostText(lang).sheetProtected({ sheet: locked.name }),
      "SHEET_PROTECTED",
      base,
    );
  return null;
}

/** The write set of the plan (the explanation column too in column mode), its chunks within the write limit (null
 *  when one cell is over it) and its size in MB. */
async function chunkedWriteSet(
  scored: ScoredRead,
  deps: RunDeps,
): Promise<{ set: WriteSet; chunks: WriteSet[] | null; mb: string }> {
  const { plan, read } = scored;
  const extra = deps.noteMode === "column" ? explanationRuns(plan, read.grid) : [];
  const set = planWriteSet(plan, deps.noteMode !== "column", extra, fillBeforeMarks(await deps.store.list()));
  const chunks = chunkWriteSet(set, deps.writeLimit);
  const mb = (writeSetBytes(set) / 1_000_000).toFixed(1);
  return { set, chunks, mb };
}

/** Writes every chunk; with comments apart, the comments next, and the explanation column for those Excel refused. */
async function writeAll(
  wc: WriteContext,
  chunks: WriteSet[],
  set: WriteSet,
  scored: ScoredRead,
  entry: UndoEntry,
  notices: string[],
  lang: HostLang,
): Promise<void> {
  await applyWriteChunks(wc, chunks, entry);
  if (!wc.commentsApart) return;
  const refused = await applyCommentOps(wc, set.marks, entry);
  const fallback = columnFallback(scored.plan, scored.read.grid, refused);
  if (fallback) {
    await applyWriteChunks({ ...wc, commentsApart: false }, [fallback], entry);
    notices.push(hostText(lang).commentFallback({ n: refused.filter((m) => !m.unmark).length }));
  }
}

/** After every write: keeps the undo record and says what else happened (undo not saved, stale marks cleared). */
async function finishRun(
  meter: SyncMeter,
  scored: ScoredRead,
  written: { set: WriteSet; chunks: WriteSet[]; entry: UndoEntry },
  notices: string[],
  deps: RunDeps,
): Promise<ExcelRunOutcome> {
  const { plan, fileName } = scored;
  const saved = await deps.store.push(written.entry);
  if (!saved.persisted) notices.push(undoNotice(saved.reason, deps));
  const cleared = unmarkedCells(plan);
  if (cleared) notices.push(hostText(deps.lang).staleCleared({ n: cleared }));
  const attached = plan.writes.some((w) => w.mark) ? deps.noteMode : "none";
  return finishedOutcome(plan, fileName, touchedCells(written.set), attached, {
    syncs: meter.count,
    writeChunks: written.chunks.length,
    notices,
    undoSaved: saved.persisted,
  });
}

/** Scores the workbook in one Excel.run; refusals and partial writes come back as outcomes, never half-said. */
export async function scoreRun(meter: SyncMeter, request: RunRequest, deps: RunDeps): Promise<ExcelRunOutcome> {
  const { noteMode, lang } = deps;
  const scored = await readAndScore(meter, request, deps);
  const { read, plan, fileName } = scored;
  const notices = [...read.notices];
  const base = { syncs: meter.count, notices };
  const withoutWrites = outcomeWithoutWrites(scored, request, deps, base);
  if (withoutWrites) return withoutWrites;
  const { set, chunks, mb } = await chunkedWriteSet(scored, deps);
  if (!chunks)
    return refusedOutcome(plan.report, plan, "TOO_LARGE", hostText(lang).tooLarge({ mb }), "WRITE_FAILED", base);
  if (chunks.length > 1) notices.push(hostText(lang).chunked({ mb, n: chunks.length }));
  if (set.marks.some((m) => m.note !== null || m.unmark)) await read.annotations.locate(meter);
  const entry = newEntry(fileName, noteMode === "none" ? "none" : noteMode);
  const wc: WriteContext = {
    meter,
    caps: deps.caps,
    annotations: read.annotations,
    grid: read.grid,
    commentsApart: noteMode === "comments",
  };
  try {
    await writeAll(wc, chunks, set, scored, entry, notices, lang);
  } catch (error) {
    const failure = error instanceof ChunkWriteError ? error : new ChunkWriteError(chunks.length, error);
    return failedWrite(meter, { plan, fileName, chunks, entry, failure, deps, notices, grid: read.grid });
  }
  return finishRun(meter, scored, { set, chunks, entry }, notices, deps);
}
