// After a write batch failed: "nothing written" when nothing changed, else a partial outcome with its undo record and
// the sheets written and not written.
import type { Plan, WorkbookGrid } from "../core";
import { hostText } from "./messages";
import { errorMessage, isAccessDeniedError, isCellEditModeError, officeErrorCode } from "./officeErrors";
import { finishedOutcome, refusedOutcome, type ExcelRunOutcome } from "./outcome";
import { sheetList, verifyFailedChunk, type WriteVerdict } from "./partialWrite";
import type { RunDeps } from "./scoreRun";
import type { SyncMeter } from "./syncMeter";
import type { UndoEntry } from "./undoTypes";
import type { ChunkWriteError } from "./writePlan";
import { touchedCells, type WriteSet } from "./writeSet";

/** Why a kept undo record could not be saved with the workbook, in words. */
export function undoNotice(reason: string | null, deps: RunDeps): string {
  if (!deps.memoryOutlivesRun) return hostText(deps.lang).undoLost();
  if (reason === "too-large") return hostText(deps.lang).undoMemoryOnly();
  return hostText(deps.lang).undoSaveFailed({ reason: reason ?? "" });
}

/** The run at the moment a write batch failed. */
export interface FailedWrite {
  plan: Plan;
  fileName: string;
  chunks: WriteSet[];
  entry: UndoEntry;
  failure: ChunkWriteError;
  deps: RunDeps;
  notices: string[];
  grid: WorkbookGrid;
}

/** What the failed chunk did: Excel's verdict (null when not read back), cell-edit mode, the reason in words. */
interface FailureFacts {
  verdict: WriteVerdict | null;
  editMode: boolean;
  reason: string;
}

/** Nothing was written: refused with cell-edit mode, access denied or the write failure. */
function nothingWritten(meter: SyncMeter, f: FailedWrite, facts: FailureFacts): ExcelRunOutcome {
  const cause = f.failure.cause;
  const text = hostText(f.deps.lang);
  const message = facts.editMode
    ? text.cellEditMode()
    : isAccessDeniedError(cause)
      ? text.writeDenied()
      : text.writeFailed({ reason: facts.reason });
  const code = facts.editMode ? "CELL_EDIT_MODE" : isAccessDeniedError(cause) ? "ACCESS_DENIED" : "WRITE_FAILED";
  return refusedOutcome(f.plan.report, f.plan, code, message, "WRITE_FAILED", {
    syncs: meter.count,
    notices: f.notices,
  });
}

/** The sheets the earlier chunks and the failed one wrote, and those the failed one should have but did not. */
function sheetsOfPartialWrite(
  f: FailedWrite,
  verdict: WriteVerdict | null,
): { written: Set<string>; missing: Set<string> } {
  const earlier = f.failure.chunkIndex;
  const failedChunk = f.chunks[earlier];
  const written = new Set(
    f.chunks.slice(0, earlier).flatMap((c) => [...c.runs.map((r) => r.sheet), ...c.marks.map((m) => m.sheet)]),
  );
  const missing = new Set<string>();
  if (verdict) {
    verdict.written.forEach((s) => written.add(s));
    verdict.missing.forEach((s) => missing.add(s));
  } else if (failedChunk) failedChunk.runs.forEach((r) => missing.add(r.sheet));
  missing.forEach((s) => written.delete(s));
  return { written, missing };
}

/** Part was written: the undo record is kept (marked partial) and the outcome says which sheets were written. */
async function partlyWritten(meter: SyncMeter, f: FailedWrite, facts: FailureFacts): Promise<ExcelRunOutcome> {
  const { lang } = f.deps;
  const { verdict, reason } = facts;
  const earlier = f.failure.chunkIndex;
  f.entry.partial = true;
  const saved = await f.deps.store.push(f.entry);
  const { written, missing } = sheetsOfPartialWrite(f, verdict);
  const message =
    verdict || facts.editMode
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

/** A write batch failed: "nothing written" only when nothing changed; otherwise a partial outcome with its undo record. */
export async function failedWrite(meter: SyncMeter, f: FailedWrite): Promise<ExcelRunOutcome> {
  const cause = f.failure.cause;
  const editMode = isCellEditModeError(cause);
  const failedChunk = f.chunks[f.failure.chunkIndex];
  // Cell-edit mode rejects a batch before running any of it; other errors stop it part-way.
  const verdict = editMode || !failedChunk ? null : await verifyFailedChunk(meter, f.grid, failedChunk);
  const earlier = f.failure.chunkIndex;
  const nothing =
    earlier === 0 && (editMode ? true : verdict !== null && verdict.changedCells === 0) && failedChunk !== undefined;
  const facts = { verdict, editMode, reason: officeErrorCode(cause) || errorMessage(cause) };
  return nothing ? nothingWritten(meter, f, facts) : partlyWritten(meter, f, facts);
}
