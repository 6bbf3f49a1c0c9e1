// 撤销评分: restores what the last run wrote; disabled while the host has nothing to undo.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { UndoOutcome, WorkbookHost } from "../host/types";
import { useT } from "./i18n";
import { useUndo } from "./useUndo";

/** Props of UndoButton. */
export interface UndoButtonProps {
  host: Pick<WorkbookHost, "canUndo" | "undoLast">;
  /** Change it (e.g. after a run) to ask the host again whether undo is possible. */
  refreshKey?: unknown;
  onUndone?: (outcome: UndoOutcome) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

/** What the host said about the last undo: what it restored or why it refused, or why it failed. */
function UndoMessages(props: { outcome: UndoOutcome | null; failure: string | null }): ReactNode {
  const tr = useT();
  const { outcome, failure } = props;
  return (
    <>
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "warning"}>
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            {tr("undoFailed")}：{failure}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The undo button and the host's message about what it restored or why it refused. */
export function UndoButton(props: UndoButtonProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const undo = useUndo(props.host, props.refreshKey, props.onUndone);
  return (
    <div className={styles.root}>
      <Button icon={<ArrowUndo20Regular />} disabled={!undo.canUndo || undo.busy} onClick={() => void undo.undo()}>
        {undo.busy ? tr("undoing") : tr("undo")}
      </Button>
      <UndoMessages outcome={undo.outcome} failure={undo.failure} />
    </div>
  );
}
