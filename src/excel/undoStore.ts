// The last five runs' inverses, kept in the document settings (key selfeval.undo, chunked) so undo survives reopening.
import type { SettingsLike } from "./environment";
import { saveSettings } from "./settings";
import { MARK_FILLS } from "../core/plan";
import type { UndoEntry } from "./undoTypes";
import { argbToHex, type FillBeforeLookup } from "./writeSet";

const MARK_HEX = new Set(Object.values(MARK_FILLS).map(argbToHex));

/** The fill a cell had before any earlier run marked it, from the kept runs (newest first); null when unknown. */
export function fillBeforeMarks(entries: readonly UndoEntry[]): FillBeforeLookup {
  return (sheet, row, col) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const mark = entries[i].marks.find((m) => m.sheet === sheet && m.row === row && m.col === col);
      if (mark && !MARK_HEX.has(mark.fillBefore?.toUpperCase() ?? "")) return mark.fillBefore;
    }
    return null;
  };
}

/** Settings key of the undo index; the data lives in selfeval.undo.0, selfeval.undo.1 ... */
export const UNDO_SETTING = "selfeval.undo";
/** Runs kept. */
export const UNDO_DEPTH = 5;
/** Characters per settings value. */
export const UNDO_PART_CHARS = 200_000;
/** Above this the oldest runs are dropped; a single run larger than this stays in memory only. */
export const UNDO_MAX_CHARS = 1_500_000;

interface UndoIndex {
  v: 1;
  parts: number;
}

/** Result of storing a run. */
export interface UndoSaveResult {
  persisted: boolean;
  /** Why not, when not persisted ("too-large" or the save error). */
  reason: string | null;
}

/** Undo entries in memory, mirrored to the document settings. */
export class UndoStore {
  private entries: UndoEntry[] | null = null;
  /** An entry too large for the settings, kept for this session only. */
  private memoryOnly: UndoEntry | null = null;

  constructor(private readonly settings: SettingsLike | null) {}

  /** All stored entries, oldest first. */
  list(): UndoEntry[] {
    if (this.entries === null) this.entries = this.load();
    return this.memoryOnly ? [...this.entries, this.memoryOnly] : this.entries;
  }

  /** The most recent entry, or null. */
  last(): UndoEntry | null {
    const all = this.list();
    return all.length > 0 ? all[all.length - 1] : null;
  }

  /** Adds a run's inverse and saves; drops the oldest beyond five or beyond the size cap. */
  async push(entry: UndoEntry): Promise<UndoSaveResult> {
    const stored = this.list().filter((e) => e !== this.memoryOnly);
    this.memoryOnly = null;
    if (JSON.stringify(entry).length > UNDO_MAX_CHARS) {
      this.entries = stored;
      this.memoryOnly = entry;
      return { persisted: false, reason: "too-large" };
    }
    let next = [...stored, entry].slice(-UNDO_DEPTH);
    while (next.length > 1 && JSON.stringify(next).length > UNDO_MAX_CHARS) next = next.slice(1);
    this.entries = next;
    return this.persist();
  }

  /** Removes the most recent entry and saves. */
  async popLast(): Promise<void> {
    if (this.memoryOnly) {
      this.memoryOnly = null;
      return;
    }
    this.entries = this.list().slice(0, -1);
    await this.persist();
  }

  private load(): UndoEntry[] {
    if (!this.settings) return [];
    const index = this.settings.get(UNDO_SETTING) as UndoIndex | null | undefined;
    if (!index || index.v !== 1 || !Number.isInteger(index.parts)) return [];
    let text = "";
    for (let i = 0; i < index.parts; i++) {
      const part = this.settings.get(`${UNDO_SETTING}.${i}`);
      if (typeof part !== "string") return [];
      text += part;
    }
    try {
      const parsed = JSON.parse(text) as UndoEntry[];
      return Array.isArray(parsed) ? parsed.filter((e) => e && e.v === 1) : [];
    } catch {
      return [];
    }
  }

  private async persist(): Promise<UndoSaveResult> {
    if (!this.settings) return { persisted: false, reason: "no-settings" };
    const text = JSON.stringify(this.entries ?? []);
    const oldIndex = this.settings.get(UNDO_SETTING) as UndoIndex | null | undefined;
    const parts = Math.ceil(text.length / UNDO_PART_CHARS);
    for (let i = 0; i < parts; i++) this.settings.set(`${UNDO_SETTING}.${i}`, text.slice(i * UNDO_PART_CHARS, (i + 1) * UNDO_PART_CHARS));
    for (let i = parts; i < (oldIndex?.parts ?? 0); i++) this.settings.remove(`${UNDO_SETTING}.${i}`);
    this.settings.set(UNDO_SETTING, { v: 1, parts } satisfies UndoIndex);
    try {
      await saveSettings(this.settings);
      return { persisted: true, reason: null };
    } catch (error) {
      return { persisted: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
