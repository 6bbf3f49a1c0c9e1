// 撤销评分: restores what the last run wrote; disabled while the host has nothing to undo.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import { useEffect, useState, type ReactNode } from "react";
import type { UndoOutcome, WorkbookHost } from "../host/types";
import { useT } from "./i18n";

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

/** The undo button and the host's message about what it restored or why it refused. */
export function UndoButton(props: UndoButtonProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { host, refreshKey, onUndone } = props;
  const [canUndo, setCanUndo] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<UndoOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checks, setChecks] = useState(0);

  useEffect(() => {
    setOutcome(null);
    setFailure(null);
  }, [refreshKey]);

  useEffect(() => {
    let live = true;
    host.canUndo().then(
      (can) => live && setCanUndo(can),
      () => live && setCanUndo(false),
    );
    return () => {
      live = false;
    };
  }, [host, refreshKey, checks]);

  const undo = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await host.undoLast();
      setOutcome(result);
      onUndone?.(result);
    } catch (err) {
      setOutcome(null);
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      setChecks((n) => n + 1);
    }
  };

  return (
    <div className={styles.root}>
      <Button icon={<ArrowUndo20Regular />} disabled={!canUndo || busy} onClick={() => void undo()}>
        {busy ? tr("undoing") : tr("undo")}
      </Button>
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
    </div>
  );
}
