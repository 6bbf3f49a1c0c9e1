// The Office.js host: read (1–2 syncs), score in the core, write with the inverse captured first (1 sync), undo.
import { scoreWorkbook, type ScoreOptions } from "../core";
import type { WorkbookGrid } from "../core/grid";
import { unmarkedCells, type Plan } from "../core/plan";
import type { Profile } from "../core/profile";
import type { RunRequest, UndoOutcome, WorkbookHost } from "../host/types";
import { localAddress, splitSheetAddress } from "./addresses";
import { officeEnvironment, type ExcelEnvironment } from "./environment";
import { explanationRuns } from "./explanationColumn";
import { hostMessage, type HostLang } from "./messages";
import { errorMessage, isAccessDeniedError, isCellEditModeError, officeErrorCode } from "./officeErrors";
import { emptyReport, finishedOutcome, refusedOutcome, type ExcelRunOutcome } from "./outcome";
import { chunkWriteSet, WRITE_LIMIT_BYTES, writeSetBytes } from "./payload";
import { readWorkbook } from "./readWorkbook";
import { detectCapabilities, noteModeFor } from "./requirements";
import { readDocumentProfile, writeDocumentProfile } from "./settings";
import { SyncMeter } from "./syncMeter";
import { fillBeforeMarks, UndoStore } from "./undoStore";
import { undoEntry } from "./undoRun";
import type { UndoEntry } from "./undoTypes";
import { applyWriteChunks, ChunkWriteError } from "./writePlan";
import { planWriteSet, touchedCells } from "./writeSet";

/** Options of the Excel host; everything defaults to the real Office.js and core. */
export interface ExcelHostOptions {
  environment?: ExcelEnvironment;
  /** The scorer (default: the core's scoreWorkbook). */
  score?: (grid: WorkbookGrid, options: ScoreOptions) => Plan;
  /** Estimated bytes per write sync before chunking (default ~4.5 MB on Excel on the web, no limit on desktop). */
  writeLimitBytes?: number;
  lang?: HostLang;
}

/** The file name from a document URL ("…/自评表.xlsx" → "自评表.xlsx"). */
export function fileNameFromUrl(url: string | null): string | null {
  if (!url) return null;
  const last = url.split(/[\\/]/).pop()?.split("?")[0] ?? "";
  try {
    return decodeURIComponent(last) || null;
  } catch {
    return last || null;
  }
}

