// A page action that may fail (the copy without marks, a band picked): busy while it runs, and why it failed, in the
// page's words.
import { useState } from "react";
import { useWebT, type WebKey } from "./webStrings";

/** An action's state and its start. */
export interface PageAction<A> {
  busy: boolean;
  /** The message of the last failure (`failed` with the error's text), null when the last run did not fail. */
  failure: string | null;
  start: (arg: A) => void;
}

/** Runs `run` on start, busy until it settles; a failure is said with the page string `failed` ({message}). */
export function usePageAction<A>(run: (arg: A) => Promise<void>, failed: WebKey): PageAction<A> {
  const wt = useWebT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const start = (arg: A): void => {
    setBusy(true);
    setFailure(null);
    run(arg)
      .catch((err: unknown) => setFailure(wt(failed, { message: err instanceof Error ? err.message : String(err) })))
      .finally(() => setBusy(false));
  };
  return { busy, failure, start };
}
