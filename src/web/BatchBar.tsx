// Progress of the batch (bar and N/M; when finished the time and how many files could not be processed) and the
// downloads of the whole batch.
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, Delete20Regular, FolderZip20Regular, Table20Regular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { BatchSnapshot } from "./batchState";
import { useWebT } from "./webStrings";

/** Props of BatchBar. */
export interface BatchBarProps {
  snapshot: BatchSnapshot;
  onDownloadReport: () => void;
  /** Packs and saves the zip; the button shows 正在打包 until it settles. */
  onDownloadZip: () => Promise<void>;
  /** Builds and saves the summary workbook (汇总表.xlsx). */
  onDownloadSummary: () => Promise<void>;
  onClear: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  /** The bar steps with each update (every FLUSH_MS) instead of sliding: Fluent's 0.3 s width transition, restarted
   *  every 200 ms, kept the page laying out and painting every frame of a batch (BENCHMARKS.md "Page"). */
  bar: { transitionProperty: "none" },
});

/** Runs `task` with its button's busy flag set until it settles. */
async function whileBusy(setBusy: (busy: boolean) => void, task: () => Promise<void>): Promise<void> {
  setBusy(true);
  try {
    await task();
  } finally {
    setBusy(false);
  }
}

/** The status line: N/M while running, then the time and how many files failed. */
function batchStatus(snapshot: BatchSnapshot, failed: number, wt: ReturnType<typeof useWebT>): string {
  const { progress, elapsedMs, running } = snapshot;
  const seconds = elapsedMs === null ? "" : (elapsedMs / 1000).toFixed(1);
  return running || elapsedMs === null
    ? wt("progress", { done: progress.finished, total: progress.total })
    : failed > 0
      ? wt("batchDoneFailed", { total: progress.total, failed, seconds })
      : wt("batchDone", { done: progress.finished, total: progress.total, seconds });
}

/** Props of BatchActions. */
interface BatchActionsProps extends BatchBarProps {
  zipping: boolean;
  summing: boolean;
  onZip: () => void;
  onSummary: () => void;
}

/** 全部下载 (zip), 汇总表, the JSON report and 清空. */
function BatchActions(props: BatchActionsProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const { entries, running } = props.snapshot;
  const anyResult = entries.some((e) => e.result !== null);
  const anyOutput = entries.some((e) => e.result?.output);
  return (
    <div className={styles.actions}>
      <Button
        icon={<FolderZip20Regular />}
        disabled={!anyOutput || running || props.zipping}
        onClick={props.onZip}
        data-testid="download-zip"
      >
        {props.zipping ? wt("zipping") : wt("downloadAll")}
      </Button>
      <Button
        icon={<Table20Regular />}
        disabled={!anyResult || running || props.summing}
        onClick={props.onSummary}
        data-testid="download-summary"
      >
        {wt("downloadSummary")}
      </Button>
      <Button
        icon={<ArrowDownload20Regular />}
        disabled={!anyResult || running}
        onClick={props.onDownloadReport}
        data-testid="download-report"
      >
        {wt("downloadReport")}
      </Button>
      <Button icon={<Delete20Regular />} onClick={props.onClear}>
        {wt("clear")}
      </Button>
    </div>
  );
}

/** The batch bar; hidden until there is a file. */
export function BatchBar(props: BatchBarProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const [zipping, setZipping] = useState(false);
  const [summing, setSumming] = useState(false);
  const { entries, progress, elapsedMs, running } = props.snapshot;
  if (entries.length === 0) return null;
  const failed = entries.filter((e) => e.status === "failed").length;
  const status = batchStatus(props.snapshot, failed, wt);
  const zip = (): void => void whileBusy(setZipping, props.onDownloadZip);
  const summary = (): void => void whileBusy(setSumming, props.onDownloadSummary);
  return (
    <div className={styles.root}>
      <ProgressBar
        value={progress.total ? progress.finished / progress.total : 0}
        thickness="large"
        bar={{ className: styles.bar }}
        color={failed > 0 && !running ? "error" : "brand"}
        aria-label={status}
      />
      <Text
        role="status"
        className={failed > 0 && !running ? styles.failed : undefined}
        data-testid="batch-status"
        data-failed={failed}
        data-running={running ? "true" : "false"}
        data-finished={progress.finished}
        data-total={progress.total}
        data-ms={elapsedMs ?? undefined}
      >
        {status}
      </Text>
      <BatchActions {...props} zipping={zipping} summing={summing} onZip={zip} onSummary={summary} />
    </div>
  );
}