/** WorkbookHost over Office.js. */
export class ExcelWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly env: ExcelEnvironment;
  private readonly lang: HostLang;
  private store: UndoStore | null = null;

  constructor(private readonly options: ExcelHostOptions = {}) {
    this.env = options.environment ?? officeEnvironment();
    this.lang = options.lang ?? "zh";
  }

  /** Bytes per write sync: the 5 MB request limit exists only in Excel on the web (an unknown platform counts as web). */
  private writeLimit(): number {
    if (this.options.writeLimitBytes !== undefined) return this.options.writeLimitBytes;
    const platform = this.env.platform();
    return platform === "" || platform === "OfficeOnline" ? WRITE_LIMIT_BYTES : Number.POSITIVE_INFINITY;
  }

  private undoStore(): UndoStore {
    return (this.store ??= new UndoStore(this.env.settings()));
  }

  /** Scores the open workbook: refuses cleanly (nothing written) on protection, read-only, edit mode, size. */
  async run(request: RunRequest): Promise<ExcelRunOutcome> {
    const caps = detectCapabilities((n, v) => this.env.isSetSupported(n, v));
    const noteMode = request.mode === "check" ? "none" : noteModeFor(caps);
    const fallbackName = fileNameFromUrl(this.env.documentUrl()) ?? "工作簿.xlsx";
    let meter: SyncMeter | null = null;
    try {
      return await this.env.run(async (context) => {
        meter = new SyncMeter(context);
        const kind = noteMode === "notes" ? "note" : noteMode === "comments" ? "comment" : "none";
        const read = await readWorkbook(meter, caps, kind, fallbackName, this.lang);
        const fileName = read.grid.name;
        const plan = (this.options.score ?? scoreWorkbook)(read.grid, { mode: request.mode, profile: request.profile, fileName, lang: request.lang ?? this.lang });
        const notices = [...read.notices];
        const base = { syncs: meter.count, notices };
        if (request.mode === "check" || plan.writes.length === 0) {
          return finishedOutcome(plan, fileName, 0, "none", { ...base, writeChunks: 0, undoSaved: false });
        }
        if (this.env.documentMode() === "readOnly") {
          return refusedOutcome(plan.report, plan, "READ_ONLY", hostMessage("readOnly", this.lang), "WRITE_FAILED", base);
        }
        const locked = read.grid.sheets.find((s) => s.protected && plan.writes.some((w) => w.sheet === s.name));
        if (locked) {
          const message = hostMessage("sheetProtected", this.lang, { sheet: locked.name });
          return refusedOutcome(plan.report, plan, "SHEET_PROTECTED", message, "SHEET_PROTECTED", base);
        }
        const extra = noteMode === "column" ? explanationRuns(plan, read.grid) : [];
        const set = planWriteSet(plan, noteMode !== "column", extra, fillBeforeMarks(this.undoStore().list()));
        const limit = this.writeLimit();
        const chunks = chunkWriteSet(set, limit);
        const mb = (writeSetBytes(set) / 1_000_000).toFixed(1);
        if (!chunks) return refusedOutcome(plan.report, plan, "TOO_LARGE", hostMessage("tooLarge", this.lang, { mb }), "WRITE_FAILED", base);
        if (chunks.length > 1) notices.push(hostMessage("chunked", this.lang, { mb, n: chunks.length }));
        if (set.marks.some((m) => m.note !== null)) await read.annotations.locate(meter);
        const entry: UndoEntry = {
          v: 1,
          id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
          at: new Date().toISOString(),
          file: fileName,
          noteMode,
          partial: false,
          runs: [],
          marks: [],
        };
        try {
          await applyWriteChunks({ meter, caps, annotations: read.annotations, grid: read.grid }, chunks, entry);
        } catch (error) {
          const failure = error instanceof ChunkWriteError ? error : new ChunkWriteError(0, error);
          const cause = failure.cause;
          if (failure.chunkIndex === 0 && (isCellEditModeError(cause) || isAccessDeniedError(cause))) {
            const key = isCellEditModeError(cause) ? "cellEditMode" : "writeDenied";
            const code = isCellEditModeError(cause) ? "CELL_EDIT_MODE" : "ACCESS_DENIED";
            return refusedOutcome(plan.report, plan, code, hostMessage(key, this.lang), "WRITE_FAILED", { ...base, syncs: meter.count });
          }
          await this.undoStore().push(entry);
          throw new Error(hostMessage("writeFailed", this.lang, { reason: officeErrorCode(cause) || errorMessage(cause) }));
        }
        const saved = await this.undoStore().push(entry);
        if (!saved.persisted) {
          notices.push(
            saved.reason === "too-large"
              ? hostMessage("undoMemoryOnly", this.lang)
              : hostMessage("undoSaveFailed", this.lang, { reason: saved.reason ?? "" }),
          );
        }
        const cleared = unmarkedCells(plan);
        if (cleared) notices.push(hostMessage("staleCleared", this.lang, { n: cleared }));
        const attached = plan.writes.some((w) => w.mark) ? noteMode : "none";
        return finishedOutcome(plan, fileName, touchedCells(set), attached, {
          syncs: meter.count,
          writeChunks: chunks.length,
          notices,
          undoSaved: saved.persisted,
        });
      });
    } catch (error) {
      if (!isCellEditModeError(error)) throw error;
      const message = hostMessage("cellEditMode", this.lang);
      return refusedOutcome(emptyReport(fallbackName), null, "CELL_EDIT_MODE", message, "WRITE_FAILED", {
        syncs: (meter as SyncMeter | null)?.count ?? 0,
        notices: [],
      });
    }
  }

  /** Restores the cells of the last run exactly, or refuses (writing nothing) when any was edited since. */
  async undoLast(): Promise<UndoOutcome> {
    const entry = this.undoStore().last();
    if (!entry) return { ok: false, restored: 0, message: hostMessage("nothingToUndo", this.lang) };
    if (this.env.documentMode() === "readOnly") return { ok: false, restored: 0, message: hostMessage("readOnly", this.lang) };
    const caps = detectCapabilities((n, v) => this.env.isSetSupported(n, v));
    try {
      const result = await this.env.run((context) => undoEntry(new SyncMeter(context), caps, entry, this.lang, this.writeLimit()));
      if (result.ok) await this.undoStore().popLast();
      return result;
    } catch (error) {
      if (isCellEditModeError(error)) return { ok: false, restored: 0, message: hostMessage("cellEditMode", this.lang) };
      if (officeErrorCode(error) === "ItemNotFound") return { ok: false, restored: 0, message: hostMessage("undoSheetMissing", this.lang) };
      if (isAccessDeniedError(error)) return { ok: false, restored: 0, message: hostMessage("writeDenied", this.lang) };
      throw error;
    }
  }

  /** True when a run can be undone (kept in the document settings, or in memory for oversized runs). */
  async canUndo(): Promise<boolean> {
    return this.undoStore().last() !== null;
  }

  /** Activates the sheet and selects the cell ("G17" or "自评表!G17"). */
  async selectCell(sheet: string, address: string): Promise<void> {
    const local = splitSheetAddress(address).local || localAddress(0, 0);
    await this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(local).select();
      await context.sync();
    });
  }

  /** The profile stored in the workbook (settings key selfeval.profile), validated; null when none. */
  async loadDocumentProfile(): Promise<Profile | null> {
    return readDocumentProfile(this.env.settings());
  }

  /** Stores the profile in the workbook and saves the settings. */
  async saveDocumentProfile(profile: Profile): Promise<void> {
    await writeDocumentProfile(this.env.settings(), profile);
  }
}

/** The host over the real Office.js globals and core. */
export function createDefaultHost(options: ExcelHostOptions = {}): ExcelWorkbookHost {
  return new ExcelWorkbookHost(options);
}
