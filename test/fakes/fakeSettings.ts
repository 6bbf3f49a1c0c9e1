// Fake Office.context.document.settings: each runtime holds its own in-memory copy of the document's property bag.
//
// Rules copied from Microsoft's documentation (each one is tested in fakeExcel.test.ts):
// - Each runtime works on an in-memory copy loaded when the add-in starts; get/set/remove touch only that copy.
//   https://learn.microsoft.com/javascript/api/office/office.settings (Settings.set / Settings.remove remarks)
// - saveAsync "persists the in-memory copy of the settings property bag in the document": the stored bag becomes
//   this copy, so keys another runtime saved meanwhile are dropped if this copy lacks them.
//   https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-saveasync-member(1)
// - refreshAsync "reads all settings persisted in the document and refreshes the ... copy of those settings held in
//   memory" (unsaved changes of this copy are replaced). Same page, refreshAsync.
// - Values are stored "as the serialized JSON representation of its data type" (Settings.set remarks); the whole
//   bag is limited to 2 MB (a Microsoft engineer, https://github.com/OfficeDev/office-js/issues/621: "We only
//   support 2MB maximum for settings"); a save over it fails with "The argument is invalid or missing or has an
//   incorrect format" (https://github.com/OfficeDev/office-js/issues/3957). Measured in UTF-8 bytes of that JSON.

/** What the document keeps between sessions (survives "close and reopen"). */
export interface PersistedSettings {
  data: Record<string, string>;
}

/** The result Office passes to saveAsync / refreshAsync callbacks. */
export interface FakeAsyncResult {
  status: string;
  error: { message: string } | null;
}

/** Bytes the serialized bag takes (JSON of name → value, UTF-8). */
export function settingsBytes(values: Map<string, string>): number {
  const bag = "{" + [...values].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",") + "}";
  return Buffer.byteLength(bag, "utf8");
}

/** One runtime's Office.Settings; values are JSON-copied like the real property bag. */
export class FakeSettings {
  private values = new Map<string, string>();
  saveCount = 0;
  refreshCount = 0;
  /** Make the next saves report failure (with this message). */
  failSaves: string | null = null;
  /** Make the next refreshes report failure (with this message). */
  failRefreshes: string | null = null;
  /** The size limit Office applies to the whole bag, UTF-8 bytes of its JSON (2 MB, office-js#621). */
  limitBytes = 2_000_000;

  constructor(private readonly persisted: PersistedSettings = { data: {} }) {
    this.load();
  }

  private load(): void {
    this.values = new Map(Object.entries(this.persisted.data));
  }

  /** A setting's value, or null. */
  get(name: string): unknown {
    const v = this.values.get(name);
    return v === undefined ? null : JSON.parse(v);
  }
  /** Sets a value in this copy (not saved until saveAsync). */
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.stringify(value));
  }
  /** Removes a value from this copy. */
  remove(name: string): void {
    this.values.delete(name);
  }
  /** Replaces the document's stored bag with this copy, then calls back (asynchronously, like Office). */
  saveAsync(callback?: (result: FakeAsyncResult) => void): void {
    setTimeout(() => {
      this.saveCount++;
      const failure =
        this.failSaves ??
        (settingsBytes(this.values) > this.limitBytes
          ? "The argument is invalid or missing or has an incorrect format."
          : null);
      if (failure) {
        callback?.({ status: "failed", error: { message: failure } });
        return;
      }
      this.persisted.data = Object.fromEntries(this.values);
      callback?.({ status: "succeeded", error: null });
    }, 0);
  }
  /** Reloads this copy from what the document has stored (this copy's unsaved changes are lost). */
  refreshAsync(callback?: (result: FakeAsyncResult & { value?: FakeSettings }) => void): void {
    setTimeout(() => {
      this.refreshCount++;
      if (this.failRefreshes) {
        callback?.({ status: "failed", error: { message: this.failRefreshes } });
        return;
      }
      this.load();
      callback?.({ status: "succeeded", error: null, value: this });
    }, 0);
  }
  /** The document's stored settings (what a reopen, or another runtime's refresh, sees). */
  get document(): PersistedSettings {
    return this.persisted;
  }
  /** UTF-8 bytes of this copy as Office would store it. */
  get sizeBytes(): number {
    return settingsBytes(this.values);
  }
}
