// A piece of React state mirrored into the PreferenceStore (language, last profile, last mode).
import { useCallback, useState } from "react";
import type { MarkPolicy } from "../core";
import type { PreferenceStore, RunMode } from "../host/types";

/** State read from `prefs[key]` through `parse`, written back on every change. */
export function usePreference<T extends string>(
  prefs: PreferenceStore,
  key: string,
  parse: (raw: string | null) => T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => parse(prefs.get(key)));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      prefs.set(key, next);
    },
    [prefs, key],
  );
  return [value, update];
}

/** Reads a stored run mode; unknown values mean "score". */
export function parseRunMode(raw: string | null): RunMode {
  return raw === "audit" || raw === "check" ? raw : "score";
}

/** Reads the stored 蓝色提示 setting: on only when stored as "true" (off by default). */
export function parseFlag(raw: string | null): "true" | "false" {
  return raw === "true" ? "true" : "false";
}

/** The marks a run asks for: the blue hints too when the setting is on, else errors and warnings only. */
export function markPolicy(infoMarks: boolean): MarkPolicy {
  return infoMarks ? "all" : "problems";
}
