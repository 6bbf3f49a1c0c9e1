// The page's state as hooks: its remembered settings, the batch of files being scored, the ?demo=1 files, and the
// document's language and title.
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { BandPick, Profile } from "../core";
import type { PreferenceStore, RunMode } from "../host/types";
import { parseLang, type Lang } from "../ui/i18n";
import { PREF_KEYS } from "../ui/preferences";
import { resolveProfile } from "../ui/profiles";
import { markPolicy, parseFlag, parseRunMode, usePreference } from "../ui/usePreference";
import { BatchState, type BatchSnapshot, type FileEntry, type FileSource, type RunSettings } from "./batchState";
import type { LoadPreview } from "./usePreviews";
import { cleanName, saveFile } from "./downloads";
import { loadCustomProfile, saveCustomProfile } from "./webProfiles";
import type { PageWorkers } from "./WebApp";

/** The page's settings: remembered choices, the custom profile, and the settings the next run uses. */
export interface PageSettings {
  lang: Lang;
  setLang: (lang: Lang) => void;
  mode: RunMode;
  setMode: (mode: RunMode) => void;
  /** The chosen profile (built-in or custom). */
  profile: Profile;
  setProfileId: (id: string) => void;
  infoMarks: boolean;
  setInfoMarks: (on: boolean) => void;
  /** The profile saved in this browser, if any. */
  custom: Profile | null;
  /** Saves `profile` in this browser and chooses it. */
  saveProfile: (profile: Profile) => void;
  /** Always the current settings (read by runs started from callbacks). */
  settings: RefObject<RunSettings>;
}

/** The page's settings from `prefs`, each change remembered there. */
export function usePageSettings(prefs: PreferenceStore): PageSettings {
  const [lang, setLang] = usePreference<Lang>(prefs, PREF_KEYS.language, parseLang);
  const [mode, setMode] = usePreference(prefs, PREF_KEYS.mode, parseRunMode);
  const [profileId, setProfileId] = usePreference<string>(prefs, PREF_KEYS.profileId, (raw) => raw ?? "");
  const [infoMarks, setInfoMarks] = usePreference(prefs, PREF_KEYS.infoMarks, parseFlag);
  const [custom, setCustom] = useState<Profile | null>(() => loadCustomProfile(prefs));
  const profile = resolveProfile(profileId, custom);
  const marks = markPolicy(infoMarks === "true");
  const settings = useRef<RunSettings>({ mode, profile, lang, marks });
  settings.current = { mode, profile, lang, marks };
  const saveProfile = (p: Profile): void => {
    saveCustomProfile(prefs, p);
    setCustom(p);
    setProfileId(p.id);
  };
  const onInfoMarks = (on: boolean): void => setInfoMarks(on ? "true" : "false");
  return {
    lang,
    setLang,
    mode,
    setMode,
    profile,
    setProfileId,
    custom,
    saveProfile,
    settings,
    infoMarks: infoMarks === "true",
    setInfoMarks: onInfoMarks,
  };
}

/** The batch behind the page: its latest snapshot, the BatchState itself, and its callbacks kept stable. */
export interface BatchRun {
  snapshot: BatchSnapshot;
  batch: RefObject<BatchState | null>;
  /** Adds files and scores them with the current settings. */
  addFiles: (files: readonly FileSource[]) => void;
  /** Saves a copy of `entry` scored without marks (下载无标记副本). */
  downloadClean: (entry: FileEntry) => Promise<void>;
  /** The table preview of an entry's result, made when it is opened. */
  loadPreview: LoadPreview;
  /** Scores an entry again with a band picked for one of its rows waiting for a person. */
  pick: (entry: FileEntry, pick: BandPick) => Promise<void>;
}

/** Creates the page's BatchState once; its updates render as transitions. */
export function useBatchRun(workers: PageWorkers, settings: RefObject<RunSettings>): BatchRun {
  const [snapshot, setSnapshot] = useState<BatchSnapshot>({
    entries: [],
    progress: { total: 0, finished: 0, failed: 0, running: 0 },
    elapsedMs: null,
    running: false,
  });
  const batch = useRef<BatchState | null>(null);
  // Batch updates render as transitions: React slices the work, so a 200-row list never blocks input or timers.
  if (batch.current === null)
    batch.current = new BatchState(workers.score, workers.slots, (s) => startTransition(() => setSnapshot(s)));
  const addFiles = useCallback((files: readonly FileSource[]) => batch.current?.add(files, settings.current), []);
  const downloadClean = useCallback(async (entry: FileEntry): Promise<void> => {
    const copy = await batch.current?.scoreCopy(entry.id, "none");
    if (!copy?.output) throw new Error(copy?.report.errors[0]?.message ?? entry.name);
    saveFile(copy.output, cleanName(entry.downloadName));
  }, []);
  const loadPreview = useCallback((id: number) => batch.current?.previewOf(id) ?? null, []);
  const pick = useCallback(async (entry: FileEntry, p: BandPick) => batch.current?.pick(entry.id, p), []);
  return { snapshot, batch, addFiles, downloadClean, loadPreview, pick };
}

/** Loading the ?demo=1 files: none asked for, loading, or failed with a message. */
export type DemoState = { state: "none" | "loading" } | { state: "failed"; message: string };

/** Adds `initialFiles` to the batch once they arrive; says while they load or why they could not. */
export function useDemoFiles(
  initialFiles: Promise<FileSource[]> | undefined,
  addFiles: (files: readonly FileSource[]) => void,
): DemoState {
  const [demo, setDemo] = useState<DemoState>({ state: initialFiles ? "loading" : "none" });
  useEffect(() => {
    initialFiles?.then(
      (files) => {
        setDemo({ state: "none" });
        addFiles(files);
      },
      (err: unknown) => setDemo({ state: "failed", message: err instanceof Error ? err.message : String(err) }),
    );
  }, [initialFiles, addFiles]);
  return demo;
}

/** Keeps the document's language and title in `lang`. */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
    document.title = lang === "en" ? "SelfEval Scorer · 绩效自评评分助手" : "绩效自评评分助手 · SelfEval Scorer";
  }, [lang]);
}
