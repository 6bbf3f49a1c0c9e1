// The Excel task pane: run controls (with the blue-hints setting), what a run writes, undo and 清除标记, the result
// (summary, next steps, findings, charts), the draft and JSON downloads, the profile editor and the language switch.
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState, type ReactNode } from "react";
import type { Profile } from "../core";
import type { PreferenceStore, RunOutcome, WorkbookHost } from "../host/types";
import { LangProvider, useT } from "../ui/i18n";
import { copyOfBuiltIn, profileChoices, resolveProfile } from "../ui/profiles";
import { RunBar } from "../ui/RunBar";
import { failureOf, RunIntro, usePaneSettings, type Failure, type PaneSettings } from "./paneSettings";
import { NotInExcel, PaneDownloads, PaneHeader, PaneResult, UndoAndClean } from "./PaneParts";
import { paneBands, usePaneRun, type PaneRun } from "./usePaneRun";

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
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** 模式, 评分方案, 蓝色提示 and 一键评分; before the first run, what a run writes. */
function PaneRunControls(props: { settings: PaneSettings; profile: Profile; paneRun: PaneRun }): ReactNode {
  const { settings, paneRun } = props;
  const { lang, mode, infoMarks } = settings;
  return (
    <>
      <RunBar
        mode={mode}
        onModeChange={settings.setMode}
        profiles={profileChoices(lang, settings.documentProfile)}
        profileId={props.profile.id}
        onProfileChange={settings.setProfileId}
        infoMarks={infoMarks}
        onInfoMarksChange={settings.setInfoMarks}
        onRun={() => void paneRun.run("run")}
        busy={paneRun.busy === "run"}
        disabled={paneRun.busy !== null}
      />
      {paneRun.lastRun === null && <RunIntro mode={mode} infoMarks={infoMarks} />}
    </>
  );
}

/** The profile editor (loaded when first opened), saving into the workbook; it starts again when the workbook's
 *  profile is loaded. */
function PaneEditor(props: { settings: PaneSettings; profile: Profile }): ReactNode {
  const tr = useT();
  const { settings } = props;
  return (
    <Suspense fallback={<Spinner size="small" label={tr("loading")} />}>
      <ProfileEditor
        key={settings.editorSeed}
        initial={settings.documentProfile ?? copyOfBuiltIn(props.profile)}
        onSave={settings.saveProfile}
      />
    </Suspense>
  );
}

/** Props of PaneWorkbench. */
interface PaneWorkbenchProps {
  host: WorkbookHost;
  settings: PaneSettings;
  profile: Profile;
  paneRun: PaneRun;
  failure: Failure | null;
  setFailure: (failure: Failure | null) => void;
  editorOpen: boolean;
  hostNote?: string;
}

/** Inside Excel: run controls, undo and 清除标记, the profile editor when open, the result and its downloads. */
function PaneWorkbench(props: PaneWorkbenchProps): ReactNode {
  const styles = useStyles();
  const { host, settings, profile, paneRun } = props;
  const { lang, mode } = settings;
  // Undo speaks the pane's language.
  const undoHost = useMemo(
    () => ({ canUndo: () => host.canUndo(), undoLast: () => host.undoLast(lang) }),
    [host, lang],
  );
  const select = (sheet: string, cell: string): void => {
    host.selectCell(sheet, cell).catch((err: unknown) => props.setFailure(failureOf("selectFailed", err)));
  };
  return (
    <>
      <PaneRunControls settings={settings} profile={profile} paneRun={paneRun} />
      <UndoAndClean host={undoHost} paneRun={paneRun} mode={mode} />
      {props.hostNote && <p className={styles.note}>{props.hostNote}</p>}
      {props.editorOpen && <PaneEditor settings={settings} profile={profile} />}
      <PaneResult paneRun={paneRun} failure={props.failure} onSelect={select} bands={paneBands(paneRun, profile)} />
      <PaneDownloads lastRun={paneRun.lastRun} />
    </>
  );
}

/** The task pane. Talks to the workbook only through `host`. */
export function PaneApp(props: PaneAppProps): ReactNode {
  const { host, prefs } = props;
  const styles = useStyles();
  const [failure, setFailure] = useState<Failure | null>(null);
  const settings = usePaneSettings(host, prefs, setFailure);
  const { lang, mode, infoMarks } = settings;
  const profile = resolveProfile(settings.profileId, settings.documentProfile);
  const paneRun = usePaneRun(host, { mode, profile, lang, infoMarks }, setFailure, props.onRibbonResult);
  const [editorOpen, setEditorOpen] = useState(false);
  return (
    <LangProvider lang={lang}>
      <main className={styles.root}>
        <PaneHeader
          inExcel={host !== null}
          editorOpen={editorOpen}
          onToggleEditor={() => setEditorOpen((o) => !o)}
          lang={lang}
          onLang={settings.setLang}
        />
        {host === null ? (
          <NotInExcel hostNote={props.hostNote} />
        ) : (
          <PaneWorkbench
            host={host}
            settings={settings}
            profile={profile}
            paneRun={paneRun}
            failure={failure}
            setFailure={setFailure}
            editorOpen={editorOpen}
            hostNote={props.hostNote}
          />
        )}
      </main>
    </LangProvider>
  );
}
