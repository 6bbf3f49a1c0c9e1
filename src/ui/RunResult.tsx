// What one run produced: the refusal or what was written, file problems, the summary, charts and findings.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, type ReactNode } from "react";
import type { RunOutcome } from "../host/types";
import { FindingsList } from "./FindingsList";
import { useT } from "./i18n";
import { tableLabel } from "./reportView";
import { SummaryCard } from "./SummaryCard";

const ScoreChart = lazy(() => import(/* webpackChunkName: "score-chart" */ "./ScoreChart"));

/** Props of RunResult. */
export interface RunResultProps {
  outcome: RunOutcome;
  onSelect: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: "anywhere" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The notices of a run: refused (error, nothing written) or cells written, how notes were attached and the host's notices (info). */
function RunNotices(props: { outcome: RunOutcome }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { outcome } = props;
  const fileErrors = outcome.report.errors;
  return (
    <>
      {outcome.refused ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr("refusedTitle")}</MessageBarTitle>
            {outcome.refused.message}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {outcome.written > 0 ? tr("writtenCells", { n: outcome.written }) : tr("nothingWritten")}
            {outcome.noteMode !== "none" && ` ${tr("noteModeLabel", { mode: tr(`noteMode.${outcome.noteMode}`) })}`}
            {(outcome.notices ?? []).map((notice) => (
              <div key={notice}>{notice}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {fileErrors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr("fileProblems")}</MessageBarTitle>
            <ul className={styles.errors}>
              {fileErrors.map((e) => (
                <li key={e.code + e.message}>{e.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The whole result of a run; the charts load lazily. */
export function RunResult(props: RunResultProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { report } = props.outcome;
  const scored = report.tables.filter((table) => table.mode === "score");
  return (
    <div className={styles.root}>
      <RunNotices outcome={props.outcome} />
      <SummaryCard report={report} />
      {scored.length > 0 && (
        <Suspense fallback={<Spinner size="tiny" aria-label={tr("loading")} />}>
          {scored.map((table) => (
            <ScoreChart key={tableLabel(table)} table={table} caption={scored.length > 1 ? tableLabel(table) : undefined} />
          ))}
        </Suspense>
      )}
      <FindingsList report={report} onSelect={props.onSelect} />
    </div>
  );
}
