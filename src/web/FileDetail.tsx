// The result of one file: downloads, the shared summary / chart / findings (RunResult) and the table preview.
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useMemo, useState, type ReactNode } from "react";
import { DraftButton } from "../ui/DraftButton";
import { ExportButton } from "../ui/ExportButton";
import { buildReport, reportFileName } from "../ui/reportView";
import { RunResult } from "../ui/RunResult";
import type { FileEntry } from "./batchState";
import { saveFile } from "./downloads";
import { outcomeOf } from "./outcome";
import type { PreviewFocus } from "./PreviewPanel";
import { parsePreviews } from "./previewJson";
import type { ScoredFile } from "./protocol";
import { useWebT } from "./webStrings";

const PreviewPanel = lazy(() => import(/* webpackChunkName: "web-preview" */ "./PreviewPanel"));

/** Props of FileDetail. */
export interface FileDetailProps {
  entry: FileEntry;
  result: ScoredFile;
  profileId: string;
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
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: { position: "sticky", top: tokens.spacingVerticalM, minWidth: 0 },
});

/** One file's result; clicking a finding focuses its cell in the preview. */
export function FileDetail(props: FileDetailProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const { entry, result } = props;
  const [focus, setFocus] = useState<PreviewFocus | null>(null);
  const outcome = useMemo(() => outcomeOf(result, result.cleared ? [wt("staleCleared", { n: result.cleared })] : []), [result, wt]);
  const previews = useMemo(() => parsePreviews(result.previewJson), [result.previewJson]);
  const output = result.output;
  const select = (sheet: string, address: string): void => setFocus((f) => ({ sheet, address, nonce: (f?.nonce ?? 0) + 1 }));
  return (
    <article className={styles.root} aria-label={wt("resultsFor", { name: entry.name })} data-testid="file-detail" data-file={entry.name}>
      <div className={styles.column}>
        <h2 className={styles.heading}>{entry.name}</h2>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<ArrowDownload20Regular />}
            disabled={output === null}
            data-testid="download-workbook"
            onClick={() => output && saveFile(output, entry.downloadName)}
          >
            {wt("downloadWorkbook")}
          </Button>
          <ExportButton report={buildReport(result.report, props.profileId)} fileName={reportFileName(entry.name)} />
          <DraftButton report={result.report} />
        </div>
        {output === null && result.report.tables.length > 0 && !outcome.refused && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{wt("noWorkbookToDownload")}</MessageBarBody>
          </MessageBar>
        )}
        <RunResult outcome={outcome} onSelect={select} />
      </div>
      {previews.length > 0 && (
        <div className={styles.preview}>
          <Suspense fallback={<Spinner size="small" label={wt("previewLoading")} />}>
            <PreviewPanel tables={previews} focus={focus} />
          </Suspense>
        </div>
      )}
    </article>
  );
}
