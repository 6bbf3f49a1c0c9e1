// One scoring run inside Excel.run: read, score, refuse or write (inverse captured first), keep the undo record.
import type { ScoreOptions } from "../core";
import type { WorkbookGrid } from "../core";
import { unmarkedCells, type Plan } from "../core";
import type { RunRequest } from "../host/types";
import { applyCommentOps } from "./commentBatch";
import { explanationRuns } from "./explanationColumn";
import { hostText, type HostLang } from "./messages";
import { errorMessage, isAccessDeniedError, isCellEditModeError, officeErrorCode } from "./officeErrors";
import { finishedOutcome, refusedOutcome, type ExcelRunOutcome } from "./outcome";
import { chunkWriteSet, writeSetBytes } from "./payload";
import { sheetList, verifyFailedChunk } from "./partialWrite";
import { READ_BUDGET_BYTES } from "./readInBlocks";
import { readWorkbook } from "./readWorkbook";
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

/** Scores the workbook in one Excel.run; refusals and partial writes come back as outcomes, never half-said. */
export async function scoreRun(meter: SyncMeter, request: RunRequest, deps: RunDeps): Promise<ExcelRunOutcome> {
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
  });
  const notices = [...read.notices];
  const base = { syncs: meter.count, notices };
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
  const extra = noteMode === "column" ? explanationRuns(plan, read.grid) : [];
  const set = planWriteSet(plan, noteMode !== "column", extra, fillBeforeMarks(await deps.store.list()));
  const chunks = chunkWriteSet(set, deps.writeLimit);
  const mb = (writeSetBytes(set) / 1_000_000).toFixed(1);
  if (!chunks)
    return refusedOutcome(plan.report, plan, "TOO_LARGE", hostText(lang).tooLarge({ mb }), "WRITE_FAILED", base);
  if (chunks.length > 1) notices.push(hostText(lang).chunked({ mb, n: chunks.length }));
  if (set.marks.some((m) => m.note !== null || m.unmark)) await read.annotations.locate(meter);
  const entry = newEntry(fileName, noteMode === "none" ? "none" : noteMode);
  const wc: WriteContext = {
    meter,
    caps,
    annotations: read.annotations,
    grid: read.grid,
    commentsApart: noteMode === "comments",
  };
  try {
    await applyWriteChunks(wc, chunks, entry);
    if (wc.commentsApart) {
      const refused = await applyCommentOps(wc, set.marks, entry);
      const fallback = columnFallback(plan, read.grid, refused);
      if (fallback) {
        await applyWriteChunks({ ...wc, commentsApart: false }, [fallback], entry);
        notices.push(hostText(lang).commentFallback({ n: refused.filter((m) => !m.unmark).length }));
      }
    }
  } catch (error) {
    const failure = error instanceof ChunkWriteError ? error : new ChunkWriteError(chunks.length, error);
    return failedWrite(meter, { plan, fileName, chunks, entry, failure, deps, notices, grid: read.grid });
  }
  const saved = await deps.store.push(entry);
  if (!saved.persisted) notices.push(undoNotice(saved.reason, deps));
  const cleared = unmarkedCells(plan);
  if (cleared) notices.push(hostText(lang).staleCleared({ n: cleared }));
  const attached = plan.writes.some((w) => w.mark) ? noteMode : "none";
  return finishedOutcome(plan, fileName, touchedCells(set), attached, {
    syncs: meter.count,
    writeChunks: chunks.length,
    notices,
    undoSaved: saved.persisted,
  });
}

function undoNotice(reason: string | null, deps: RunDeps): string {
  if (!deps.memoryOutlivesRun) return hostText(deps.lang).undoLost();
  if (reason === "too-large") return hostText(deps.lang).undoMemoryOnly();
  return hostText(deps.lang).undoSaveFailed({ reason: reason ?? "" });
}

interface FailedWrite {
  plan: Plan;
  fileName: string;
  chunks: WriteSet[];
  entry: UndoEntry;
  failure: ChunkWriteError;
  deps: RunDeps;
  notices: string[];
  grid: WorkbookGrid;
}

/** A write batch failed: "nothing written" only when nothing changed; otherwise a partial outcome with its undo record. */
async function failedWrite(meter: SyncMeter, f: FailedWrite): Promise<ExcelRunOutcome> {
  const { lang } = f.deps;
  const cause = f.failure.cause;
  const editMode = isCellEditModeError(cause);
  const base = { syncs: meter.count, notices: f.notices };
  const failedChunk = f.chunks[f.failure.chunkIndex];
  // Cell-edit mode rejects a batch before running any of it; other errors stop it part-way.
  const verdict = editMode || !failedChunk ? null : await verifyFailedChunk(meter, f.grid, failedChunk);
  const earlier = f.failure.chunkIndex;
  const nothing =
    earlier === 0 && (editMode ? true : verdict !== null && verdict.changedCells === 0) && failedChunk !== undefined;
  const reason = officeErrorCode(cause) || errorMessage(cause);
  if (nothing) {
    const text = hostText(lang);
    const message = editMode
      ? text.cellEditMode()
      : isAccessDeniedError(cause)
        ? text.writeDenied()
        : text.writeFailed({ reason });
    const code = editMode ? "CELL_EDIT_MODE" : isAccessDeniedError(cause) ? "ACCESS_DENIED" : "WRITE_FAILED";
    return refusedOutcome(f.plan.report, f.plan, code, message, "WRITE_FAILED", { ...base, syncs: meter.count });
  }
  f.entry.partial = true;
  const saved = await f.deps.store.push(f.entry);
  const written = new Set(
    f.chunks.slice(0, earlier).flatMap((c) => [...c.runs.map((r) => r.sheet), ...c.marks.map((m) => m.sheet)]),
  );
  const missing = new Set<string>();
  if (verdict) {
    verdict.written.forEach((s) => written.add(s));
    verdict.missing.forEach((s) => missing.add(s));
  } else if (failedChunk) failedChunk.runs.forEach((r) => missing.add(r.sheet));
  missing.forEach((s) => written.delete(s));
  const message =
    verdict || editMode
      ? hostText(lang).partialWrite({ reason, written: sheetList(written, lang), missing: sheetList(missing, lang) })
      : hostText(lang).partialUnknown({ reason });
  const notices = [message, ...f.notices];
  if (!saved.persisted) notices.push(undoNotice(saved.reason, f.deps));
  const outcome = finishedOutcome(f.plan, f.fileName, 0, "none", {
    syncs: meter.count,
    writeChunks: earlier + 1,
    notices,
    undoSaved: saved.persisted,
  });
  const errors = [...outcome.report.errors, { code: "WRITE_FAILED" as const, message }];
  return {
    ...outcome,
    written: (verdict?.changedCells ?? 0) + f.chunks.slice(0, earlier).reduce((n, c) => n + touchedCells(c), 0),
    partial: message,
    report: { ...outcome.report, errors },
  };
}
