// The state of 撤销评分: whether the host can undo, an undo going on, and what the last undo gave or why it failed.
import { useEffect, useState } from "react";
import type { UndoOutcome, WorkbookHost } from "../host/types";

/** The undo state and the undo itself. */
export interface UndoState {
  canUndo: boolean;
  busy: boolean;
  /** The host's outcome of the last undo (cleared by a new refreshKey). */
  outcome: UndoOutcome | null;
  /** Why the last undo threw (cleared by a new refreshKey). */
  failure: string | null;
  undo: () => Promise<void>;
}

/** Whether `host` can undo, asked again whenever `refreshKey` or `checks` changes; false if it cannot tell. */
function useCanUndo(host: Pick<WorkbookHost, "canUndo">, refreshKey: unknown, checks: number): boolean {
  const [canUndo, setCanUndo] = useState(false);
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
  return canUndo;
}

/** Asks `host` whether it can undo (again after each undo and each new `refreshKey`), and undoes on request. */
export function useUndo(
  host: Pick<WorkbookHost, "canUndo" | "undoLast">,
  refreshKey: unknown,
  onUndone: ((outcome: UndoOutcome) => void) | undefined,
): UndoState {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<UndoOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checks, setChecks] = useState(0);

  useEffect(() => {
    setOutcome(null);
    setFailure(null);
  }, [refreshKey]);

  const canUndo = useCanUndo(host, refreshKey, checks);

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
  return { canUndo, busy, outcome, failure, undo };
}
