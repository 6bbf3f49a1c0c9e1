// A fake Excel that behaves like Excel where the host depends on it (see the other fake*.ts files for the parts).
import type { WorkbookGrid } from "../../src/core/grid";
import type { ExcelEnvironment, SessionMemory } from "../../src/excel/environment";
import type { SyncStat } from "./fakeCore";
import { FakeDocument } from "./fakeModel";
import { FakeOffice } from "./fakeOffice";
import { FakeSettings, type PersistedSettings } from "./fakeSettings";
import { FakeRequestContext, type FakeAppState } from "./fakeSheets";

export { FakeOfficeError, type SyncStat } from "./fakeCore";
export { FakeDocument, FakeSheetModel, type FakeCell } from "./fakeModel";
export { FakeSettings } from "./fakeSettings";
export { FakeDialog, FakeOffice } from "./fakeOffice";

/** One JavaScript runtime of the add-in (task pane, ribbon function file): its own settings copy, memory and Office global.
 * Without a shared runtime the pane and each ribbon command run apart ("Runtimes in Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes). */
export interface FakeRuntime {
  readonly name: string;
  readonly settings: FakeSettings;
  readonly session: SessionMemory;
  readonly office: FakeOffice;
}

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
  /** SharedRuntime 1.1 is supported (Microsoft 365 from 2002, Excel 2021 from 2108, web, Mac); default false. */
  sharedRuntime?: boolean;
  /** The page the runtime runs (dialogs must be on its origin). */
  hostPageUrl?: string;
}

function versionMinor(v: string): number {
  const [major, minor = "0"] = v.split(".");
  return Number(major) === 1 ? Number(minor) : Number(major) > 1 ? 999 : -1;
}

/** The fake application: a document, its settings, the requirement sets and the sync log. */
export class FakeExcel implements FakeAppState {
  /** The document's stored settings, shared by every runtime. */
  readonly persisted: PersistedSettings;
  /** The task pane's runtime (the default one). */
  readonly pane: FakeRuntime;
  readonly syncs: SyncStat[] = [];
  sharedRuntime: boolean;
  hostPageUrl: string;
  readOnly: boolean;
  editMode: boolean;
  payloadLimit: number | null;
  api: string;
  url: string | null;
  platform: string;

  constructor(
    readonly doc: FakeDocument,
    options: FakeExcelOptions = {},
  ) {
    this.api = options.api ?? "1.21";
    this.readOnly = options.readOnly ?? false;
    this.editMode = options.editMode ?? false;
    this.payloadLimit = options.payloadLimit ?? null;
    this.url = options.url ?? `https://example.invalid/docs/${encodeURIComponent(doc.name)}`;
    this.platform = options.platform ?? (this.payloadLimit !== null ? "OfficeOnline" : "PC");
    this.sharedRuntime = options.sharedRuntime ?? false;
    this.hostPageUrl = options.hostPageUrl ?? "https://localhost:3000/taskpane.html";
    this.persisted = options.persistedSettings ?? { data: {} };
    this.pane = this.openRuntime("pane");
  }

  /** A new runtime: its settings copy is loaded from the document now, as when an add-in starts. */
  openRuntime(name: string): FakeRuntime {
    const settings = new FakeSettings(this.persisted);
    return { name, settings, session: { undo: null }, office: new FakeOffice(this, settings) };
  }

  /** The pane runtime's settings. */
  get settings(): FakeSettings {
    return this.pane.settings;
  }

  /** A fake Excel holding a workbook grid. */
  static fromGrid(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(FakeDocument.fromGrid(grid), options);
  }

  /** isSetSupported: ExcelApi up to `api`; AddinCommands and DialogApi 1.1; SharedRuntime 1.1 when configured. */
  isSetSupported(name: string, version: string): boolean {
    if (name === "ExcelApi") return versionMinor(version) <= versionMinor(this.api);
    if (name === "SharedRuntime") return this.sharedRuntime && version === "1.1";
    return (name === "AddinCommands" || name === "DialogApi") && version === "1.1";
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

  /** The environment the host takes in a runtime (default: the pane's); the fake context passes for Excel.RequestContext. */
  environment(runtime: FakeRuntime = this.pane): ExcelEnvironment {
    return {
      run: (batch) => this.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      documentMode: () => (this.readOnly ? "readOnly" : "readWrite"),
      settings: () => runtime.settings,
      documentUrl: () => this.url,
      platform: () => this.platform,
      session: () => runtime.session,
    };
  }

  /** The same document after save, close and reopen: cells kept, settings as last saved. */
  reopen(options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(this.doc, {
      api: this.api,
      platform: this.platform,
      sharedRuntime: this.sharedRuntime,
      ...options,
      persistedSettings: { data: { ...this.persisted.data } },
    });
  }

  /** Installs globalThis.Excel and globalThis.Office of a runtime (default: the pane's); returns an uninstaller. */
  installGlobals(runtime: FakeRuntime = this.pane): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: (batch: (ctx: FakeRequestContext) => Promise<unknown>) => this.run(batch) };
    g.Office = runtime.office.global();
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
