// Document settings (Office.context.document.settings) read and written safely across runtimes.
//
// Each runtime (pane, ribbon command) holds its own in-memory copy of the settings, and saveAsync stores that whole
// copy, replacing what the document had (https://learn.microsoft.com/javascript/api/office/office.settings). So:
// refreshAsync before every read and before every write (a stale copy never drops another runtime's key), writes
// queued one after another in this runtime, and a failed save rolled back in memory (an oversized value left in the
// copy would make every later save fail too).
import type { Profile } from "../core";
import type { SessionMemory, SettingsLike, SettingsResult } from "./environment";
import { loadProfileSchema } from "./profileSchema";

/** Settings key of the profile stored in the workbook. */
export const PROFILE_SETTING = "selfeval.profile";

/** The outcome of a write. */
export interface SettingsWriteResult {
  ok: boolean;
  /** Office's message when the refresh or the save failed. */
  reason: string | null;
}

function call(run: (cb: (r: SettingsResult) => void) => void, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    run((result) => {
      if (String(result.status) === "failed") reject(new Error(result.error?.message || `${what} failed`));
      else resolve();
    });
  });
}

/** The document settings of one runtime, with refresh-before-use and serialized, rolled-back writes. */
export class DocumentSettings {
  constructor(
    private readonly settings: SettingsLike | null,
    private readonly session: SessionMemory,
  ) {}

  /** False where the host has no document settings. */
  get available(): boolean {
    return this.settings !== null;
  }

  /** Reloads this runtime's copy from the document. */
  private refresh(): Promise<void> {
    const s = this.settings;
    if (!s || typeof s.refreshAsync !== "function") return Promise.resolve();
    return call((cb) => s.refreshAsync(cb), "refreshAsync");
  }

  /** Runs `task` after every earlier read or write of this runtime has finished. */
  private queued<T>(task: () => Promise<T>): Promise<T> {
    const next = (this.session.settingsQueue ?? Promise.resolve()).then(task, task);
    this.session.settingsQueue = next.catch(() => undefined);
    return next;
  }

  /** Reads keys after a refresh (the in-memory copy when the refresh fails). */
  read(keys: readonly string[]): Promise<Map<string, unknown>> {
    return this.queued(async () => {
      const s = this.settings;
      if (!s) return new Map();
      await this.refresh().catch(() => undefined);
      return new Map(keys.map((k) => [k, s.get(k)]));
    });
  }

  /** Sets (or, for undefined, removes) keys and saves; computes the changes from what the document holds now. */
  write(changes: (current: (key: string) => unknown) => Map<string, unknown>): Promise<SettingsWriteResult> {
    return this.queued(async () => {
      const s = this.settings;
      if (!s) return { ok: false, reason: "no-settings" };
      try {
        await this.refresh();
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
      const wanted = changes((k) => s.get(k));
      const previous = new Map([...wanted.keys()].map((k) => [k, s.get(k)]));
      for (const [k, v] of wanted) {
        if (v === undefined) s.remove(k);
        else s.set(k, v);
      }
      try {
        await call((cb) => s.saveAsync(cb), "saveAsync");
        return { ok: true, reason: null };
      } catch (error) {
        for (const [k, v] of previous) {
          if (v === null || v === undefined) s.remove(k);
          else s.set(k, v);
        }
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}

/** The profile stored in the workbook, validated; null when there is none or it is not a valid profile. */
export async function readDocumentProfile(settings: DocumentSettings): Promise<Profile | null> {
  let raw = (await settings.read([PROFILE_SETTING])).get(PROFILE_SETTING);
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = (await loadProfileSchema()).safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Validates and stores a profile in the workbook (other keys, such as the undo record, stay as the document has them). */
export async function writeDocumentProfile(settings: DocumentSettings, profile: Profile): Promise<void> {
  const valid = (await loadProfileSchema()).parse(profile);
  if (!settings.available) throw new Error("此环境不支持在工作簿中保存设置 / document settings are not available here");
  const result = await settings.write(() => new Map([[PROFILE_SETTING, valid]]));
  if (!result.ok) throw new Error(result.reason ?? "saveAsync failed");
}
