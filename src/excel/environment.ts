// The seam between the Excel host and the Office globals: Excel.run, requirement sets, document settings.

/** The part of Office.Settings the host uses (document settings stored per add-in and workbook). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
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
      if (!s) return null;
      return {
        get: (name) => s.get(name) as unknown,
        set: (name, value) => s.set(name, value),
        remove: (name) => s.remove(name),
        saveAsync: (callback) =>
          s.saveAsync((result) =>
            callback?.({ status: String(result.status), error: result.error ? { message: result.error.message } : null }),
          ),
      };
    },
    documentUrl: () => Office.context?.document?.url ?? null,
    platform: () => {
      const ctx = Office.context as (typeof Office.context & { diagnostics?: { platform?: unknown } }) | undefined;
      return String(ctx?.diagnostics?.platform ?? ctx?.platform ?? "");
    },
  };
}
