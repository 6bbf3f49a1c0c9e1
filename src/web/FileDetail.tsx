// The result of one file: downloads (the scored copy, the copy without marks, JSON, the draft), the shared result
// (summary, next steps, findings, charts) and the table preview; a file that failed shows only why.
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, Eraser20Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useMemo, useState, type ReactNode } from "react";
import type { BandPick } from "../core";
import type { BandChoices } from "../ui/BandPicker";
import { DraftButton } from "../ui/DraftButton";
import { ExportButton } from "../ui/ExportButton";
import { buildReport, reportFileName } from "../ui/reportView";
import { RunResult } from "../ui/RunResult";
import type { FileEntry } from "./batchState";
import { flatName, saveFile } from "./downloads";
import { outcomeOf } from "./outcome";
import type { PreviewFocus } from "./PreviewPanel";
import type { ScoredFile } from "./protocol";
import { usePreviews, type LoadPreview, type PreviewState } from "./usePreviews";
import { usePageAction } from "./usePageAction";
import { useWebT } from "./webStrings";

const PreviewPanel = lazy(() => import(/* webpackChunkName: "web-preview" */ "./PreviewPanel"));

/** Props of FileDetail. */
export interface FileDetailProps {
  entry: FileEntry;
  result: ScoredFile;
  profileId: string;
  /** Scores the file again with marks "none" and saves that copy (下载无标记副本). */
  onCleanCopy: (entry: FileEntry) => Promise<void>;
  /** Asks for the file's table preview (made when the file is opened). */
  loadPreview: LoadPreview;
  /** Scores the file again with a band picked for a row waiting for a person (its result becomes the new one). */
  onPick: (entry: FileEntry, pick: BandPick) => Promise<void>;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(300px, 400px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXL,
    alignItems: "start",
    minWidth: 0,
    "@media (max-width: 899px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: { position: "sticky", top: tokens.spacingVerticalM, minWidth: 0 },
});

/** 下载无标记副本: busy until the copy is saved; says why when it could not be made. */
function CleanCopyButton(props: {
  entry: FileEntry;
  disabled: boolean;
  onCleanCopy: FileDetailProps["onCleanCopy"];
}): ReactNode {
  const wt = useWebT();
  const { busy, failure, start } = usePageAction(props.onCleanCopy, "cleanFailed");
  return (
    <>
      <Button
        icon={<Eraser20Regular />}
        disabled={props.disabled || busy}
        data-testid="download-clean"
        onClick={() => start(props.entry)}
      >
        {busy ? wt("cleanWorking") : wt("downloadClean")}
      </Button>
      {failure !== null && <Text role="alert">{failure}</Text>}
    </>
  );
}

/** The file's downloads: the scored workbook, the copy without marks, the JSON report and the draft. */
function FileDownloads(props: FileDetailProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const { entry, result } = props;
  const output = result.output;
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        icon={<ArrowDownload20Regular />}
        disabled={output === null}
        data-testid="download-workbook"
        onClick={() => output && saveFile(output, flatName(entry.downloadName))}
      >
        {wt("downloadWorkbook")}
      </Button>
      <CleanCopyButton entry={entry} disabled={output === null} onCleanCopy={props.onCleanCopy} />
      <ExportButton
        report={buildReport(result.report, props.profileId)}
        fileName={reportFileName(flatName(entry.name))}
      />
      <DraftButton report={result.report} mode={entry.mode} />
    </div>
  );
}

/** The table preview beside the result (its code loaded when first shown), focused on the cell last clicked; a
 *  wait or a message while the preview itself is made or when it cannot be. */
function PreviewColumn(props: { preview: PreviewState; focus: PreviewFocus | null }): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const { preview } = props;
  if ("tables" in preview && preview.tables.length === 0) return null;
  const loading = <Spinner size="small" label={wt("previewLoading")} />;
  return (
    <div className={styles.preview} data-testid="preview-column">
      {"failed" in preview ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{wt("previewFailed", { reason: preview.failed })}</MessageBarBody>
        </MessageBar>
      ) : "tables" in preview ? (
        <Suspense fallback={loading}>
          <PreviewPanel tables={preview.tables} focus={props.focus} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}

/** The band buttons of a score run's result that wrote a copy (none otherwise), busy while a pick is scored; a pick
 *  that fails says why. */
function useBandChoices(props: FileDetailProps): { bands: BandChoices | undefined; failure: string | null } {
  const { entry, result } = props;
  const { busy, failure, start } = usePageAction((pick: BandPick) => props.onPick(entry, pick), "pickFailed");
  if (entry.mode !== "score" || !result.output || !result.waiting) return { bands: undefined, failure };
  return { bands: { rows: result.waiting, busy, onPick: start, where: "page" }, failure };
}

/** One file's result; clicking a finding or a step's cell focuses it in the preview. */
export function FileDetail(props: FileDetailProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const { entry, result } = props;
  const [focus, setFocus] = useState<PreviewFocus | null>(null);
  const outcome = useMemo(
    () => outcomeOf(result, result.cleared ? [wt("staleCleared", { n: result.cleared })] : []),
    [result, wt],
  );
  const preview = usePreviews(entry.id, result, props.loadPreview);
  const picking = useBandChoices(props);
  const output = result.output;
  const select = (sheet: string, address: string): void =>
    setFocus((f) => ({ sheet, address, nonce: (f?.nonce ?? 0) + 1 }));
  return (
    <article
      className={styles.root}
      aria-label={wt("resultsFor", { name: entry.name })}
      data-testid="file-detail"
      data-file={entry.name}
    >
      <div className={styles.column}>
        <h2 className={styles.heading}>{entry.name}</h2>
        {result.report.tables.length > 0 && <FileDownloads {...props} />}
        {output === null && result.report.tables.length > 0 && !outcome.refused && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{wt("noWorkbookToDownload")}</MessageBarBody>
          </MessageBar>
        )}
        {picking.failure !== null && <Text role="alert">{picking.failure}</Text>}
        <RunResult outcome={outcome} onSelect={select} bands={picking.bands} />
      </div>
      <PreviewColumn preview={preview} focus={focus} />
    </article>
  );
}
