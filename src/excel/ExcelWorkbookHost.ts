// The Office.js host: read (1–2 syncs), score in the core, write with the inverse captured first (1 sync), undo.
import { scoreWorkbook, type ScoreOptions } from "../core";
import type { WorkbookGrid } from "../core";
import type { Plan } from "../core";
import type { Profile } from "../core";
import type { RunRequest, UndoOutcome, WorkbookHost } from "../host/types";
import { localAddress, splitSheetAddress } from "./addresses";
import { officeEnvironment, type ExcelEnvironment } from "./environment";
import { hostText, type HostLang } from "./messages";
import { isAccessDeniedError, isCellEditModeError, officeErrorCode } from "./officeErrors";
import { emptyReport, refusedOutcome, type ExcelRunOutcome } from "./outcome";
import { WRITE_LIMIT_BYTES } from "./payload";
import { detectCapabilities, noteModeFor } from "./requirements";
import { scoreRun } from "./scoreRun";
import { DocumentSettings, readDocumentProfile, writeDocumentProfile } from "./settings";
import { SyncMeter } from "./syncMeter";
import { UndoStore } from "./undoStore";
import { undoEntry } from "./undoRun";

/** Options of the Excel host; everything defaults to the real Office.js and core. */
export interface ExcelHostOptions {
  environment?: ExcelEnvironment;
  /** The scorer (default: the core's scoreWorkbook). */
  score?: (grid: WorkbookGrid, options: ScoreOptions) => Plan;
  /** Estimated bytes per write sync before chunking (default ~4.5 MB on Excel on the web, no limit on desktop). */
  writeLimitBytes?: number;
  /** Language of the host's messages until a run or undo names one (default zh). */
  lang?: HostLang;
  /** False for a ribbon command in its own runtime: memory (an oversized undo record) ends with the command. */
  memoryOutlivesRun?: boolean;
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
  private lang: HostLang;

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

  private settings(): DocumentSettings {
    return new DocumentSettings(this.env.settings(), this.env.session());
  }

  private undoStore(): UndoStore {
    return new UndoStore(this.settings(), this.env.session());
  }

  /** Scores the open workbook: refuses cleanly (nothing written) on protection, read-only, edit mode, size. */
  async run(request: RunRequest): Promise<ExcelRunOutcome> {
    const lang = (this.lang = request.lang ?? this.lang);
    const caps = detectCapabilities((n, v) => this.env.isSetSupported(n, v));
    const noteMode = request.mode === "check" ? "none" : noteModeFor(caps);
    const fallbackName = fileNameFromUrl(this.env.documentUrl()) ?? "工作簿.xlsx";
    let meter: SyncMeter | null = null;
    try {
      return await this.env.run((context) => {
        meter = new SyncMeter(context);
        return scoreRun(meter, request, {
          caps,
          noteMode,
          fallbackName,
          lang,
          readOnly: this.env.documentMode() === "readOnly",
          writeLimit: this.writeLimit(),
          store: this.undoStore(),
          score: this.options.score ?? scoreWorkbook,
          memoryOutlivesRun: this.options.memoryOutlivesRun ?? true,
        });
      });
    } catch (error) {
      if (!isCellEditModeError(error)) throw error;
      return refusedOutcome(
        emptyReport(fallbackName),
        null,
        "CELL_EDIT_MODE",
        hostText(lang).cellEditMode(),
        "WRITE_FAILED",
        {
          syncs: (meter as SyncMeter | null)?.count ?? 0,
          notices: [],
        },
      );
    }
  }

  /** Restores the cells of the last run exactly, or refuses (writing nothing) when any was edited since. */
  async undoLast(lang?: HostLang): Promise<UndoOutcome> {
    const l = (this.lang = lang ?? this.lang);
    const store = this.undoStore();
    const entry = await store.last();
    if (!entry) return { ok: false, restored: 0, message: hostText(l).nothingToUndo() };
    if (this.env.documentMode() === "readOnly") return { ok: false, restored: 0, message: hostText(l).readOnly() };
    const caps = detectCapabilities((n, v) => this.env.isSetSupported(n, v));
    try {
      const result = await this.env.run((context) =>
        undoEntry(new SyncMeter(context), caps, entry, l, this.writeLimit()),
      );
      if (result.ok) await store.remove(entry);
      return result;
    } catch (error) {
      if (isCellEditModeError(error)) return { ok: false, restored: 0, message: hostText(l).cellEditMode() };
      if (officeErrorCode(error) === "ItemNotFound")
        return { ok: false, restored: 0, message: hostText(l).undoSheetMissing() };
      if (isAccessDeniedError(error)) return { ok: false, restored: 0, message: hostText(l).writeDenied() };
      throw error;
    }
  }

  /** True when a run can be undone (kept in the document settings, or in this runtime's memory for oversized runs). */
  async canUndo(): Promise<boolean> {
    return (await this.undoStore().last()) !== null;
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
    return readDocumentProfile(this.settings());
  }

  /** Stores the profile in the workbook and saves the settings (refreshed first: no other key is dropped). */
  async saveDocumentProfile(profile: Profile): Promise<void> {
    await writeDocumentProfile(this.settings(), profile);
  }
}

/** The host over the real Office.js globals and core. */
export function createDefaultHost(options: ExcelHostOptions = {}): ExcelWorkbookHost {
  return new ExcelWorkbookHost(options);
}
