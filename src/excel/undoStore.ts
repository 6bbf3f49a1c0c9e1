// The last five runs' inverses, kept in the document settings (key selfeval.undo, in parts) so undo survives reopening.
// Every call reads the document afresh (another runtime may have run or undone since); sizes are UTF-8 bytes of what
// Office stores (each value's JSON), within a budget that leaves room under the ~2 MB limit of all settings together.
import { MARK_FILLS } from "../core";
import type { SessionMemory } from "./environment";
import type { DocumentSettings } from "./settings";
import type { UndoEntry } from "./undoTypes";
import { jsonBytes } from "./utf8";
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
/** Characters per settings value (each stored as JSON, at most ~3 bytes per character). */
export const UNDO_PART_CHARS = 100_000;
/** One run's record above this (UTF-8 bytes as stored) stays in memory only. */
export const UNDO_RECORD_MAX_BYTES = 1_000_000;
/** All kept runs together stay under this; the oldest are dropped first. Leaves ~1 MB of the 2 MB for other keys. */
export const UNDO_TOTAL_MAX_BYTES = 1_000_000;

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

/** Bytes the entries take once split into parts and stored as JSON strings. */
export function storedBytes(entries: readonly UndoEntry[]): number {
  const text = JSON.stringify(entries);
  let bytes = jsonBytes({ v: 1, parts: 0 }) + UNDO_SETTING.length + 4;
  for (let i = 0; i < text.length; i += UNDO_PART_CHARS)
    bytes += jsonBytes(text.slice(i, i + UNDO_PART_CHARS)) + UNDO_SETTING.length + 8;
  return bytes;
}

function parse(get: (key: string) => unknown): UndoEntry[] {
  const index = get(UNDO_SETTING) as UndoIndex | null | undefined;
  if (!index || index.v !== 1 || !Number.isInteger(index.parts)) return [];
  let text = "";
  for (let i = 0; i < index.parts; i++) {
    const part = get(`${UNDO_SETTING}.${i}`);
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

/** The settings changes that store `entries` in place of what `get` holds. */
function changesFor(entries: readonly UndoEntry[], get: (key: string) => unknown): Map<string, unknown> {
  const text = JSON.stringify(entries);
  const parts = Math.ceil(text.length / UNDO_PART_CHARS);
  const old = (get(UNDO_SETTING) as UndoIndex | null | undefined)?.parts ?? 0;
  const changes = new Map<string, unknown>();
  for (let i = 0; i < parts; i++)
    changes.set(`${UNDO_SETTING}.${i}`, text.slice(i * UNDO_PART_CHARS, (i + 1) * UNDO_PART_CHARS));
  for (let i = parts; i < old; i++) changes.set(`${UNDO_SETTING}.${i}`, undefined);
  changes.set(UNDO_SETTING, { v: 1, parts } satisfies UndoIndex);
  return changes;
}

/** Undo entries in the document settings, plus one oversized entry in this runtime's memory. */
export class UndoStore {
  constructor(
    private readonly settings: DocumentSettings,
    private readonly session: SessionMemory,
  ) {}

  private async stored(): Promise<UndoEntry[]> {
    const keys = [UNDO_SETTING, ...Array.from({ length: 64 }, (_, i) => `${UNDO_SETTING}.${i}`)];
    const values = await this.settings.read(keys);
    return parse((k) => values.get(k));
  }

  /** All entries, oldest first (the document's, and this runtime's oversized one, by time). */
  async list(): Promise<UndoEntry[]> {
    const all = await this.stored();
    if (this.session.undo) all.push(this.session.undo);
    return all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /** The most recent entry, or null. */
  async last(): Promise<UndoEntry | null> {
    const all = await this.list();
    return all.length > 0 ? all[all.length - 1] : null;
  }

  /** Adds a run's inverse and saves; drops the oldest beyond five or beyond the byte budget. */
  async push(entry: UndoEntry): Promise<UndoSaveResult> {
    this.session.undo = null;
    if (storedBytes([entry]) > UNDO_RECORD_MAX_BYTES || !this.settings.available) {
      this.session.undo = entry;
      return { persisted: false, reason: this.settings.available ? "too-large" : "no-settings" };
    }
    const result = await this.settings.write((get) => {
      let next = [...parse(get), entry].slice(-UNDO_DEPTH);
      while (next.length > 1 && storedBytes(next) > UNDO_TOTAL_MAX_BYTES) next = next.slice(1);
      return changesFor(next, get);
    });
    if (!result.ok) this.session.undo = entry;
    return { persisted: result.ok, reason: result.reason };
  }

  /** Removes an entry (after it was undone) and saves. */
  async remove(entry: UndoEntry): Promise<void> {
    if (this.session.undo?.id === entry.id) {
      this.session.undo = null;
      return;
    }
    await this.settings.write((get) =>
      changesFor(
        parse(get).filter((e) => e.id !== entry.id),
        get,
      ),
    );
  }
}
