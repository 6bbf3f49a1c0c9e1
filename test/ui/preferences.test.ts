/** @jest-environment jsdom */
import {
  createMemoryPreferenceStore,
  createStoragePreferenceStore,
  loadPreferenceStore,
  PREF_KEYS,
} from "../../src/ui/preferences";

describe("preferences", () => {
  beforeEach(() => window.localStorage.clear());

  test("office-js-helpers Storage keeps values in localStorage under @selfeval/", async () => {
    const prefs = await loadPreferenceStore();
    expect(prefs.get(PREF_KEYS.language)).toBeNull();
    prefs.set(PREF_KEYS.language, "en");
    prefs.set(PREF_KEYS.mode, "audit");
    prefs.set(PREF_KEYS.profileId, "sichuan");
    expect(window.localStorage.getItem("@selfeval/language")).toBe('"en"');
    expect(window.localStorage.getItem("@selfeval/lastMode")).toBe('"audit"');
    const reopened = await loadPreferenceStore();
    expect(reopened.get(PREF_KEYS.language)).toBe("en");
    expect(reopened.get(PREF_KEYS.profileId)).toBe("sichuan");
  });

  test("a non-string stored value reads as null", async () => {
    window.localStorage.setItem("@selfeval/lastMode", "42");
    const prefs = await loadPreferenceStore();
    expect(prefs.get(PREF_KEYS.mode)).toBeNull();
  });

  test("when localStorage cannot be opened the store lives in memory", async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, "localStorage")!;
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
    try {
      const prefs = await loadPreferenceStore();
      prefs.set(PREF_KEYS.language, "en");
      expect(prefs.get(PREF_KEYS.language)).toBe("en");
    } finally {
      Object.defineProperty(window, "localStorage", descriptor);
    }
    expect(window.localStorage.getItem("@selfeval/language")).toBeNull();
  });

  test("a write that throws (quota) is kept in memory, a read that throws is null", () => {
    const failing = {
      get: jest.fn(() => {
        throw new Error("read");
      }),
      set: jest.fn(() => {
        throw new Error("quota");
      }),
    };
    const prefs = createStoragePreferenceStore(failing);
    expect(prefs.get("language")).toBeNull();
    prefs.set("language", "en");
    expect(prefs.get("language")).toBe("en");
    expect(failing.set).toHaveBeenCalledWith("language", "en");
  });

  test("memory store", () => {
    const prefs = createMemoryPreferenceStore({ lastMode: "check" });
    expect(prefs.get("lastMode")).toBe("check");
    prefs.set("lastMode", "score");
    expect(prefs.get("lastMode")).toBe("score");
    expect(prefs.get("missing")).toBeNull();
  });
});
