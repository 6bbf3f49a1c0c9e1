// Fake Office.context.document.settings: in-memory values, saveAsync persists them into the document.

/** What the document keeps between sessions (survives "close and reopen"). */
export interface PersistedSettings {
  data: Record<string, string>;
}

/** Office.Settings as the host uses it; values are JSON-copied like the real property bag. */
export class FakeSettings {
  private values = new Map<string, string>();
  saveCount = 0;
  /** Make the next saves report failure (with this message). */
  failSaves: string | null = null;
  /** The size limit Office applies to all settings together (JSON characters). */
  limitChars = 2_000_000;

  constructor(private readonly persisted: PersistedSettings = { data: {} }) {
    for (const [k, v] of Object.entries(persisted.data)) this.values.set(k, v);
  }

  /** A setting's value, or null. */
  get(name: string): unknown {
    const v = this.values.get(name);
    return v === undefined ? null : JSON.parse(v);
  }
  /** Sets a value (not saved until saveAsync). */
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.stringify(value));
  }
  /** Removes a value. */
  remove(name: string): void {
    this.values.delete(name);
  }
  /** Persists the values into the document, then calls back (asynchronously, like Office). */
  saveAsync(callback?: (result: { status: string; error: { message: string } | null }) => void): void {
    setTimeout(() => {
      this.saveCount++;
      const size = [...this.values].reduce((s, [k, v]) => s + k.length + v.length, 0);
      const failure = this.failSaves ?? (size > this.limitChars ? "Settings exceed the size limit" : null);
      if (failure) {
        callback?.({ status: "failed", error: { message: failure } });
        return;
      }
      this.persisted.data = Object.fromEntries(this.values);
      callback?.({ status: "succeeded", error: null });
    }, 0);
  }
  /** The document's stored settings (what a reopen sees). */
  get document(): PersistedSettings {
    return this.persisted;
  }
  /** Total characters of all values. */
  get sizeChars(): number {
    return [...this.values].reduce((s, [k, v]) => s + k.length + v.length, 0);
  }
}
