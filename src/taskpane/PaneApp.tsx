// The Excel task pane: run controls, result, undo, export, profile editor and language switch.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Profile } from "../core/profile";
import type { PreferenceStore, RunOutcome, WorkbookHost } from "../host/types";
import { DraftButton } from "../ui/DraftButton";
import { ExportButton } from "../ui/ExportButton";
import { LangProvider, parseLang, t, type Lang, type MessageKey, type Translate } from "../ui/i18n";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { PREF_KEYS } from "../ui/preferences";
import { copyOfBuiltIn, profileChoices, resolveProfile } from "../ui/profiles";
import { buildReport, reportFileName } from "../ui/reportView";
import { RunBar } from "../ui/RunBar";
import { RunResult } from "../ui/RunResult";
import { UndoButton } from "../ui/UndoButton";
import { parseRunMode, usePreference } from "../ui/usePreference";

const ProfileEditor = lazy(() => import(/* webpackChunkName: "profile-editor" */ "../ui/ProfileEditor"));

/** Props of PaneApp. */
export interface PaneAppProps {
  /** The workbook, or null when the pane is open outside Excel. */
  host: WorkbookHost | null;
  prefs: PreferenceStore;
  /** Why there is no host, or anything else worth telling about the environment. */
  hostNote?: string;
  /** Ribbon results (shared runtime): the pane shows each like its own run. */
  onRibbonResult?: (listener: (result: { outcome: RunOutcome | null; profileId: string }) => void) => () => void;
}

/** A finished run and the profile it used. */
interface LastRun {
  outcome: RunOutcome;
  profileId: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
});

/** Something that went wrong, with the title to show above the host's message. */
interface Failure {
  title: MessageKey;
  message: string;
}

/** A failure from anything thrown. */
function failureOf(title: MessageKey, err: unknown): Failure {
  return { title, message: err instanceof Error ? err.message : String(err) };
}

/** The task pane. Talks to the workbook only through `host`. */
export function PaneApp(props: PaneAppProps): ReactNode {
  const { host, prefs } = props;
  const styles = useStyles();
  const [lang, setLang] = usePreference<Lang>(prefs, PREF_KEYS.language, parseLang);
  const [mode, setMode] = usePreference(prefs, PREF_KEYS.mode, parseRunMode);
  const [profileId, setProfileId] = usePreference<string>(prefs, PREF_KEYS.profileId, (raw) => raw ?? "");
  const [documentProfile, setDocumentProfile] = useState<Profile | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [runCount, setRunCount] = useState(0);
  const [editorOpen, setEditorOpen] = useState(false);
  const [editorSeed, setEditorSeed] = useState(0);
  const tr: Translate = (key, vars) => t(lang, key, vars);

  useEffect(() => {
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  }, [lang]);

  useEffect(() => {
    if (!host) return;
    let live = true;
    host.loadDocumentProfile().then(
      (p) => {
        if (!live || !p) return;
        setDocumentProfile(p);
        setProfileId(p.id);
        setEditorSeed((n) => n + 1);
      },
      (err: unknown) => live && setFailure(failureOf("profileLoadFailed", err)),
    );
    return () => {
      live = false;
    };
  }, [host, setProfileId]);

  useEffect(() => {
    if (!props.onRibbonResult) return;
    return props.onRibbonResult((result) => {
      if (result.outcome) setLastRun({ outcome: result.outcome, profileId: result.profileId });
      setFailure(null);
      setRunCount((n) => n + 1);
    });
  }, [props.onRibbonResult]);

  // Undo speaks the pane's language.
  const undoHost = useMemo(() => host && { canUndo: () => host.canUndo(), undoLast: () => host.undoLast(lang) }, [host, lang]);

  const profile = resolveProfile(profileId, documentProfile);

  const run = async (): Promise<void> => {
    if (!host) return;
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await host.run({ mode, profile, lang });
      setLastRun({ outcome, profileId: profile.id });
    } catch (err) {
      setLastRun(null);
      setFailure(failureOf("runFailed", err));
    } finally {
      setBusy(false);
      setRunCount((n) => n + 1);
    }
  };

  const select = (sheet: string, cell: string): void => {
    host?.selectCell(sheet, cell).catch((err: unknown) => setFailure(failureOf("selectFailed", err)));
  };

  const saveProfile = async (p: Profile): Promise<void> => {
    if (!host) return;
    await host.saveDocumentProfile(p);
    setDocumentProfile(p);
    setProfileId(p.id);
  };

  return (
    <LangProvider lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div>
            <h1 className={styles.title}>{tr("appTitle")}</h1>
            <p className={styles.subtitle}>{tr("appSubtitle")}</p>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        {host === null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{tr("notInExcelTitle")}</MessageBarTitle>
              {tr("notInExcelHint")}
              {props.hostNote && <div>{props.hostNote}</div>}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <RunBar
              mode={mode}
              onModeChange={setMode}
              profiles={profileChoices(lang, documentProfile)}
              profileId={profile.id}
              onProfileChange={setProfileId}
              onRun={() => void run()}
              busy={busy}
            />
            <div className={styles.actions}>
              <UndoButton host={undoHost ?? host} refreshKey={runCount} onUndone={(u) => u.ok && setLastRun(null)} />
              <ExportButton
                report={lastRun ? buildReport(lastRun.outcome.report, lastRun.profileId) : null}
                fileName={reportFileName(lastRun?.outcome.report.file ?? "")}
              />
              <DraftButton report={lastRun?.outcome.report ?? null} />
              <Button icon={<Edit20Regular />} aria-expanded={editorOpen} onClick={() => setEditorOpen((o) => !o)}>
                {editorOpen ? tr("closeEditor") : tr("editProfile")}
              </Button>
            </div>
            {props.hostNote && <p className={styles.subtitle}>{props.hostNote}</p>}
            {failure !== null && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{tr(failure.title)}</MessageBarTitle>
                  {failure.message}
                </MessageBarBody>
              </MessageBar>
            )}
            {editorOpen && (
              <Suspense fallback={<Spinner size="small" label={tr("loading")} />}>
                <ProfileEditor
                  key={editorSeed}
                  initial={documentProfile ?? copyOfBuiltIn(profile)}
                  onSave={saveProfile}
                />
              </Suspense>
            )}
            {lastRun && <RunResult outcome={lastRun.outcome} onSelect={select} />}
          </>
        )}
      </main>
    </LangProvider>
  );
}
