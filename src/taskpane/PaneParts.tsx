// The pane's parts around the run controls: the header, the note outside Excel, 撤销评分 and 清除标记, the last
// result, and its downloads.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Edit20Regular, Eraser20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { RunMode, WorkbookHost } from "../host/types";
import type { BandChoices } from "../ui/BandPicker";
import { DraftButton } from "../ui/DraftButton";
import { ExportButton } from "../ui/ExportButton";
import { useT, type Lang } from "../ui/i18n";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { buildReport, reportFileName } from "../ui/reportView";
import { RunResult } from "../ui/RunResult";
import { UndoButton } from "../ui/UndoButton";
import type { Failure } from "./paneSettings";
import type { LastRun, PaneRun } from "./usePaneRun";

const useStyles = makeStyles({
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
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    scrollMarginTop: tokens.spacingVerticalS,
  },
});

/** The screen-reader title, 编辑评分方案 (inside Excel) and the language switch. */
export function PaneHeader(props: {
  inExcel: boolean;
  editorOpen: boolean;
  onToggleEditor: () => void;
  lang: Lang;
  onLang: (lang: Lang) => void;
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.hidden}>{tr("appTitle")}</h1>
      {props.inExcel && (
        <Button
          size="small"
          appearance="subtle"
          icon={<Edit20Regular />}
          aria-expanded={props.editorOpen}
          onClick={props.onToggleEditor}
        >
          {props.editorOpen ? tr("closeEditor") : tr("editProfile")}
        </Button>
      )}
      <LanguageSwitch lang={props.lang} onChange={props.onLang} />
    </header>
  );
}

/** Outside Excel: says so, with the host note. */
export function NotInExcel(props: { hostNote?: string }): ReactNode {
  const tr = useT();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{tr("notInExcelTitle")}</MessageBarTitle>
        {tr("notInExcelHint")}
        {props.hostNote && <div>{props.hostNote}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/** 撤销评分 and 清除标记. */
export function UndoAndClean(props: {
  host: Pick<WorkbookHost, "canUndo" | "undoLast">;
  paneRun: PaneRun;
  mode: RunMode;
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { busy, runCount, run, setLastRun } = props.paneRun;
  return (
    <div className={styles.actions}>
      <UndoButton host={props.host} refreshKey={runCount} onUndone={(u) => u.ok && setLastRun(null)} />
      <Button
        icon={<Eraser20Regular />}
        disabled={busy !== null || props.mode === "check"}
        onClick={() => void run("clean")}
        data-testid="clean-marks"
      >
        {busy === "clean" ? tr("cleaning") : tr("cleanMarks")}
      </Button>
    </div>
  );
}

/** The result of the last run: what failed, 已清除标记, or the run's summary, next steps and findings. */
export function PaneResult(props: {
  paneRun: PaneRun;
  failure: Failure | null;
  onSelect: (sheet: string, cell: string) => void;
  bands?: BandChoices;
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { failure } = props;
  const { lastRun, resultTop } = props.paneRun;
  return (
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
      {lastRun && <RunResult outcome={lastRun.outcome} onSelect={props.onSelect} bands={props.bands} />}
    </div>
  );
}

/** The draft of 偏差原因 and the JSON report of the last run. */
export function PaneDownloads(props: { lastRun: LastRun | null }): ReactNode {
  const styles = useStyles();
  const { lastRun } = props;
  return (
    <div className={styles.actions}>
      <DraftButton report={lastRun?.outcome.report ?? null} mode={lastRun?.mode ?? null} />
      <ExportButton
        report={lastRun ? buildReport(lastRun.outcome.report, lastRun.profileId) : null}
        fileName={reportFileName(lastRun?.outcome.report.file ?? "")}
      />
    </div>
  );
}
