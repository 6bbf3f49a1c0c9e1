// The browser page: pick or drop workbooks, choose mode and profile, see each file's result and preview, download.
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import {
  Suspense,
  lazy,
  memo,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Profile } from "../core";
import { buildReport } from "../core";
import type { PreferenceStore } from "../host/types";
import { LangProvider, parseLang, t, type Lang } from "../ui/i18n";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { PREF_KEYS } from "../ui/preferences";
import { copyOfBuiltIn, resolveProfile } from "../ui/profiles";
import { RunBar } from "../ui/RunBar";
import { markPolicy, parseFlag, parseRunMode, usePreference } from "../ui/usePreference";
import { BatchBar } from "./BatchBar";
import {
  BatchState,
  type BatchSnapshot,
  type FileEntry,
  type FileSource,
  type RunSettings,
  type ScoreInSlot,
} from "./batchState";
import { DropZone } from "./DropZone";
import { cleanName, reportJson, saveFile } from "./downloads";
import { FileDetail } from "./FileDetail";
import { FileList } from "./FileList";
import { summaryWorkbook } from "./summaryDownload";
import { loadCustomProfile, saveCustomProfile, webProfileChoices } from "./webProfiles";
import { webT } from "./webStrings";

const ProfileEditor = lazy(() => import(/* webpackChunkName: "profile-editor" */ "../ui/ProfileEditor"));
const Detail = memo(FileDetail);

