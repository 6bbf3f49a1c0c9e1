// The Excel task pane: run controls (with the blue-hints setting), what a run writes, undo and 清除标记, the result
// (summary, next steps, findings, charts), the draft and JSON downloads, the profile editor and the language switch.
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Edit20Regular, Eraser20Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PreferenceStore, RunOutcome, WorkbookHost } from "../host/types";
import { DraftButton } from "../ui/DraftButton";
import { ExportButton } from "../ui/ExportButton";
import { LangProvider, t, type Translate } from "../ui/i18n";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { copyOfBuiltIn, profileChoices, resolveProfile } from "../ui/profiles";
import { buildReport, reportFileName } from "../ui/reportView";
import { RunBar } from "../ui/RunBar";
import { RunResult } from "../ui/RunResult";
import { UndoButton } from "../ui/UndoButton";
import { markPolicy } from "../ui/usePreference";
import { failureOf, RunIntro, usePaneSettings, type Failure } from "./paneSettings";

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

/** A finished run, the profile it used, and whether it was 清除标记 (marks "none"). */
interface LastRun {
  outcome: RunOutcome;
  profileId: string;
  cleaned: boolean;
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
  // The add-in's name is in Office's own pane title: the heading is for screen readers only.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    scrollMarginTop: tokens.spacingVerticalS,
  },
});

/** The task pane. Talks to the workbook only through `host`. */
export function PaneApp(props: PaneAppProps): ReactNode {
  const { host, prefs } = props;
  const styles = useStyles();
  const [failure, setFailure] = useState<Failure | null>(null);
  const settings = usePaneSettings(host, prefs, setFailure);
  const { lang, mode, infoMarks, documentProfile } = settings;
  const [busy, setBusy] = useState<"run" | "clean" | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [runCount, setRunCount] = useState(0);
  const [editorOpen, setEditorOpen] = useState(false);
  const tr: Translate = (key, vars) => t(lang, key, vars);
  const resultTop = useRef<HTMLDivElement>(null);

  // A finished run brings its result (summary and next steps) into view: in a 320 px pane it starts below the controls.
  useEffect(() => {
    if (runCount > 0) resultTop.current?.scrollIntoView?.({ block: "start", behavior: "auto" });
  }, [runCount]);

  useEffect(() => {
    if (!props.onRibbonResult) return;
    return props.onRibbonResult((result) => {
      if (result.outcome) setLastRun({ outcome: result.outcome, profileId: result.profileId, cleaned: false });
      setFailure(null);
      setRunCount((n) => n + 1);
    });
  }, [props.onRibbonResult]);

  // Undo speaks the pane's language.
  const undoHost = useMemo(
    () => host && { canUndo: () => host.canUndo(), undoLast: () => host.undoLast(lang) },
    [host, lang],
  );

  const profile = resolveProfile(settings.profileId, documentProfile);

  /** One run: 一键评分 with the chosen marks, or 清除标记 (marks "none": scores kept, our marks taken off). */
  const run = async (kind: "run" | "clean"): Promise<void> => {
    if (!host) return;
    setBusy(kind);
    setFailure(null);
    try {
      const outcome = await host.run({ mode, profile, lang, marks: kind === "clean" ? "none" : markPolicy(infoMarks) });
      setLastRun({ outcome, profileId: profile.id, cleaned: kind === "clean" && outcome.refused === null });
    } catch (err) {
      setLastRun(null);
      setFailure(failureOf("runFailed", err));
    } finally {
      setBusy(null);
      setRunCount((n) => n + 1);
    }
  };

  const select = (sheet: string, cell: string): void => {
    host?.selectCell(sheet, cell).catch((err: unknown) => setFailure(failureOf("selectFailed", err)));
  };

  return (
    <LangProvider lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.hidden}>{tr("appTitle")}</h1>
          {host !== null && (
            <Button
              size="small"
              appearance="subtle"
              icon={<Edit20Regular />}
              aria-expanded={editorOpen}
              onClick={() => setEditorOpen((o) => !o)}
            >
              {editorOpen ? tr("closeEditor") : tr("editProfile")}
            </Button>
          )}
          <LanguageSwitch lang={lang} onChange={settings.setLang} />
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
              onModeChange={settings.setMode}
              profiles={profileChoices(lang, documentProfile)}
              profileId={profile.id}
              onProfileChange={settings.setProfileId}
              infoMarks={infoMarks}
              onInfoMarksChange={settings.setInfoMarks}
              onRun={() => void run("run")}
              busy={busy === "run"}
              disabled={busy !== null}
            />
            {lastRun === null && <RunIntro mode={mode} infoMarks={infoMarks} />}
            <div className={styles.actions}>
              <UndoButton host={undoHost ?? host} refreshKey={runCount} onUndone={(u) => u.ok && setLastRun(null)} />
              <Button
                icon={<Eraser20Regular />}
                disabled={busy !== null || mode === "check"}
                onClick={() => void run("clean")}
                data-testid="clean-marks"
              >
                {busy === "clean" ? tr("cleaning") : tr("cleanMarks")}
              </Button>
            </div>
            {props.hostNote && <p className={styles.note}>{props.hostNote}</p>}
            {editorOpen && (
              <Suspense fallback={<Spinner size="small" label={tr("loading")} />}>
                <ProfileEditor
                  key={settings.editorSeed}
                  initial={documentProfile ?? copyOfBuiltIn(profile)}
                  onSave={settings.saveProfile}
                />
              </Suspense>
            )}
            <div ref={resultTop} className={styles.result}>
              {failure !== null && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{tr(failure.title)}</MessageBarTitle>
                    {failure.message}
                  </MessageBarBody>
                </MessageBar>
              )}
              {lastRun?.cleaned && (
                <MessageBar intent="success" layout="multiline" data-testid="cleaned">
                  <MessageBarBody>{tr("cleaned")}</MessageBarBody>
                </MessageBar>
              )}
              {lastRun && <RunResult outcome={lastRun.outcome} onSelect={select} />}
            </div>
            <div className={styles.actions}>
              <DraftButton report={lastRun?.outcome.report ?? null} />
              <ExportButton
                report={lastRun ? buildReport(lastRun.outcome.report, lastRun.profileId) : null}
                fileName={reportFileName(lastRun?.outcome.report.file ?? "")}
              />
            </div>
          </>
        )}
      </main>
    </LangProvider>
  );
}
