// The seam between the Excel host and the Office globals: Excel.run, requirement sets, document settings.
import type { UndoEntry } from "./undoTypes";

/** The result Office passes to a settings callback. */
export interface SettingsResult {
  status: unknown;
  error?: { message?: string } | null;
}

/** The part of Office.Settings the host uses (document settings stored per add-in and workbook). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: SettingsResult) => void): void;
  /** Reloads this runtime's in-memory copy from the document (what other runtimes saved). */
  refreshAsync(callback?: (result: SettingsResult) => void): void;
}

/** What lives as long as this JavaScript runtime: one per window, shared by the pane and the ribbon in a shared runtime. */
export interface SessionMemory {
  /** An undo record too large for the document settings, kept until this runtime ends. */
  undo: UndoEntry | null;
  /** The settings reads and writes of this runtime, one after another. */
  settingsQueue?: Promise<unknown>;
}

/** Everything the host needs from Office.js; tests hand in a fake, production uses the globals. */
export interface ExcelEnvironment {
  /** Excel.run: one request context per batch. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.document.mode as text ("readOnly" | "readWrite"), "" when unknown. */
  documentMode(): string;
  /** Office.context.document.settings, or null where the host has none. */
  settings(): SettingsLike | null;
  /** Office.context.document.url, or null (used for the file name on ExcelApi below 1.7). */
  documentUrl(): string | null;
  /** Office.context.diagnostics.platform ("OfficeOnline", "PC", "Mac" …), "" when unknown. */
  platform(): string;
  /** This runtime's memory (survives between runs, not between runtimes). */
  session(): SessionMemory;
}

/** The window-wide session memory: both bundles of a shared runtime (pane and ribbon) see the same object. */
export function windowSession(): SessionMemory {
  const g = globalThis as unknown as { __selfevalSession?: SessionMemory };
  if (!g.__selfevalSession) g.__selfevalSession = { undo: null };
  return g.__selfevalSession;
}

function wrapSettings(s: Office.Settings): SettingsLike {
  const relay = (callback?: (result: SettingsResult) => void) => (result: Office.AsyncResult<unknown>) =>
    callback?.({ status: String(result.status), error: result.error ? { message: result.error.message } : null });
  return {
    get: (name) => s.get(name) as unknown,
    set: (name, value) => s.set(name, value),
    remove: (name) => s.remove(name),
    saveAsync: (callback) => s.saveAsync(relay(callback)),
    refreshAsync: (callback) => s.refreshAsync(relay(callback)),
  };
}

/** The environment backed by the real Office.js globals (read lazily, so importing this module is harmless). */
export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => {
      try {
        return Boolean(Office.context?.requirements?.isSetSupported(name, version));
      } catch {
        return false;
      }
    },
    documentMode: () => String(Office.context?.document?.mode ?? ""),
    settings: () => {
      const s = Office.context?.document?.settings;
      return s ? wrapSettings(s) : null;
    },
    documentUrl: () => Office.context?.document?.url ?? null,
    platform: () => {
      const ctx = Office.context as (typeof Office.context & { diagnostics?: { platform?: unknown } }) | undefined;
      return String(ctx?.diagnostics?.platform ?? ctx?.platform ?? "");
    },
    session: windowSession,
  };
}
