// What one run produced, in the order an officer reads it: what stopped it, the summary, the next steps, what was
// written, the findings and the charts.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, type ReactNode } from "react";
import type { RunOutcome } from "../host/types";
import { BandPicker, type BandChoices } from "./BandPicker";
import { FindingsList } from "./FindingsList";
import { useT } from "./i18n";
import { NextSteps } from "./NextSteps";
import { tableLabel } from "./reportView";
import { SummaryCard } from "./SummaryCard";

const ScoreChart = lazy(() => import(/* webpackChunkName: "score-chart" */ "./ScoreChart"));

/** Props of RunResult. */
export interface RunResultProps {
  outcome: RunOutcome;
  onSelect: (sheet: string, cell: string) => void;
  /** The rows waiting for a person and what picking a band does; absent where bands cannot be picked. */
  bands?: BandChoices;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The problems that stop a run or a file: the host's refusal (nothing written) and the file's own errors — an error
 *  bar titled 未能评分 when the file has no table to show, a warning above the result otherwise. */
function RunProblems(props: { outcome: RunOutcome }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { outcome } = props;
  const fileErrors = outcome.report.errors;
  const failed = outcome.report.tables.length === 0;
  return (
    <>
      {outcome.refused && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr("refusedTitle")}</MessageBarTitle>
            {outcome.refused.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {(failed || fileErrors.length > 0) && (
        <MessageBar
          intent={failed ? "error" : "warning"}
          layout="multiline"
          data-testid={failed ? "file-failed" : "file-problems"}
        >
          <MessageBarBody>
            <MessageBarTitle>{tr(failed ? "notScoredTitle" : "fileProblems")}</MessageBarTitle>
            <ul className={styles.errors}>
              {(fileErrors.length > 0 ? fileErrors.map((e) => e.message) : [tr("noTables")]).map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** What a run that was not refused wrote, how the explanations were attached and the host's notices. */
function WrittenNotice(props: { outcome: RunOutcome }): ReactNode {
  const tr = useT();
  const { outcome } = props;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {outcome.written > 0 ? tr("writtenCells", { n: outcome.written }) : tr("nothingWritten")}
        {outcome.noteMode !== "none" && ` ${tr("noteModeLabel", { mode: tr(`noteMode.${outcome.noteMode}`) })}`}
        {(outcome.notices ?? []).map((notice) => (
          <div key={notice}>{notice}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The whole result of a run: problems, summary, next steps, what was written, findings, charts (loaded lazily).
 *  A file without tables shows only why it was not scored. */
export function RunResult(props: RunResultProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { report } = props.outcome;
  if (report.tables.length === 0) {
    return (
      <div className={styles.root}>
        <RunProblems outcome={props.outcome} />
      </div>
    );
  }
  const scored = report.tables.filter((table) => table.mode === "score");
  return (
    <div className={styles.root}>
      <RunProblems outcome={props.outcome} />
      <SummaryCard report={report} />
      <NextSteps report={report} onSelect={props.onSelect} />
      {props.bands && <BandPicker {...props.bands} onSelect={props.onSelect} />}
      {!props.outcome.refused && <WrittenNotice outcome={props.outcome} />}
      <FindingsList report={report} onSelect={props.onSelect} />
      {scored.length > 0 && (
        <Suspense fallback={<Spinner size="tiny" aria-label={tr("loading")} />}>
          {scored.map((table) => (
            <ScoreChart
              key={tableLabel(table)}
              table={table}
              caption={scored.length > 1 ? tableLabel(table) : undefined}
            />
          ))}
        </Suspense>
      )}
    </div>
  );
}
