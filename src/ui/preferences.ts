// Per-user pane preferences behind our small PreferenceStore interface: office-js-helpers' Storage
// (localStorage, loaded lazily so its 57 KB UMD bundle is not in the initial chunk), or memory when unavailable.
import type { PreferenceStore } from "../host/types";

/** The preference keys the pane uses. */
export const PREF_KEYS = {
  language: "language",
  profileId: "lastProfileId",
  mode: "lastMode",
  /** "true" when the blue hints (info findings) mark the workbook too. */
  infoMarks: "infoMarks",
} as const;

/** The localStorage container name (keys are stored as `@selfeval/<key>`). */
export const PREF_CONTAINER = "selfeval";

/** The part of office-js-helpers' Storage<string> we use. */
export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: string): unknown;
}

/** A store kept in memory only (lost on reload); also the fallback when localStorage is unavailable. */
export function createMemoryPreferenceStore(initial: Record<string, string> = {}): PreferenceStore {
  const values = new Map<string, string>(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
  };
}

/** Wraps a Storage; a read or write that throws (quota, privacy mode) falls back to memory for that key. */
export function createStoragePreferenceStore(storage: KeyValueStorage): PreferenceStore {
  const memory = createMemoryPreferenceStore();
  return {
    get(key) {
      const fromMemory = memory.get(key);
      if (fromMemory !== null) return fromMemory;
      try {
        const value = storage.get(key);
        return typeof value === "string" ? value : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage.set(key, value);
      } catch {
        memory.set(key, value);
      }
    },
  };
}

/** Loads office-js-helpers lazily and opens its localStorage Storage; memory when either step fails. */
export async function loadPreferenceStore(container: string = PREF_CONTAINER): Promise<PreferenceStore> {
  try {
    const helpers = await import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers");
    return createStoragePreferenceStore(new helpers.Storage<string>(container, helpers.StorageType.LocalStorage));
  } catch {
    return createMemoryPreferenceStore();
  }
}