/** The workers behind the page: score in a slot, zip, and how many slots there are. */
export interface PageWorkers {
  slots: number;
  score: ScoreInSlot;
  zip(entries: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array>;
}

/** Props of WebApp. */
export interface WebAppProps {
  prefs: PreferenceStore;
  workers: PageWorkers;
  /** Files to score as soon as the page opens (the ?demo=1 example). */
  initialFiles?: Promise<FileSource[]>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
    maxWidth: "1600px",
    margin: "0 auto",
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
  layout: {
    display: "grid",
    gridTemplateColumns: "340px minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXL,
    alignItems: "start",
    "@media (max-width: 899px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  detail: { minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** The page. All scoring happens in `workers`; this component only keeps state and draws. */
export function WebApp(props: WebAppProps): ReactNode {
  const { prefs, workers } = props;
  const styles = useStyles();
  const [lang, setLang] = usePreference<Lang>(prefs, PREF_KEYS.language, parseLang);
  const [mode, setMode] = usePreference(prefs, PREF_KEYS.mode, parseRunMode);
  const [profileId, setProfileId] = usePreference<string>(prefs, PREF_KEYS.profileId, (raw) => raw ?? "");
  const [infoMarks, setInfoMarks] = usePreference(prefs, PREF_KEYS.infoMarks, parseFlag);
  const [custom, setCustom] = useState<Profile | null>(() => loadCustomProfile(prefs));
  const [editorOpen, setEditorOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [demo, setDemo] = useState<{ state: "none" | "loading" } | { state: "failed"; message: string }>({
    state: props.initialFiles ? "loading" : "none",
  });
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
  const profile = resolveProfile(profileId, custom);
  const marks = markPolicy(infoMarks === "true");
  const settings = useRef<RunSettings>({ mode, profile, lang, marks });
  settings.current = { mode, profile, lang, marks };

  useEffect(() => {
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
    document.title = lang === "en" ? "SelfEval Scorer · 绩效自评评分助手" : "绩效自评评分助手 · SelfEval Scorer";
  }, [lang]);

  const addFiles = useCallback((files: readonly FileSource[]) => batch.current?.add(files, settings.current), []);
  useEffect(() => {
    props.initialFiles?.then(
      (files) => {
        setDemo({ state: "none" });
        addFiles(files);
      },
      (err: unknown) => setDemo({ state: "failed", message: err instanceof Error ? err.message : String(err) }),
    );
  }, [props.initialFiles, addFiles]);

  const { entries } = snapshot;
  const selected = entries.find((e) => e.id === selectedId && e.result) ?? entries.find((e) => e.result);
  const choices = useMemo(() => webProfileChoices(lang, custom), [lang, custom]);
  const tr = (key: Parameters<typeof t>[1]): string => t(lang, key);

  const saveProfile = (p: Profile): void => {
    saveCustomProfile(prefs, p);
    setCustom(p);
    setProfileId(p.id);
  };
  const downloadReport = (): void => {
    const files = entries.flatMap((e) => (e.result ? [e.result.report] : []));
    saveFile(
      reportJson(buildReport(files, entries.find((e) => e.profileId)?.profileId ?? profile.id)),
      "selfeval-report.json",
    );
  };
  const downloadSummary = async (): Promise<void> => {
    const summary = await summaryWorkbook(entries, entries.find((e) => e.profileId)?.profileId ?? profile.id, lang);
    saveFile(summary.bytes, summary.name);
  };
  const downloadClean = useCallback(async (entry: FileEntry): Promise<void> => {
    const copy = await batch.current?.scoreCopy(entry.id, "none");
    if (!copy?.output) throw new Error(copy?.report.errors[0]?.message ?? entry.name);
    saveFile(copy.output, cleanName(entry.downloadName));
  }, []);
  const downloadZip = async (): Promise<void> => {
    const files = entries.flatMap((e) => (e.result?.output ? [{ name: e.downloadName, bytes: e.result.output }] : []));
    const reports = entries.flatMap((e) => (e.result ? [e.result.report] : []));
    const report = new TextEncoder().encode(
      reportJson(buildReport(reports, entries.find((e) => e.profileId)?.profileId ?? profile.id)),
    );
    const summary = await summaryWorkbook(entries, entries.find((e) => e.profileId)?.profileId ?? profile.id, lang);
    saveFile(
      await workers.zip([
        ...files,
        { name: "selfeval-report.json", bytes: report },
        { name: summary.name, bytes: summary.bytes },
      ]),
      "selfeval-results.zip",
    );
  };

  return (
    <LangProvider lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div>
            <h1 className={styles.title}>{webT(lang, "pageTitle")}</h1>
            <p className={styles.subtitle}>{webT(lang, "pageSubtitle")}</p>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        <div className={styles.layout}>
          <div className={styles.side}>
            <DropZone onFiles={addFiles} />
            {demo.state === "loading" && <Spinner size="tiny" label={webT(lang, "demoLoading")} />}
            {demo.state === "failed" && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{webT(lang, "demoFailed", { message: demo.message })}</MessageBarBody>
              </MessageBar>
            )}
            <RunBar
              mode={mode}
              onModeChange={setMode}
              profiles={choices}
              profileId={profile.id}
              onProfileChange={setProfileId}
              infoMarks={infoMarks === "true"}
              onInfoMarksChange={(on) => setInfoMarks(on ? "true" : "false")}
              onRun={() => batch.current?.rerun(settings.current)}
              busy={snapshot.running}
              runDisabled={entries.length === 0}
            />
            <Button icon={<Edit20Regular />} aria-expanded={editorOpen} onClick={() => setEditorOpen((o) => !o)}>
              {editorOpen ? tr("closeEditor") : tr("editProfile")}
            </Button>
            {editorOpen && (
              <Suspense fallback={<Spinner size="small" label={tr("loading")} />}>
                <ProfileEditor
                  initial={custom ?? copyOfBuiltIn(profile)}
                  onSave={saveProfile}
                  saveLabel={webT(lang, "saveProfile")}
                  savedMessage={webT(lang, "profileSavedHere")}
                />
              </Suspense>
            )}
            <section className={styles.section} aria-labelledby="web-files-heading">
              <h2 id="web-files-heading" className={styles.h2}>
                {webT(lang, "filesTitle")}
              </h2>
              <BatchBar
                snapshot={snapshot}
                onDownloadReport={downloadReport}
                onDownloadZip={downloadZip}
                onDownloadSummary={downloadSummary}
                onClear={() => batch.current?.clear()}
              />
              {entries.length === 0 ? (
                <Text className={styles.empty}>{webT(lang, "filesEmpty")}</Text>
              ) : (
                <FileList entries={entries} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
              )}
            </section>
          </div>
          <div className={styles.detail}>
            {selected?.result && (
              <Detail
                key={selected.id}
                entry={selected}
                result={selected.result}
                profileId={selected.profileId ?? profile.id}
                onCleanCopy={downloadClean}
              />
            )}
          </div>
        </div>
      </main>
    </LangProvider>
  );
}
