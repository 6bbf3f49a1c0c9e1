// A fake Excel that behaves like Excel where the host depends on it (see the other fake*.ts files for the parts).
import type { WorkbookGrid } from "../../src/core/grid";
import type { ExcelEnvironment } from "../../src/excel/environment";
import type { SyncStat } from "./fakeCore";
import { FakeDocument } from "./fakeModel";
import { FakeSettings, type PersistedSettings } from "./fakeSettings";
import { FakeRequestContext, type FakeAppState } from "./fakeSheets";

export { FakeOfficeError, type SyncStat } from "./fakeCore";
export { FakeDocument, FakeSheetModel, type FakeCell } from "./fakeModel";
export { FakeSettings } from "./fakeSettings";

/** How the fake Excel behaves. */
export interface FakeExcelOptions {
  /** Highest ExcelApi version supported ("1.1" … "1.21"); default "1.21". */
  api?: string;
  readOnly?: boolean;
  /** The user is typing in a cell: every sync fails with InvalidOperationInCellEditMode. */
  editMode?: boolean;
  /** Request/response limit in bytes (Excel on the web: 5 MB); null = none (desktop). */
  payloadLimit?: number | null;
  /** Office.context.document.url. */
  url?: string | null;
  /** Office.context.diagnostics.platform; default "OfficeOnline" when a payload limit is set, else "PC". */
  platform?: string;
  /** Settings persisted in the document (pass another fake's `settings.document` to "reopen"). */
  persistedSettings?: PersistedSettings;
}

function versionMinor(v: string): number {
  const [major, minor = "0"] = v.split(".");
  return Number(major) === 1 ? Number(minor) : Number(major) > 1 ? 999 : -1;
}

/** The fake application: a document, its settings, the requirement sets and the sync log. */
export class FakeExcel implements FakeAppState {
  readonly settings: FakeSettings;
  readonly syncs: SyncStat[] = [];
  readOnly: boolean;
  editMode: boolean;
  payloadLimit: number | null;
  api: string;
  url: string | null;
  platform: string;

  constructor(readonly doc: FakeDocument, options: FakeExcelOptions = {}) {
    this.api = options.api ?? "1.21";
    this.readOnly = options.readOnly ?? false;
    this.editMode = options.editMode ?? false;
    this.payloadLimit = options.payloadLimit ?? null;
    this.url = options.url ?? `https://example.invalid/docs/${encodeURIComponent(doc.name)}`;
    this.platform = options.platform ?? (this.payloadLimit !== null ? "OfficeOnline" : "PC");
    this.settings = new FakeSettings(options.persistedSettings);
  }

  /** A fake Excel holding a workbook grid. */
  static fromGrid(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(FakeDocument.fromGrid(grid), options);
  }

  /** isSetSupported for ExcelApi (other sets: only AddinCommands/SharedRuntime 1.1). */
  isSetSupported(name: string, version: string): boolean {
    if (name === "ExcelApi") return versionMinor(version) <= versionMinor(this.api);
    return (name === "AddinCommands" || name === "SharedRuntime") && version === "1.1";
  }
  supports(version: string): boolean {
    return this.isSetSupported("ExcelApi", version);
  }
  record(stat: SyncStat): void {
    this.syncs.push(stat);
  }
  /** Hook run before every sync of any context, with the number of syncs recorded so far. */
  onBeforeSync: ((syncsSoFar: number) => void) | null = null;
  beforeSync(): void {
    this.onBeforeSync?.(this.syncs.length);
  }

  /** Excel.run: a fresh context per batch. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    return batch(new FakeRequestContext(this.doc, this));
  }

  /** The environment the host takes (the fake context passes for Excel.RequestContext). */
  environment(): ExcelEnvironment {
    return {
      run: (batch) => this.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      documentMode: () => (this.readOnly ? "readOnly" : "readWrite"),
      settings: () => this.settings,
      documentUrl: () => this.url,
      platform: () => this.platform,
    };
  }

  /** The same document after save, close and reopen: cells kept, settings as last saved. */
  reopen(options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(this.doc, { api: this.api, platform: this.platform, ...options, persistedSettings: { data: { ...this.settings.document.data } } });
  }

  /** Installs globalThis.Excel and globalThis.Office backed by this fake; returns an uninstaller. */
  installGlobals(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: (batch: (ctx: FakeRequestContext) => Promise<unknown>) => this.run(batch) };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Office stand-in's methods are plain functions
    const self = this;
    g.Office = {
      context: {
        diagnostics: { platform: self.platform },
        requirements: { isSetSupported: (n: string, v: string) => self.isSetSupported(n, v) },
        document: {
          get mode() {
            return self.readOnly ? "readOnly" : "readWrite";
          },
          settings: {
            get: (k: string) => self.settings.get(k),
            set: (k: string, v: unknown) => self.settings.set(k, v),
            remove: (k: string) => self.settings.remove(k),
            saveAsync: (cb?: (r: { status: string; error: { message: string } | null }) => void) => self.settings.saveAsync(cb),
          },
          url: self.url,
        },
      },
    };
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }

  /** Syncs recorded so far. */
  get syncCount(): number {
    return this.syncs.length;
  }
  /** Clears the sync log. */
  resetStats(): void {
    this.syncs.length = 0;
  }
}
